/**
 * The citizen-opinion screens in headless Debian Chromium (SwiftShader WebGL) against a running
 * platform (api role). The complaint feed (as filed, and redacted as the public gets it), the KPIs,
 * the rising issues, the trend board and the participation board are fed into the platform's live hub
 * as their actors publish them (fixed-seed synthetic boards, wall/src/state/testing/opinion-fixtures.ts).
 * Checks: the mayor's panels show the figures; a touch on a gu narrows the feed, figures and trends
 * to it; a district head's own wall starts on their gu; the public wall reads the redacted feed only.
 * The trend and participation channels are new: while the access policy has no rule for them the
 * server refuses them, and the test, between the wall and the server, answers them itself (and says so).
 */
import test from 'ava';
import type { Page, WebSocketRoute } from 'playwright-core';
import { hashPassword } from '../server/auth/passwords.ts';
import { createUserStore } from '../server/auth/users.ts';
import { channels } from '../server/contracts/index.ts';
import { builtInLayout } from '../server/layouts/defaults.ts';
import { redactText } from '../server/privacy/index.ts';
import { PARTICIPATION_CHANNEL } from './src/state/participation.ts';
import { complaintBoard, complaintKpiBoard, participationBoard, risingBoard, trendBoard } from './src/state/testing/opinion-fixtures.ts';
import { TRENDS_CHANNEL } from './src/state/trends.ts';
import { mapPointOnPage, panelOf, until, waitReady, type Model } from './testing/wall-model.ts';
import { startWallPlatform } from './testing/wall-platform.ts';

const FEED_SIZE = 40;
const PASSWORD = 'a long enough passphrase';
const SCREENSHOT = '/tmp/opinion-wall.png';

const signIn = (page: Page, login: string): Promise<number> =>
  page.evaluate(async ([l, p]) => (await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: l, password: p }) })).status, [login, PASSWORD] as const);
const signOut = (page: Page): Promise<void> => page.evaluate(async () => void (await fetch('/api/v1/auth/logout', { method: 'POST' })));

interface Relay {
  /** Channels of `boards` the test answered because the server refused them. */
  answered: Set<string>;
  /** Every channel the wall subscribed to. */
  subscribed: string[];
}

/** Passes `/live` through, noting subscriptions; a channel of `boards` the server refuses is answered with its board instead. */
async function standIn(page: Page, boards: Readonly<Record<string, unknown>>, at: string, relay: Relay): Promise<void> {
  const { answered, subscribed } = relay;
  await page.routeWebSocket(/\/live$/, (ws: WebSocketRoute) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => {
      const msg = JSON.parse(String(m)) as { type: string; channels?: string[] };
      if (msg.type === 'subscribe') subscribed.push(...(msg.channels ?? []));
      server.send(m);
    });
    server.onMessage((m) => {
      const msg = JSON.parse(String(m)) as { type: string; code?: string; message?: string };
      const refused = msg.type === 'error' && msg.code === 'forbidden' ? Object.keys(boards).find((c) => msg.message?.startsWith(`${c}:`)) : undefined;
      if (refused === undefined) return ws.send(m);
      answered.add(refused);
      ws.send(JSON.stringify({ type: 'snapshot', channel: refused, data: boards[refused], at }));
    });
  });
}

const items = (m: Model, kind: string) => panelOf(m, kind)?.items ?? [];
const gu = (m: Model, code: string) => items(m, 'complaint-map').find((x) => x.layer === 'complaints' && x['code'] === code);

