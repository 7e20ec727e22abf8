/**
 * The safety screens in headless Debian Chromium (SwiftShader WebGL) against a running platform
 * (api role). The live incident board, KPIs and escalations are fed into the platform's live hub as
 * the incident actors publish them; the camera API (nearest cameras, play grants) is answered by the
 * test, which records every request. Checks: markers by agency, type, stage and lateness; the live
 * list and its KPI figures; a synthesized touch on a marker opens the incident's detail and its
 * nearest cameras as tiles (NO SIGNAL while no stream plays, a fresh grant on each reconnection);
 * another incident replaces every tile; the glance count; the public wall (coarsened board, no camera).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import type { Page, Route } from 'playwright-core';
import { channels, type Incident, type NearbyCamera } from '../server/contracts/index.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { createUserStore } from '../server/auth/users.ts';
import { kpi, nearbyCamera, signal, syntheticBoard } from './testing/incident-fixtures.ts';
import { mapPointOnPage, panelOf, safetyOf, toPage, until, waitReady, type Item, type Model } from './testing/wall-model.ts';
import { startWallPlatform } from './testing/wall-platform.ts';

const BOARD_SIZE = 30;
const markers = (m: Model): Item[] => panelOf(m, 'map')?.items.filter((i) => i.layer === 'incidents') ?? [];

interface PlayCall {
  camera: string;
  incident: string | null;
}

/** The camera API as the test answers it: per incident, cameras 80 m apart, ids by incident. */
async function fakeCameraApi(page: Page, board: Incident[], plays: PlayCall[], lists: string[]): Promise<void> {
  await page.route(/\/api\/v1\/cameras\/nearest\?/, (route: Route) => {
    const url = new URL(route.request().url());
    lists.push(url.search);
    const limit = Number(url.searchParams.get('limit'));
    const found = board.findIndex((i) => i.id === url.searchParams.get('incident'));
    const index = found === -1 ? 99 : found;
    const cameras: NearbyCamera[] = Array.from({ length: limit }, (_, k) =>
      nearbyCamera(k + 1, { id: `cam-11680-${String(index * 100 + k + 1).padStart(5, '0')}`, streaming: k !== 2 }));
    return route.fulfill({ json: { cameras } });
  });
  await page.route(/\/api\/v1\/cameras\/cam-[0-9-]+\/play$/, (route: Route) => {
    const camera = /cameras\/(cam-[0-9-]+)\/play/.exec(route.request().url())![1]!;
    const body = (route.request().postDataJSON() ?? {}) as { incident?: string };
    plays.push({ camera, incident: body.incident ?? null });
    // A signed address of a media server that is not there: the tile must say NO SIGNAL and retry.
    return route.fulfill({ json: { camera, url: `ws://127.0.0.1:9/live/${camera}.flv?sign=1-00`, expiresAt: new Date(Date.now() + 60_000).toISOString() } });
  });
}

