import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { applyAction } from './actions.ts';
import { HISTORY_LENGTH as SCREEN_HISTORY } from './command-state.ts';
import { createWallState } from './wall-state.ts';

const fresh = () => createWallState(builtInLayout('mayor'), 0);

test('screen.show moves to an existing screen, ignores the current and unknown ones', (t) => {
  const s = fresh();
  t.is(s.screenId, 'glance');
  t.true(applyAction(s, { type: 'screen.show', screen: 'city' }));
  t.is(s.screenId, 'city');
  t.is(s.version, 1);
  t.false(applyAction(s, { type: 'screen.show', screen: 'city' }));
  t.false(applyAction(s, { type: 'screen.show', screen: 'no-such-screen' }));
  t.is(s.screenId, 'city');
  t.is(s.version, 1);
});

test('district.select selects, clears, and ignores the same selection', (t) => {
  const s = fresh();
  t.is(s.selected, null);
  t.false(applyAction(s, { type: 'district.select', code: null }));
  t.true(applyAction(s, { type: 'district.select', code: '11680' }));
  t.is(s.selected, '11680');
  t.false(applyAction(s, { type: 'district.select', code: '11680' }));
  t.true(applyAction(s, { type: 'district.select', code: null }));
  t.is(s.selected, null);
  t.is(s.version, 2);
});

test('language.set and language.toggle', (t) => {
  const s = fresh();
  t.is(s.language, 'ko');
  t.false(applyAction(s, { type: 'language.set', language: 'ko' }));
  t.is(s.version, 0);
  t.true(applyAction(s, { type: 'language.set', language: 'en' }));
  t.is(s.language, 'en');
  t.true(applyAction(s, { type: 'language.toggle' }));
  t.is(s.language, 'ko');
  t.true(applyAction(s, { type: 'language.toggle' }));
  t.is(s.language, 'en');
  t.is(s.version, 3);
});

test('map.view stores the view per panel', (t) => {
  const s = fresh();
  t.true(applyAction(s, { type: 'map.view', panel: 'map', view: { zoom: 2, cx: 100, cy: -50 } }));
  t.deepEqual(s.views.get('map'), { zoom: 2, cx: 100, cy: -50 });
  t.is(s.views.size, 1);
  t.is(s.version, 1);
});

test('incident.select opens its detail and its cameras; incident.clear closes both; cctv.open moves the cameras only', (t) => {
  const s = fresh();
  t.false(applyAction(s, { type: 'incident.clear' }), 'nothing to clear');
  t.true(applyAction(s, { type: 'incident.select', id: 'fire-119:1' }));
  t.is(s.selectedIncident, 'fire-119:1');
  t.is(s.cctvFor, 'fire-119:1');
  t.false(applyAction(s, { type: 'incident.select', id: 'fire-119:1' }));
  s.incidentRecord = { id: 'fire-119:1', status: 'loading' };
  t.true(applyAction(s, { type: 'cctv.open', incident: 'fire-119:2' }));
  t.is(s.selectedIncident, 'fire-119:1');
  t.is(s.cctvFor, 'fire-119:2');
  t.false(applyAction(s, { type: 'cctv.open', incident: 'fire-119:2' }));
  t.true(applyAction(s, { type: 'incident.select', id: 'fire-119:1' }), 'selecting again brings the cameras back to it');
  t.is(s.cctvFor, 'fire-119:1');
  t.deepEqual(s.incidentRecord, { id: 'fire-119:1', status: 'loading' }, 'the same incident keeps its record');
  t.true(applyAction(s, { type: 'incident.select', id: 'police-112:9' }));
  t.is(s.incidentRecord as unknown, null, 'another incident drops the record');
  t.true(applyAction(s, { type: 'incident.clear' }));
  t.is(s.selectedIncident, null);
  t.is(s.cctvFor, null);
  t.is(s.incidentRecord as unknown, null);
  t.false(applyAction(s, { type: 'cctv.open', incident: null }));
  t.is(s.version, 5);
});

test('screen.show remembers the screen left; screen.back returns to it, newest first', (t) => {
  const s = fresh();
  t.deepEqual(s.screenHistory, []);
  t.false(applyAction(s, { type: 'screen.back' }), 'nothing to go back to');
  applyAction(s, { type: 'screen.show', screen: 'city' });
  applyAction(s, { type: 'screen.show', screen: 'safety' });
  t.deepEqual(s.screenHistory, ['glance', 'city']);
  t.true(applyAction(s, { type: 'screen.back' }));
  t.is(s.screenId, 'city');
  t.deepEqual(s.screenHistory, ['glance'], 'going back is not remembered as a move');
  t.true(applyAction(s, { type: 'screen.back' }));
  t.is(s.screenId, 'glance');
  t.false(applyAction(s, { type: 'screen.back' }));
  for (let i = 0; i < SCREEN_HISTORY + 5; i++) applyAction(s, { type: 'screen.show', screen: i % 2 ? 'glance' : 'city' });
  t.is(s.screenHistory.length, SCREEN_HISTORY, 'a short memory');
  s.screenHistory = ['gone-screen', 'city', 'glance'];
  s.screenId = 'glance';
  t.true(applyAction(s, { type: 'screen.back' }));
  t.is(s.screenId, 'city', 'the current screen is skipped');
  t.false(applyAction(s, { type: 'screen.back' }), 'and so are screens the layout no longer has');
  t.deepEqual(s.screenHistory, []);
});

test('map.reset forgets a panel’s view; help.show opens and closes the gesture help', (t) => {
  const s = fresh();
  t.false(applyAction(s, { type: 'map.reset', panel: 'map' }), 'nothing to forget');
  applyAction(s, { type: 'map.view', panel: 'map', view: { zoom: 2, cx: 0, cy: 0 } });
  t.true(applyAction(s, { type: 'map.reset', panel: 'map' }));
  t.false(s.views.has('map'));
  t.false(s.helpOpen);
  t.false(applyAction(s, { type: 'help.show', open: false }));
  t.true(applyAction(s, { type: 'help.show', open: true }));
  t.true(s.helpOpen);
  t.false(applyAction(s, { type: 'help.show', open: true }));
  t.true(applyAction(s, { type: 'help.show', open: false }));
  t.false(s.helpOpen);
  t.is(s.version, 4);
});
