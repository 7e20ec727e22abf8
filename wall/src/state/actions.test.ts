import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { applyAction } from './actions.ts';
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