test('the citizen-opinion screens: figures, a gu by touch, the district head’s gu, the public feed', async (t) => {
  t.timeout(300_000);
  const { api, hub, browser, db } = await startWallPlatform(t);
  const now = Date.now();
  const at = new Date(now).toISOString();
  const filed = complaintBoard(11, now, FEED_SIZE);
  const redacted = { ...filed, complaints: filed.complaints.map((c) => ({ ...c, title: redactText(c.title) })) };
  hub.set(channels.complaintFeed(), filed, at);
  hub.set(channels.publicComplaintFeed(), redacted, at);
  hub.set(channels.complaintKpis(), complaintKpiBoard(now), at);
  hub.set(channels.complaintRising(), risingBoard(now), at);
  const boards = { [TRENDS_CHANNEL]: trendBoard(at.slice(0, 10)), [PARTICIPATION_CHANNEL]: participationBoard(now) };
  for (const [channel, board] of Object.entries(boards)) hub.set(channel, board, at);
  const users = createUserStore(db);
  await users.create({ login: 'mayor', role: 'mayor', passwordHash: await hashPassword(PASSWORD) });
  await users.create({ login: 'gangnam', role: 'district-head', districts: ['11680'], passwordHash: await hashPassword(PASSWORD) });

  const page = await browser.context.newPage();
  const relay: Relay = { answered: new Set(), subscribed: [] };
  await standIn(page, boards, at, relay);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}|${e.message}`));
  await page.goto(`${api}/sign-in`);
  t.is(await signIn(page, 'mayor'), 200);
  await page.goto(`${api}/wall/?role=mayor&screen=opinion&lang=en`);
  await waitReady(page);

  // The mayor: every panel with its figures, titles as filed, synthetic records tagged.
  const city = await until(page, (m) => items(m, 'complaint-feed').length > 0 && items(m, 'complaint-sla').length > 0 && gu(m, '11680')?.['value'] === 63, 'the opinion panels');
  const feed = panelOf(city, 'complaint-feed')!;
  t.is(feed['channel'], 'complaints/city/feed');
  t.like(feed.items[0], { category: 'Illegal parking', status: 'Received', tags: 'SYNTHETIC' });
  t.regex(String(feed.items[0]?.['line']), /^Gangnam-gu · 역삼로 김민수 010-2345-6789/, 'staff read the title as filed');
  t.true(feed.items.length >= 8, 'as many rows as the panel holds');
  t.true(feed.provenance.length > 0 && feed.provenance.every((p) => p.synthetic && p.asOf === at));
  t.deepEqual((panelOf(city, 'complaint-sla')!['summary'] as Array<{ value: string }>).map((c) => c.value), ['88%', '42', '310', '31.2 h', '3.0%']);
  t.deepEqual(items(city, 'complaint-sla').map((x) => x['value']).slice(0, 2), ['71%', '79%'], 'departments furthest behind first');
  t.like(items(city, 'complaint-categories')[0], { label: 'Illegal parking', value: '1,020' });
  t.like(items(city, 'rising-issues')[0], { label: 'Gangnam-gu · Noise', value: '×4.4', new: true });
  t.is(items(city, 'rising-issues').length, 3);
  const map = panelOf(city, 'complaint-map')!;
  t.regex(map.title, /Open complaints$/);
  t.deepEqual((map['legend'] as string[]).slice(1), ['0–19', '20–39', '40–59', '60–79', '80+']);
  t.like(gu(city, '11680'), { text: '63', class: 3 });
  t.is(items(city, 'complaint-map').filter((x) => x.layer === 'complaints' && x['value'] !== null).length, 25);
  const both = await until(page, (m) => items(m, 'media-trends').length > 0 && items(m, 'participation').length > 0, 'trends and proposals');
  t.deepEqual(items(both, 'media-trends').map((x) => x['term']), ['층간소음', 'pothole', '따릉이', '미세먼지']);
  t.like(items(both, 'media-trends')[0], { rising: true, value: '31' });
  t.regex(String(items(both, 'media-trends')[0]?.['detail']), /^rising · KO · usually 6\.0 · Gangnam-gu/);
  t.deepEqual(items(both, 'participation').map((x) => x['value']), ['812/500', '430/500', '120/500', '640/500']);
  t.regex(String(items(both, 'participation')[0]?.['detail']), /^Awaiting answer · city · \d+ days left$/);
  const poll = panelOf(both, 'participation')!['poll'] as { question: string; lines: string[]; options: Array<{ value: string }> };
  t.deepEqual(poll.options.map((o) => o.value), ['38.4%', '51.2%', '10.4%']);
  t.deepEqual(poll.lines, ['n = 1,000 · ±3.1 pts · SYNTHETIC', 'Seoul Research · 2025-04-25–04-27']);
  t.true(panelOf(both, 'participation')!.provenance.every((p) => p.synthetic));
  await page.screenshot({ path: SCREENSHOT });
  t.log(`screenshot: ${SCREENSHOT}`);

  // A touch on Gangnam-gu: the feed, the answer times, the categories and the trends are its own.
  const label = items(city, 'complaint-map').find((x) => x.layer === 'labels' && x['code'] === '11680')!;
  await page.touchscreen.tap(...mapPointOnPage(city, map, Number(label['x']), Number(label['y'])));
  const gangnam = await until(page, (m) => m.selected === '11680' && items(m, 'complaint-feed').every((x) => String(x['line']).startsWith('Gangnam-gu')), 'Gangnam-gu selected');
  t.regex(panelOf(gangnam, 'complaint-feed')!.title, /— Gangnam-gu$/);
  t.is(items(gangnam, 'complaint-feed').length, filed.complaints.filter((c) => c.district === '11680').length);
  t.is((panelOf(gangnam, 'complaint-sla')!['summary'] as Array<{ detail: string }>)[1]?.detail, 'of 63 open');
  t.is(items(gangnam, 'complaint-categories')[0]?.['label'], 'Noise');
  t.like(items(gangnam, 'rising-issues')[0], { district: '11680', highlight: 'selected' });
  t.true(gu(gangnam, '11680')?.['selected']);
  t.deepEqual(items(gangnam, 'media-trends').map((x) => x['term']), ['공사장 소음']);
  // A second touch clears it.
  await page.touchscreen.tap(...mapPointOnPage(gangnam, panelOf(gangnam, 'complaint-map')!, Number(label['x']), Number(label['y'])));
  await until(page, (m) => m.selected === null && items(m, 'complaint-feed').length === feed.items.length, 'the whole city again');

  // The overview panel (`citizen-opinion`) on a layout of the mayor's own.
  const own = { ...builtInLayout('mayor'), screens: [{ id: 'overview', title: { ko: '개요', en: 'Overview' }, panels: [{ id: 'opinion', kind: 'citizen-opinion', area: { col: 0, row: 0, cols: 12, rows: 6 } }] }], startScreen: 'overview' };
  const put = await page.evaluate(async (body) => (await fetch('/api/v1/layouts/user/mayor', { method: 'PUT', headers: { 'content-type': 'application/json' }, body })).status, JSON.stringify(own));
  t.is(put, 200);
  await page.goto(`${api}/wall/?user=mayor&lang=en`);
  await waitReady(page);
  const overview = await until(page, (m) => items(m, 'citizen-opinion').length >= 5, 'the overview');
  t.deepEqual((panelOf(overview, 'citizen-opinion')!['summary'] as Array<{ value: string }>).map((c) => c.value), ['4,210', '88%', '3']);
  t.deepEqual(items(overview, 'citizen-opinion').map((x) => x['text']).slice(0, 2), ['Gangnam-gu · Noise  ×4.4', 'Gangseo-gu · Road damage and potholes  ×5.5']);
  t.true(items(overview, 'citizen-opinion').some((x) => x['column'] === 'trends' && x['text'] === '층간소음  31 ▲'));
  await page.screenshot({ path: '/tmp/opinion-wall-overview.png' });

  // A district head's own wall starts on their gu.
  await signOut(page);
  t.is(await signIn(page, 'gangnam'), 200);
  await page.goto(`${api}/wall/?screen=opinion&lang=ko`);
  await waitReady(page);
  const head = await until(page, (m) => items(m, 'complaint-feed').length > 0, 'the district head’s feed');
  t.is(head.selected, '11680');
  t.regex(panelOf(head, 'complaint-feed')!.title, /강남구$/);
  t.true(items(head, 'complaint-feed').every((x) => String(x['line']).startsWith('강남구')));
  await page.screenshot({ path: '/tmp/opinion-wall-head.png' });

  // The public wall: the redacted feed only, complaints per 10,000 residents on the map.
  t.true(relay.subscribed.includes('complaints/city/feed'), 'staff walls read the feed as filed');
  await signOut(page);
  relay.subscribed.length = 0;
  await page.goto(`${api}/wall/?role=public&screen=opinion&lang=en`);
  await waitReady(page);
  const pub = await until(page, (m) => items(m, 'complaint-feed').length > 0 && gu(m, '11680')?.['value'] !== null && gu(m, '11680') !== undefined, 'the public feed');
  t.is(panelOf(pub, 'complaint-feed')!['channel'], 'complaints/public/feed');
  const lines = items(pub, 'complaint-feed').map((x) => String(x['line']));
  t.regex(lines[0]!, /^Gangnam-gu · 역삼로 ○○○ \[전화번호\]/);
  t.false(lines.some((l) => /010-|김민수|박지영/.test(l)), 'no name or number reaches the public wall');
  t.falsy(panelOf(pub, 'complaint-sla'), 'no department figures on the public screen');
  t.regex(panelOf(pub, 'complaint-map')!.title, /per 10,000 residents \(30 days\)$/);
  t.is(gu(pub, '11680')?.['mode'], 'per10k');
  await until(page, (m) => items(m, 'media-trends')[0]?.['term'] === '층간소음', 'the public trends');
  t.true(relay.subscribed.includes('complaints/public/feed'));
  t.false(relay.subscribed.includes('complaints/city/feed'), 'the public wall never asks for the feed as filed');
  await page.screenshot({ path: '/tmp/opinion-wall-public.png' });
  t.deepEqual([...relay.answered], [], 'every board reached the wall through the access policy');
  t.deepEqual(errors, []);
});