test('incidents on the map and in the list; a touch opens the detail and the nearest cameras', async (t) => {
  t.timeout(300_000);
  const { api, hub, browser, db } = await startWallPlatform(t);
  const now = Date.now();
  const at = new Date(now).toISOString();
  const board = syntheticBoard(7, now, BOARD_SIZE);
  const late = board.incidents[0]!;
  hub.set(channels.incidents(), board, at);
  hub.set(channels.incidentKpis(), { kpis: [kpi(), kpi({ agency: 'police', medianTravelS: 361 })], asOf: at }, at);
  hub.set(channels.escalations(), { escalations: [{ incident: late.id, agency: 'fire', type: 'fire', district: late.district, awaiting: 'arrived', targetS: 420, at }], asOf: at }, at);
  hub.set(channels.cameraSignals(), { signals: [signal('cam-11680-00001', 'no-signal')], asOf: at }, at);

  await createUserStore(db).create({ login: 'room', role: 'situation-room', passwordHash: await hashPassword('a situation room passphrase') });
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}|${e.message}|${String(e)}|${JSON.stringify(e)}`));
  const plays: PlayCall[] = [];
  const lists: string[] = [];
  await fakeCameraApi(page, board.incidents, plays, lists);
  await page.goto(`${api}/sign-in`);
  const login = await page.evaluate(async () => (await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'room', password: 'a situation room passphrase' }) })).status);
  t.is(login, 200);
  await page.goto(`${api}/wall/?role=situation-room&screen=safety&lang=en`);
  await waitReady(page);

  // Every incident on the map, shaped and filled by agency and stage; the late one flashes.
  const shown = await until(page, (m) => markers(m).length === BOARD_SIZE, 'every incident on the map');
  for (const i of board.incidents) {
    const mk = markers(shown).find((x) => x['id'] === i.id)!;
    t.is(mk['shape'], i.agency === 'fire' ? 'circle' : 'diamond', i.id);
    t.is(mk['fill'], { reported: 'hollow', dispatched: 'half', arrived: 'solid', resolved: 'faded' }[i.stage], i.id);
    t.is(mk['flashing'], i.id === late.id, i.id);
  }
  t.regex(String(markers(shown).find((x) => x['id'] === late.id)!['age']), /^1[23]m$/);

  // The list: open incidents, the late one first, under the KPI figures; synthetic and sourced.
  const list = panelOf(shown, 'incidents')!;
  const open = board.incidents.filter((i) => i.stage !== 'resolved');
  t.is(list.items[0]?.['id'], late.id);
  t.is(list.items[0]?.['tags'], 'past target · SYNTHETIC');
  const more = Number(/^and (\d+) more$/.exec(String(list['message']))?.[1] ?? 0);
  t.true(list.items.length >= 6, 'as many rows as the panel holds');
  t.is(list.items.length + more, open.length, 'the rest counted beneath');
  const summary = list['summary'] as Array<{ value: string }>;
  t.deepEqual(summary.map((c) => c.value), ['62%', '5 min 12 s', String(open.length)]);
  t.true(list.provenance.length > 0 && list.provenance.every((p) => p.synthetic && p.asOf === at));
  t.like(panelOf(shown, 'cctv')?.['target'], { kind: 'point' }, 'no incident: cameras near the map centre');

  // A touch on the late incident's marker selects it: its detail, and its nearest cameras as tiles.
  const map = panelOf(shown, 'map')!;
  const mk = markers(shown).find((x) => x['id'] === late.id)!;
  await page.touchscreen.tap(...mapPointOnPage(shown, map, Number(mk['x']), Number(mk['y'])));
  // Cameras near the map centre were already 12 tiles: wait for the detail and the tiles of the incident itself.
  const opened = await until(page, (m) => m.selectedIncident === late.id && panelOf(m, 'incident-detail')?.items[0]?.['incident'] === late.id
    && (panelOf(m, 'cctv')?.items.length ?? 0) === 12 && panelOf(m, 'cctv')!.items.every((x) => String(x['camera']).startsWith('cam-11680-000')), 'the incident and its cameras');
  const detail = panelOf(opened, 'incident-detail')!.items[0]!;
  t.is(detail['incident'], late.id);
  t.regex(String(detail['type']), /^Fire · Critical$/);
  t.regex(String(detail['status']), /^Dispatched · past target/);
  const timeline = detail['timeline'] as string[];
  t.regex(timeline[0]!, /^\d+ (min|s)/, 'call handling took a recorded time');
  t.regex(timeline[1]!, /elapsed · over 7 min$/, 'travel: running, past the 7-minute target');
  t.true(lists.some((q) => q.includes(`incident=${encodeURIComponent(late.id)}`)));
  const tiles = panelOf(opened, 'cctv')!.items;
  t.deepEqual(tiles.map((x) => x['distance']), Array.from({ length: 12 }, (_, k) => `${80 * (k + 1)} m`));
  t.is(tiles[2]?.['status'], 'not-relayed');

  // No media server answers: every tile says NO SIGNAL, and each stream asks for a fresh grant to reconnect.
  await until(page, (m) => panelOf(m, 'cctv')!.items.every((x) => x['noSignal'] === 'NO SIGNAL' && x['status'] !== 'connecting'), 'NO SIGNAL tiles', 45_000);
  const mine = plays.filter((p) => p.camera.startsWith('cam-11680-000'));
  t.is(new Set(mine.map((p) => p.camera)).size, 11, 'a play request per relayed camera');
  t.true(mine.every((p) => p.incident === late.id), 'each names the incident');
  t.false(plays.some((p) => p.camera === 'cam-11680-00003'), 'no stream for a camera without one');
  const end = Date.now() + 60_000;
  const again = (): boolean => plays.some((p, i) => p.incident === late.id && plays.findIndex((q) => q.camera === p.camera) !== i);
  while (!again() && Date.now() < end) await page.waitForTimeout(500);
  t.true(again(), 'a reconnection asks for a new grant');

  // Another incident from the list: every tile and stream of the first goes.
  const other = list.items.find((x) => x['id'] !== late.id)!;
  const m2 = await until(page, () => true, 'model');
  await page.touchscreen.tap(...toPage(m2, Number(other['x']), Number(other['y'])));
  const moved = await until(page, (m) => m.selectedIncident === other['id'] && (panelOf(m, 'cctv')?.items.length ?? 0) === 12 && panelOf(m, 'cctv')!.items.every((x) => !String(x['camera']).startsWith('cam-11680-000')), 'the cameras of the other incident');
  t.is(panelOf(moved, 'incident-detail')!.items[0]?.['incident'], other['id']);
  const streams = (await safetyOf(page)).streams;
  t.true(Object.keys(streams).length > 0 && Object.keys(streams).every((c) => !c.startsWith('cam-11680-000')), 'the first incident’s streams are gone');

  // A second touch on the selected marker clears it: the cameras go back to the map centre.
  const sel = markers(moved).find((x) => x['id'] === other['id'])!;
  await page.touchscreen.tap(...mapPointOnPage(moved, panelOf(moved, 'map')!, Number(sel['x']), Number(sel['y'])));
  await until(page, (m) => m.selectedIncident === null && (panelOf(m, 'cctv')!['target'] as { kind: string } | null)?.kind === 'point', 'the selection cleared');
  await page.screenshot({ path: join(tmpdir(), 'scpm-incidents-test.png') });
  t.log(`screenshot: ${join(tmpdir(), 'scpm-incidents-test.png')}`);

  // The glance of the mayor's wall counts the open incidents from the board.
  await page.goto(`${api}/wall/?role=mayor&screen=glance&lang=en`);
  await waitReady(page);
  const glance = await until(page, (m) => (panelOf(m, 'glance')?.items ?? []).some((x) => x['caption'] === 'Open incidents'), 'the incidents tile');
  t.is(panelOf(glance, 'glance')!.items.find((x) => x['caption'] === 'Open incidents')!['value'], String(open.length));
  t.notRegex(String(panelOf(glance, 'glance')!['pending']), /Incidents/);

  // The public wall: the coarsened board, no camera anywhere.
  await page.evaluate(async () => void (await fetch('/api/v1/auth/logout', { method: 'POST' })));
  await page.goto(`${api}/wall/?role=public&screen=safety&lang=en`);
  await waitReady(page);
  const pub = await until(page, (m) => markers(m).length === BOARD_SIZE, 'the public board');
  t.falsy(panelOf(pub, 'cctv'));
  const police = board.incidents.find((i) => i.agency === 'police')!;
  t.truthy(markers(pub).find((x) => x['id'] === police.id));
  t.deepEqual(errors, []);
});
