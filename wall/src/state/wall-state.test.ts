import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { createWallState, currentScreen } from './wall-state.ts';

const NOW = Date.parse('2025-05-01T05:00:00.750Z');

test('a new state starts on the layout start screen, in its language, connecting', (t) => {
  const layout = builtInLayout('mayor');
  const s = createWallState(layout, NOW);
  t.is(s.screenId, layout.startScreen);
  t.is(s.language, 'ko');
  t.is(s.selected, null);
  t.deepEqual(s.connection, { status: 'connecting', since: NOW, lastMessageAt: null, lastUpdateAt: null, attempts: 0 });
  t.is(s.clock, Math.floor(NOW / 1000));
  t.is(s.version, 0);
  t.is(s.air.size + s.health.size + s.catalog.size + s.views.size + s.history.size, 0);
  t.is(s.complaints.length + s.complaintKpis.length + s.rising.length, 0);
  t.deepEqual([s.complaintsAt, s.complaintKpisAt, s.risingAt, s.trends, s.trendsAt, s.participation, s.participationAt], [null, null, null, null, null, null, null]);
  t.is(currentScreen(s).id, 'glance');
});

test('overrides choose an existing screen and the language; an unknown screen falls back', (t) => {
  const layout = builtInLayout('mayor');
  const s = createWallState(layout, NOW, { screen: 'city', language: 'en' });
  t.is(s.screenId, 'city');
  t.is(currentScreen(s).id, 'city');
  t.is(s.language, 'en');
  t.is(createWallState(layout, NOW, { screen: 'nowhere' }).screenId, 'glance');
  t.is(createWallState(layout, NOW, { screen: null, language: null }).language, 'ko');
});

test('the focus district is selected; currentScreen falls back to the first screen', (t) => {
  const layout = { ...builtInLayout('district-head'), focusDistrict: '11680' };
  const s = createWallState(layout, NOW);
  t.is(s.selected, '11680');
  t.is(s.screenId, 'city');
  s.screenId = 'gone';
  t.true(currentScreen(s) === layout.screens[0], 'the first screen');
});
