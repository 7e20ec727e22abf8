import test from 'ava';
import type { Layout } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { nearbyCamera, signal } from '../../testing/incident-fixtures.ts';
import {
  anyPlaying, beginList, cctvTarget, dropStreamState, finishList, FORBIDDEN_RETRY_MS, LIST_RETRY_MS, listWanted, mapCentre, setStreamState, shownCameras,
  targetKey, tileLimit, tileStatus, wantedStreams,
} from './cctv.ts';
import { applyAction } from './actions.ts';
import { createWallState } from './wall-state.ts';

const NOW = 1_000_000;
const BOUNDS = { minX: -20_000, minY: -15_000, maxX: 20_000, maxY: 15_000 };
const fresh = (layout: Layout = builtInLayout('mayor')) => {
  const s = createWallState(layout, NOW, { screen: 'safety' });
  s.signedIn = 'kim';
  return s;
};

test('the target: the incident the panel was opened for, else the layout’s gu, else the map centre to 0.01°', (t) => {
  const s = fresh();
  t.deepEqual(cctvTarget(s, [126.98765, 37.56432]), { kind: 'point', lon: 126.99, lat: 37.56 });
  t.is(cctvTarget(s, null), null);
  const head = fresh({ ...builtInLayout('district-head'), focusDistrict: '11680' });
  t.deepEqual(cctvTarget(head, [127, 37.5]), { kind: 'district', district: '11680' });
  applyAction(s, { type: 'incident.select', id: 'fire-119:1' });
  t.deepEqual(cctvTarget(s, [127, 37.5]), { kind: 'incident', incident: 'fire-119:1' });
  t.is(targetKey({ kind: 'point', lon: 127, lat: 37.5 }, 8), 'point:127.00,37.50|8');
  t.not(targetKey({ kind: 'incident', incident: 'a:1' }, 8), targetKey({ kind: 'incident', incident: 'a:1' }, 9));
});

test('the map centre is the current screen’s first map as the person left it', (t) => {
  const s = fresh();
  const [lon, lat] = mapCentre(s, BOUNDS)!;
  t.true(Math.abs(lon - 126.99) < 1e-9 && Math.abs(lat - 37.55) < 1e-9, 'home: the projection’s centre here');
  s.views.set('map', { zoom: 3, cx: 8800, cy: 0 });
  t.true(mapCentre(s, BOUNDS)![0] > 127.08);
  s.screenId = 'administration';
  t.is(mapCentre(s, BOUNDS), null, 'no map on the screen');
});

test('a list is fetched for a new target, kept while ready, and asked again after a failure', (t) => {
  const s = fresh();
  t.true(listWanted(s.cameraList, 'k1', NOW));
  beginList(s, { kind: 'incident', incident: 'fire-119:1' }, 'k1', NOW);
  t.false(listWanted(s.cameraList, 'k1', NOW + 10), 'loading');
  t.true(listWanted(s.cameraList, 'k2', NOW + 10), 'another target');
  t.false(finishList(s, 'k0', { ok: true, cameras: [] }, NOW), 'an answer for an old target is dropped');
  t.true(finishList(s, 'k1', { ok: false, message: 'boom', forbidden: false }, NOW + 20));
  t.false(listWanted(s.cameraList, 'k1', NOW + 20 + LIST_RETRY_MS - 1));
  t.true(listWanted(s.cameraList, 'k1', NOW + 20 + LIST_RETRY_MS));
  finishList(s, 'k1', { ok: false, message: '403', forbidden: true }, NOW + 30);
  t.false(listWanted(s.cameraList, 'k1', NOW + 30 + LIST_RETRY_MS));
  t.true(listWanted(s.cameraList, 'k1', NOW + 30 + FORBIDDEN_RETRY_MS));
  finishList(s, 'k1', { ok: true, cameras: [nearbyCamera(1)] }, NOW + 40);
  t.false(listWanted(s.cameraList, 'k1', NOW + 10 * FORBIDDEN_RETRY_MS));
});

test('tiles: nearest first, up to the panel’s limit (at most 16); streams only for relayed cameras, with the incident', (t) => {
  const s = fresh();
  t.is(tileLimit(undefined, s), 9);
  t.is(tileLimit({ id: 'c', kind: 'cctv', area: { col: 0, row: 0, cols: 1, rows: 1 }, limit: 40 }, s), 16);
  t.is(tileLimit(undefined, { cctvCount: 4 }), 4, 'as many as were asked for');
  applyAction(s, { type: 'incident.select', id: 'fire-119:1' });
  beginList(s, { kind: 'incident', incident: 'fire-119:1' }, 'k', NOW);
  t.deepEqual(wantedStreams(s), [], 'nothing before the list');
  const cams = Array.from({ length: 12 }, (_, i) => nearbyCamera(12 - i, i === 9 ? { streaming: false } : {}));
  finishList(s, 'k', { ok: true, cameras: cams }, NOW);
  const limit = tileLimit(s.layout.screens.find((x) => x.id === 'safety')!.panels.find((p) => p.kind === 'cctv'), s);
  t.is(limit, 8);
  t.deepEqual(shownCameras(s, limit).map((c) => c.distanceM), [80, 160, 240, 320, 400, 480, 560, 640]);
  const wanted = wantedStreams(s);
  t.is(wanted.length, 7, 'the camera without a relayed stream gets a tile but no stream');
  t.false(wanted.some((w) => w.camera === cams[9]!.id));
  t.true(wanted.every((w) => w.incident === 'fire-119:1'));
  s.screenId = 'city';
  t.deepEqual(wantedStreams(s), [], 'no CCTV panel on the screen: no video');
});

test('stream states: set, dropped, and what a tile shows', (t) => {
  const s = fresh();
  t.false(anyPlaying(s));
  t.true(setStreamState(s, 'cam-11680-00001', 'connecting'));
  t.false(setStreamState(s, 'cam-11680-00001', 'connecting'), 'the same state changes nothing');
  t.true(setStreamState(s, 'cam-11680-00001', 'playing'));
  t.true(anyPlaying(s));
  const v = s.version;
  dropStreamState(s, 'cam-11680-00001');
  t.false(anyPlaying(s));
  t.is(s.version, v + 1);
  const cam = nearbyCamera(1);
  t.is(tileStatus(cam, undefined, undefined), 'connecting');
  t.is(tileStatus(cam, 'playing', signal(cam.id, 'no-signal')), 'playing', 'the picture wins while it plays');
  t.is(tileStatus(cam, 'stalled', signal(cam.id, 'no-signal')), 'no-signal');
  t.is(tileStatus(cam, 'error', signal(cam.id, 'live')), 'error');
  t.is(tileStatus({ ...cam, streaming: false }, 'playing', undefined), 'not-relayed');
});
