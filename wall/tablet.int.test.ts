/**
 * The tablet remote in headless Debian Chromium against a running platform (api role), with the
 * mayor's wall open beside it. The wall-remote routes (server/contracts/wall-remote.ts) are built
 * apart from this page: between the browser and the server the test answers them itself — pairing
 * codes, the walls one may drive, the command registry (the real `registryDocument()`), the
 * interpreter (two phrases), and the commands issued, which it records and checks against the
 * contract's schema — refusing the one wall the mayor may not drive with a 403 as the API words it.
 * Checks: P on the wall shows a code and a QR code of the tablet's address; a visitor who is not
 * signed in is sent to sign in and comes back to the QR address, which pairs; a typed code pairs
 * (a wrong one says why); a tap on a gu sends `select-district` as a tablet to the paired wall; the
 * wall's panel goes when the tablet's command reaches its feed; the tablet's view goes to a district
 * head's wall (`gu-11680`) whole; a 403 shows its detail; words go through the interpreter; turned to
 * landscape, the districts stand beside the view.
 */
import test from 'ava';
import type { Page, Route, WebSocketRoute } from 'playwright-core';
import { hashPassword } from '../server/auth/passwords.ts';
import { createUserStore } from '../server/auth/users.ts';
import { registryDocument } from '../server/commands/registry.ts';
import { channels, IssueCommandsRequestSchema, PairRequestSchema, type IssueCommandsRequest, type WallFeed, type WallTarget } from '../server/contracts/index.ts';
import type { PairingModel } from './src/state/pairing.ts';
import { waitReady } from './testing/wall-model.ts';
import { startWallPlatform } from './testing/wall-platform.ts';

const PASSWORD = 'a long enough passphrase';
const SCREENSHOTS = { wall: '/tmp/tablet-wall-pairing.png', tablet: '/tmp/tablet-remote.png', landscape: '/tmp/tablet-remote-landscape.png' };
const REFUSED = 'the mayor’s office may not drive the Jongno-gu wall while it is in an emergency meeting';
const WALLS: WallTarget[] = [
  { wall: 'mayor', label: { ko: '시장실 월', en: "Mayor's wall" }, via: 'own' },
  { wall: 'gu-11680', label: { ko: '강남구청장 월', en: 'Gangnam-gu head’s wall' }, via: 'authority' },
  { wall: 'gu-11110', label: { ko: '종로구청장 월', en: 'Jongno-gu head’s wall' }, via: 'authority' },
];

/** The wall-remote API as the contract says, in memory, recording what the pages sent. */
interface Remote {
  offers: Map<string, { wall: string; used: boolean }>;
  paired: string[];
  issued: Array<{ wall: string; body: IssueCommandsRequest }>;
  interpreted: string[];
}

const json = (route: Route, status: number, body: unknown) => route.fulfill({ status, contentType: status >= 400 ? 'application/problem+json' : 'application/json', body: JSON.stringify(body) });
const problem = (status: number, title: string, detail: string) => ({ type: 'about:blank', title, status, detail });

async function answerRemote(page: Page, r: Remote): Promise<void> {
  await page.route(/\/api\/v1\/(walls|pairings|commands)(\/|\?|$)/, async (route: Route) => {
    const req = route.request();
    const path = new URL(req.url()).pathname;
    const signedIn = /scpm_session=/.test((await req.allHeaders())['cookie'] ?? '');
    if (!signedIn) return json(route, 401, problem(401, 'Unauthorized', 'sign in first'));
    const body = req.postDataJSON() as unknown;
    let m: RegExpExecArray | null;
    if (req.method() === 'POST' && (m = /^\/api\/v1\/walls\/([a-z0-9-]+)\/pairing$/.exec(path))) {
      const code = String(100_000 + r.offers.size * 7919).padStart(6, '0');
      r.offers.set(code, { wall: m[1]!, used: false });
      return json(route, 201, { wall: m[1], code, expiresAt: new Date(Date.now() + 600_000).toISOString() });
    }
    if (req.method() === 'POST' && path === '/api/v1/pairings') {
      const { code } = PairRequestSchema.parse(body);
      const offer = r.offers.get(code);
      if (!offer) return json(route, 404, problem(404, 'Not found', 'no such pairing code'));
      if (offer.used) return json(route, 409, problem(409, 'Conflict', 'this code has been used'));
      offer.used = true;
      r.paired.push(code);
      const now = Date.now();
      return json(route, 201, { wall: offer.wall, login: 'mayor', pairedAt: new Date(now).toISOString(), until: new Date(now + 8 * 3_600_000).toISOString() });
    }
    if (req.method() === 'GET' && path === '/api/v1/walls') return json(route, 200, { walls: WALLS });
    if (req.method() === 'GET' && path === '/api/v1/commands') return json(route, 200, registryDocument());
    if (req.method() === 'POST' && path === '/api/v1/commands/interpret') {
      const { utterance } = body as { utterance: string };
      r.interpreted.push(utterance);
      if (/gangnam|강남/i.test(utterance)) return json(route, 200, { kind: 'command', command: { type: 'select-district', district: '11680' }, confidence: 0.93, allowed: true });
      return json(route, 200, { kind: 'none', reason: 'no command matched those words' });
    }
    if (req.method() === 'POST' && (m = /^\/api\/v1\/walls\/([a-z0-9-]+)\/commands$/.exec(path))) {
      const parsed = IssueCommandsRequestSchema.safeParse(body);
      if (!parsed.success) return json(route, 400, problem(400, 'Bad request', parsed.error.issues[0]!.message));
      r.issued.push({ wall: m[1]!, body: parsed.data });
      if (m[1] === 'gu-11110') return json(route, 403, problem(403, 'Forbidden', REFUSED));
      return json(route, 202, { wall: m[1], ids: parsed.data.commands.map((_, i) => `${m![1]}-${r.issued.length}-${i}`) });
    }
    return json(route, 404, problem(404, 'Not found', `${req.method()} ${path}`));
  });
}

