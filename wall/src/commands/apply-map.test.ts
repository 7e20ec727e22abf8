import test from 'ava';
import type { Command } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { applyAction } from '../state/actions.ts';
import { mapLayersOf } from '../state/command-state.ts';
import { FOCUS_ZOOM, MAX_ZOOM } from '../state/map-view.ts';
import { createWallState, currentScreen, type WallState } from '../state/wall-state.ts';
import { planCommand, type CommandEnv } from './apply-command.ts';
import { DONG_ZOOM, viewNow } from './apply-map.ts';
import { TEST_PLACES } from './testing/places-fixture.ts';

const NOW = Date.parse('2025-05-01T03:00:00Z');
const env: CommandEnv = { places: TEST_PLACES, calls: false, wall: 'mayor', now: NOW };
const wall = (role: 'mayor' | 'public' | 'district-head' = 'mayor'): WallState => createWallState(builtInLayout(role), NOW);
const run = (s: WallState, c: Command): void => {
  for (const a of planCommand(s, c, env).actions) applyAction(s, a);
};
const mapOf = (s: WallState) => currentScreen(s).panels.find((p) => p.kind === 'map')!;

test('zoom-map: a level doubles or halves the scale about the centre, a number of levels at once, within the limits', (t) => {
  const s = wall();
  run(s, { type: 'zoom-map', direction: 'in' });
  t.deepEqual(s.views.get('map'), { zoom: 2, cx: 0, cy: 0 });
  run(s, { type: 'zoom-map', direction: 'in', level: 2 });
  t.is(s.views.get('map')!.zoom, 8);
  run(s, { type: 'zoom-map', direction: 'in', level: 5 });
  t.is(s.views.get('map')!.zoom, MAX_ZOOM);
  run(s, { type: 'zoom-map', direction: 'out', level: 10 });
  t.is(s.views.get('map')!.zoom, 1);
});

test('pan-map moves a quarter of what the map shows, north up; the centre stays over the city', (t) => {
  const s = wall();
  run(s, { type: 'zoom-map', direction: 'in' });
  run(s, { type: 'pan-map', direction: 'north' });
  t.deepEqual(s.views.get('map'), { zoom: 2, cx: 0, cy: -30_000 / 2 / 4 });
  run(s, { type: 'pan-map', direction: 'east' });
  t.is(s.views.get('map')!.cx, 40_000 / 2 / 4);
  for (let i = 0; i < 10; i += 1) run(s, { type: 'pan-map', direction: 'west' });
  t.is(s.views.get('map')!.cx, -20_000, 'not past the city’s edge');
});

test('reset-view gives the map its layout’s view back (the whole city, or a district head’s gu)', (t) => {
  const s = wall();
  run(s, { type: 'zoom-map', direction: 'in' });
  run(s, { type: 'reset-view' });
  t.false(s.views.has('map'));
  t.deepEqual(viewNow(s, mapOf(s), TEST_PLACES), { zoom: 1, cx: 0, cy: 0 });
  const head = wall('district-head');
  head.layout.focusDistrict = '11680';
  t.deepEqual(viewNow(head, mapOf(head), TEST_PLACES), { zoom: FOCUS_ZOOM, cx: 6_000, cy: 8_000 });
});

test('a map command on a screen without a map goes to the first screen with one; a wall without maps says so', (t) => {
  const s = wall();
  run(s, { type: 'show-screen', screen: 'administration' });
  run(s, { type: 'zoom-map', direction: 'in' });
  t.is(s.screenId, 'glance');
  t.is(s.views.get('map')!.zoom, 2);
  const noMap = createWallState({ ...builtInLayout('mayor'), screens: [builtInLayout('mayor').screens.find((x) => x.id === 'administration')!], startScreen: 'administration' }, NOW);
  run(noMap, { type: 'pan-map', direction: 'south' });
  t.regex(noMap.notice!.text, /지도가 없습니다/);
});

test('show-layer and hide-layer change what every map shows over its layout', (t) => {
  const s = wall();
  t.deepEqual(mapLayersOf(mapOf(s), s), ['districts', 'stations', 'labels']);
  run(s, { type: 'show-layer', layer: 'incidents' });
  run(s, { type: 'hide-layer', layer: 'stations' });
  t.deepEqual(mapLayersOf(mapOf(s), s), ['districts', 'labels', 'incidents']);
  run(s, { type: 'show-layer', layer: 'stations' });
  t.deepEqual(mapLayersOf(mapOf(s), s), ['districts', 'stations', 'labels', 'incidents']);
  t.deepEqual(mapLayersOf({}, s), ['districts', 'neighborhoods', 'stations', 'labels', 'incidents'], 'a map without a list: the base layers');
});

test('select-dong: its gu selected, the dong highlighted and shown close, on the screen with the gu’s detail', (t) => {
  const s = wall();
  run(s, { type: 'select-dong', dong: '1168064000', district: '11680' });
  t.is(s.screenId, 'city', 'the map with the district detail beside it');
  t.is(s.selected, '11680');
  t.is(s.selectedDong, '1168064000');
  t.deepEqual(s.views.get('map'), { zoom: DONG_ZOOM, cx: 5_000, cy: 7_500 });
  t.is(s.layerOverrides.size, 0, 'the city map shows the dong already');
  const pub = wall('public');
  run(pub, { type: 'select-dong', dong: '1171051000', district: '11710' });
  t.is(pub.screenId, 'air');
  t.true(mapLayersOf(mapOf(pub), pub).includes('neighborhoods'), 'the dong outlines turned on');
  t.is(pub.selected, '11710');
  run(pub, { type: 'select-dong', dong: '1111099999', district: '11110' });
  t.is(pub.selectedDong, '1171051000');
  t.regex(pub.notice!.text, /1111099999/);
});
