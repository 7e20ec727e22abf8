/**
 * The wall in headless Debian Chromium against a running platform replaying real Seoul data:
 * it loads on WebGL, shows every gu's name and live value with provenance, the map is drawn,
 * a synthesized touch opens a gu's drill-down, the language switches, a layout edited through the
 * API reaches the open wall, and a cut connection is shown as lost and then recovers by itself.
 * The screenshot is kept in artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { pino } from 'pino';
import type { Page, WebSocketRoute } from 'playwright-core';
import { createAirSimulator } from '../scripts/simulator/simulator.ts';
import { DEFAULT_FILE } from '../scripts/simulator/defaults.ts';
import { startPlatform } from '../server/platform/start.ts';
import { isolatedConfig } from '../server/platform/testing.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { createUserStore } from '../server/auth/users.ts';
import { buildWall } from './build.ts';
import { launchChromium, pixelStats, type PixelStats } from './testing/chromium.ts';
import { until as untilModel } from './testing/wall-model.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

interface Item {
  layer?: string;
  code?: string;
  name?: string;
  value?: string;
  x?: number;
  y?: number;
  [k: string]: unknown;
}
interface PanelModel {
  id: string;
  kind: string;
  title: string;
  provenance: Array<{ source: string; asOf: string | null; stale: boolean }>;
  items: Item[];
  mapArea?: { x: number; y: number; w: number; h: number };
}
interface Model {
  screen: string;
  language: string;
  selected: string | null;
  frame: { scale: number; offsetX: number; offsetY: number };
  header: { lost: boolean; lostText: string | null; status: string; subtitle: string; tabs: Array<{ id: string; title: string }>; language: { rect: { x: number; y: number; w: number; h: number } } };
  panels: PanelModel[];
}

const until = (page: Page, ok: (m: Model) => boolean, what: string, ms?: number): Promise<Model> => untilModel<Model>(page, ok, what, ms);

const mapOf = (m: Model): PanelModel => m.panels.find((p) => p.kind === 'map')!;
const labels = (m: Model): Item[] => mapOf(m)?.items.filter((i) => i.layer === 'labels') ?? [];
const label = (m: Model, code: string): Item => labels(m).find((l) => l.code === code)!;

/** A map point of the model in CSS pixels of the page. */
function onPage(m: Model, x: number, y: number): [number, number] {
  const area = mapOf(m).mapArea!;
  return [m.frame.offsetX + (area.x + x) * m.frame.scale, m.frame.offsetY + (area.y + y) * m.frame.scale];
}