const pairingOf = (page: Page): Promise<PairingModel> => page.evaluate(() => (globalThis as unknown as { __scpm: { pairing(): PairingModel } }).__scpm.pairing());

async function eventually<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 800)}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

test('a tablet pairs with the mayor’s wall and drives it; its view goes to a district head’s wall; a refusal says why', async (t) => {
  t.timeout(120_000);
  const { api, browser, db } = await startWallPlatform(t);
  await createUserStore(db).create({ login: 'mayor', role: 'mayor', passwordHash: await hashPassword(PASSWORD) });
  const remote: Remote = { offers: new Map(), paired: [], issued: [], interpreted: [] };
  const errors: string[] = [];

  // The mayor's wall, signed in; its /live passes through, and the test can speak on it as the server would.
  const wall = await browser.context.newPage();
  wall.on('pageerror', (e) => errors.push(`wall: ${e.message}`));
  await answerRemote(wall, remote);
  let wallSocket: WebSocketRoute | null = null;
  await wall.routeWebSocket(/\/live$/, (ws) => {
    const server = ws.connectToServer();
    wallSocket = ws;
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => ws.send(m));
  });
  await wall.goto(`${api}/sign-in`);
  t.is(await wall.evaluate(async (p) => (await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'mayor', password: p }) })).status, PASSWORD), 200);
  await wall.goto(`${api}/wall/?role=mayor&lang=en`);
  await waitReady(wall);

  // P: a code, its QR code and the time left.
  await wall.keyboard.press('p');
  const first = await eventually('the pairing code drawn', () => pairingOf(wall), (m) => m.status === 'shown' && m.modules > 0);
  t.is(first.wall, 'mayor');
  t.regex(first.code!, /^\d{6}$/);
  t.is(first.url, `${api}/tablet?code=${first.code}`);
  t.true(first.modules >= 21, `a QR code of ${first.modules} modules`);
  t.regex(first.left!, /^(10:00|9:[0-5]\d)$/);
  await wall.screenshot({ path: SCREENSHOTS.wall });

  // The tablet (portrait), not signed in, arrives from the QR code: to sign in, back, paired.
  await browser.context.clearCookies();
  const tablet = await browser.context.newPage();
  tablet.on('pageerror', (e) => errors.push(`tablet: ${e.message}`));
  await tablet.setViewportSize({ width: 820, height: 1180 });
  await answerRemote(tablet, remote);
  await tablet.goto(`${api}/tablet?code=${first.code}&lang=en`);
  await tablet.waitForURL(/\/sign-in\?/);
  t.is(new URL(tablet.url()).searchParams.get('next'), `/tablet?code=${first.code}&lang=en`);
  await tablet.fill('#login', 'mayor');
  await tablet.fill('#password', PASSWORD);
  await tablet.click('button[type=submit]');
  await tablet.waitForSelector('#driven[data-wall="mayor"]');
  t.deepEqual(remote.paired, [first.code]);
  t.false(new URL(tablet.url()).searchParams.has('code'), 'a used code leaves the address');

  // A tap on Gangnam-gu: select-district, as a tablet, to the paired wall.
  await tablet.tap('[data-gu="11680"]');
  await eventually('the first command', async () => remote.issued.length, (n) => n === 1);
  t.deepEqual(remote.issued[0], { wall: 'mayor', body: { commands: [{ type: 'select-district', district: '11680' }], source: 'tablet' } });
  await tablet.waitForSelector('[data-gu="11680"][aria-pressed="true"]');
  t.regex((await tablet.textContent('#status'))!, /Sent → Mayor's wall: District: Gangnam-gu/);

  // The tablet's command reaches the wall's feed: the wall's pairing panel goes.
  t.not(wallSocket, null, 'the wall is connected');
  const feed: WallFeed = { wall: 'mayor', items: [{ id: 'mayor-1-0', issued: { command: { type: 'select-district', district: '11680' }, source: 'tablet', at: new Date().toISOString() }, by: { login: 'mayor', role: 'mayor' } }] };
  wallSocket!.send(JSON.stringify({ type: 'update', channel: channels.wall('mayor'), data: feed, at: new Date().toISOString() }));
  await eventually('the pairing panel to go', () => pairingOf(wall), (m) => !m.visible);

  // The safety screen, then the view — screen and gu — to Gangnam-gu's head.
  await tablet.tap('[data-key="screen:safety"]');
  await eventually('the screen command', async () => remote.issued.length, (n) => n === 2);
  t.deepEqual(remote.issued[1]!.body.commands, [{ type: 'show-screen', screen: 'safety' }]);
  await tablet.tap('#send-view-head');
  await tablet.tap('#head-walls [data-wall="gu-11680"]');
  await eventually('the view sent', async () => remote.issued.length, (n) => n === 3);
  t.deepEqual(remote.issued[2], {
    wall: 'gu-11680',
    body: { commands: [{ type: 'show-screen', screen: 'safety' }, { type: 'select-district', district: '11680' }], source: 'tablet' },
  });
  await tablet.waitForSelector('#status[data-tone="ok"]:has-text("Sent → Gangnam-gu head’s wall: Screen: ")');

  // Jongno-gu's wall refuses: its words, as the server gave them.
  await tablet.tap('#send-view-head');
  await tablet.tap('#head-walls [data-wall="gu-11110"]');
  await tablet.waitForSelector('#status[data-tone="error"]');
  t.is(await tablet.textContent('#status'), `Failed: ${REFUSED}`);
  t.is(await tablet.getAttribute('#status', 'role'), 'alert');
  await tablet.screenshot({ path: SCREENSHOTS.tablet, fullPage: true });

  // Words through the interpreter: sent with what was said and how sure it was.
  await tablet.fill('#say', 'show me Gangnam');
  await tablet.tap('#say-send');
  await eventually('the interpreted command', async () => remote.issued.length, (n) => n === 5);
  t.deepEqual(remote.issued[4], { wall: 'mayor', body: { commands: [{ type: 'select-district', district: '11680' }], source: 'tablet', utterance: 'show me Gangnam', confidence: 0.93 } });

  // Another wall's code, typed: a wrong one says why, the right one pairs.
  await wall.keyboard.press('p');
  const second = await eventually('a second code', () => pairingOf(wall), (m) => m.status === 'shown' && m.code !== first.code);
  await tablet.tap('#change-wall');
  await tablet.fill('#code', '12345');
  await tablet.tap('#pair');
  t.is(await tablet.textContent('#pair-status'), 'The code has six digits');
  await tablet.fill('#code', '999999');
  await tablet.tap('#pair');
  await tablet.waitForSelector('#pair-status:has-text("unknown or has expired")');
  await tablet.fill('#code', first.code!);
  await tablet.tap('#pair');
  await tablet.waitForSelector('#pair-status:has-text("already been used")');
  await tablet.fill('#code', second.code!.replace(/^(\d{3})/, '$1 '));
  await tablet.tap('#pair');
  await tablet.waitForSelector('#driven[data-wall="mayor"]');
  t.deepEqual(remote.paired, [first.code, second.code]);

  // Turned to landscape: the districts beside the view.
  await tablet.setViewportSize({ width: 1180, height: 820 });
  const [viewBox, guBox] = [await tablet.locator('#view').boundingBox(), await tablet.locator('#districts').boundingBox()];
  t.true(guBox!.x >= viewBox!.x + viewBox!.width, 'the districts stand beside the view');
  await tablet.screenshot({ path: SCREENSHOTS.landscape });
  await wall.keyboard.press('p');
  await eventually('P to close the panel', () => pairingOf(wall), (m) => !m.visible);
  t.deepEqual(errors, []);
});