test('the wall shows Seoul live, opens a drill-down on touch, and survives a lost connection', async (t) => {
  t.timeout(240_000);
  const wallDir = mkdtempSync(join(tmpdir(), 'scpm-wall-'));
  await buildWall(wallDir);
  const sim = await createAirSimulator({ file: DEFAULT_FILE, speedup: 86_400 });
  const simServer = await sim.listen(0);
  const iso = await isolatedConfig({ SEOUL_AIR_BASE_URL: simServer.url, CONNECTOR_EVERY_MS: '500', WALL_DIR: wallDir });
  const platform = await startPlatform(iso.config, pino({ level: 'silent' }));
  const browser = await launchChromium({ width: 1920, height: 1080, touch: true });
  t.teardown(async () => {
    await browser.close();
    await platform.stop();
    await simServer.close();
    await iso.cleanup();
    rmSync(wallDir, { recursive: true, force: true });
  });
  const api = platform.api!.url;
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  // The test holds the wall's /live socket so that it can cut it.
  let blocked = false;
  let live: WebSocketRoute | null = null;
  await page.routeWebSocket(/\/live$/, (ws) => {
    if (blocked) return void ws.close({ code: 1001 });
    live = ws;
    ws.connectToServer();
  });

  await page.goto(`${api}/wall/?role=mayor&screen=city`);
  await page.waitForFunction(() => (globalThis as unknown as { __scpm?: { ready: boolean } }).__scpm?.ready === true, null, { timeout: 60_000 });
  const renderer = await page.evaluate(() => (globalThis as unknown as { __scpm: { renderer(): string } }).__scpm.renderer());
  t.regex(renderer, /swiftshader|llvmpipe/i, 'WebGL on a software renderer, not a fallback');

  // Every gu by name, each with a live value.
  const live1 = await until(page, (m) => labels(m).length === 25 && labels(m).every((l) => /^\d+$/.test(String(l.value))), 'live values on all 25 gu');
  t.is(label(live1, '11680').name, '강남구');
  t.is(label(live1, '11110').name, '종로구');
  const ranking = live1.panels.find((p) => p.kind === 'air-ranking')!;
  const ranked = ranking.items.filter((i) => i['visible']).map((i) => Number(i.value));
  t.true(ranked.length === 10 && ranked.every((v, i) => Number.isInteger(v) && (i === 0 || v <= ranked[i - 1]!)), `ranked worst first: ${ranked.join()}`);

  // Provenance on every panel that shows air data: the source system, an as-of time, not stale.
  for (const p of live1.panels.filter((x) => x.kind === 'map' || x.kind === 'air-ranking')) {
    t.is(p.provenance[0]?.source, '서울시 대기환경 정보', `${p.id} names its source`);
    t.truthy(p.provenance[0]?.asOf, `${p.id} has an as-of time`);
    t.false(p.provenance[0]?.stale, `${p.id} is fresh`);
  }

  // The map is drawn: most of its area is painted, in several colours.
  const area = mapOf(live1).mapArea!;
  const [ax, ay] = onPage(live1, 0, 0);
  const shot = await page.screenshot({ clip: { x: ax, y: ay, width: area.w * live1.frame.scale, height: area.h * live1.frame.scale } });
  const pixels = (await page.evaluate(pixelStats(shot, [0x11, 0x1a, 0x2e]))) as PixelStats;
  t.true(pixels.differing > 0.25, `map painted (${pixels.differing})`);
  t.true(pixels.colours >= 6, `map in colours (${pixels.colours})`);

  // The values move as the replay moves on.
  const before = labels(live1).map((l) => l.value).join();
  await until(page, (m) => labels(m).map((l) => l.value).join() !== before, 'values to move');

  // The wheel zooms the map about the pointer: labels move apart.
  const spread = (m: Model): number => Math.hypot(label(m, '11680').x! - label(m, '11110').x!, label(m, '11680').y! - label(m, '11110').y!);
  const [cx, cy] = onPage(live1, mapOf(live1).mapArea!.w / 2, mapOf(live1).mapArea!.h / 2);
  await page.mouse.move(cx, cy);
  await page.mouse.wheel(0, -400);
  const zoomed = await until(page, (m) => spread(m) > spread(live1) * 1.3, 'the map to zoom in');
  await page.mouse.wheel(0, 4000);
  const home = await until(page, (m) => Math.abs(spread(m) - spread(live1)) < 1, 'the map to zoom back out');
  t.true(spread(zoomed) > spread(live1));

  // A synthesized touch on Gangnam-gu opens its drill-down with its stations and 24-hour history.
  const gangnam = label(home, '11680');
  await page.touchscreen.tap(...onPage(home, gangnam.x!, gangnam.y!));
  const drilled = await until(page, (m) => {
    const d = m.panels.find((p) => p.kind === 'district-detail')?.items[0];
    return m.selected === '11680' && d?.['history'] === 'ready' && Number(d['historyPoints']) > 0;
  }, 'the drill-down of Gangnam-gu');
  const detail = drilled.panels.find((p) => p.kind === 'district-detail')!;
  t.is(detail.items[0]?.['name'], '강남구');
  t.true((detail.items[0]?.['stations'] as string[]).includes('강남구'));
  t.truthy(detail.provenance[0]?.asOf);

  // Tapping the language switch turns the wall to English.
  const lang = drilled.header.language.rect;
  await page.touchscreen.tap(drilled.frame.offsetX + (lang.x + lang.w / 2) * drilled.frame.scale, drilled.frame.offsetY + (lang.y + lang.h / 2) * drilled.frame.scale);
  const english = await until(page, (m) => m.language === 'en' && label(m, '11680')?.name === 'Gangnam-gu', 'English labels');
  t.is(english.header.tabs.find((tab) => tab.id === 'city')?.title, 'Real-time city status');

  // A layout an administrator stores through the API reaches the open wall; the public may not store one.
  await createUserStore(platform.services.db).create({ login: 'admin', role: 'administrator', passwordHash: await hashPassword('a long admin passphrase') });
  const login = await fetch(`${api}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: 'a long admin passphrase' }) });
  t.is(login.status, 200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const stored = await (await fetch(`${api}/api/v1/layouts/role/mayor`)).json() as { layout: { name: { ko: string; en: string }; screens: unknown[] } };
  const edited = { ...stored.layout, name: { ko: '시장실 벽면', en: "Mayor's office wall" }, screens: stored.layout.screens.slice(0, 2) };
  const write = (headers: Record<string, string>) =>
    fetch(`${api}/api/v1/layouts/role/mayor`, { method: 'PUT', headers: { 'content-type': 'application/json', 'if-match': '"0"', ...headers }, body: JSON.stringify(edited) });
  t.is((await write({})).status, 401, 'anonymous');
  t.is((await write({ cookie, origin: 'https://elsewhere.example' })).status, 403, 'cross-site');
  t.is((await write({ cookie, origin: api })).status, 200);
  await until(page, (m) => m.header.tabs.length === 2, 'the edited layout');

  // Cut the connection: the wall says so, with the time of the last update, then recovers by itself.
  blocked = true;
  await (live as WebSocketRoute | null)?.close({ code: 1001 });
  const lost = await until(page, (m) => m.header.lost, 'the lost-connection state');
  t.regex(lost.header.lostText ?? '', /Connection lost — last update: \d\d:\d\d:\d\d/);
  blocked = false;
  const reopened = Date.now();
  const back = await until(page, (m) => !m.header.lost && m.header.status === 'LIVE', 'reconnection', 40_000);
  // Data arrives over the new connection (its first reply per channel is a snapshot).
  await page.waitForFunction(
    (since) => ((globalThis as unknown as { __scpm: { connection(): { lastUpdateAt: number | null } } }).__scpm.connection().lastUpdateAt ?? 0) >= since,
    reopened,
    { timeout: 15_000 },
  );
  t.true(labels(back).filter((l) => /^\d+$/.test(String(l.value))).length >= 20, 'values after reconnect');

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'wall-test.png') });
  t.deepEqual(pageErrors, []);

  // A person's own layout needs signing in: the wall sends a district head to the sign-in page and back,
  // then shows their wall centred on their gu.
  await createUserStore(platform.services.db).create({ login: 'gangnam', role: 'district-head', districts: ['11680'], passwordHash: await hashPassword('a district head passphrase') });
  const head = await browser.context.newPage();
  await head.goto(`${api}/wall/?user=gangnam`);
  await head.waitForURL(/\/sign-in\?next=/, { timeout: 30_000 });
  await head.getByLabel('아이디').fill('gangnam');
  await head.getByLabel('비밀번호').fill('a district head passphrase');
  await head.getByRole('button', { name: '로그인' }).click();
  await head.waitForURL(/\/wall\/\?user=gangnam/, { timeout: 30_000 });
  await head.waitForFunction(() => (globalThis as unknown as { __scpm?: { ready: boolean } }).__scpm?.ready === true, null, { timeout: 60_000 });
  const own = await until(head, (m) => m.header.subtitle.includes('gangnam'), "the district head's own wall");
  t.is(own.selected, '11680', 'centred on and detailing their gu');
  t.is(own.screen, 'city');
});
