import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { incident } from '../../testing/incident-fixtures.ts';
import { applyAction } from './actions.ts';
import { APPLIED_LENGTH, effectiveLayers, HISTORY_LENGTH, noticeExpired, NOTICE_MS, passesFilter, recordApplied } from './command-state.ts';
import { createWallState } from './wall-state.ts';

const fresh = () => createWallState(builtInLayout('mayor'), 0);

test('every screen shown is remembered (the latest 20); screen.back returns, skipping screens the layout lost', (t) => {
  const s = fresh();
  t.false(applyAction(s, { type: 'screen.back' }), 'nothing to go back to');
  for (let i = 0; i < 30; i += 1) applyAction(s, { type: 'screen.show', screen: i % 2 === 0 ? 'city' : 'safety' });
  t.is(s.screenHistory.length, HISTORY_LENGTH);
  t.is(s.screenId, 'safety');
  s.screenHistory = ['glance', 'gone', 'city'];
  t.true(applyAction(s, { type: 'screen.back' }));
  t.is(s.screenId, 'city');
  t.true(applyAction(s, { type: 'screen.back' }));
  t.is(s.screenId, 'glance', 'a screen no longer in the layout is skipped');
  t.false(applyAction(s, { type: 'screen.back' }));
  t.deepEqual(s.screenHistory, []);
});

test('the reducer says when nothing changed (no redraw)', (t) => {
  const s = fresh();
  t.true(applyAction(s, { type: 'help.show', open: true }));
  t.false(applyAction(s, { type: 'help.show', open: true }));
  t.true(applyAction(s, { type: 'compare.show', districts: ['11680', '11710'] }));
  t.false(applyAction(s, { type: 'compare.show', districts: ['11680', '11710'] }));
  t.true(applyAction(s, { type: 'layer.set', layer: 'incidents', visible: true }));
  t.false(applyAction(s, { type: 'layer.set', layer: 'incidents', visible: true }));
  const f = { incidentType: null, agency: 'fire' as const, severity: null, district: null };
  t.true(applyAction(s, { type: 'incidents.filter', filter: f }));
  t.false(applyAction(s, { type: 'incidents.filter', filter: { ...f } }));
  t.false(applyAction(s, { type: 'map.reset', panel: 'map' }));
  applyAction(s, { type: 'map.view', panel: 'map', view: { zoom: 2, cx: 0, cy: 0 } });
  t.true(applyAction(s, { type: 'map.reset', panel: 'map' }));
  t.false(applyAction(s, { type: 'carousel.set', playing: false, at: 5 }));
  t.true(applyAction(s, { type: 'carousel.set', playing: true, at: 5 }));
  t.true(applyAction(s, { type: 'carousel.set', playing: true, at: 9 }), 'playing again restarts the screen’s time');
  t.false(applyAction(s, { type: 'notice.clear' }));
});

test('a notice is kept as the last one after it goes; it goes after NOTICE_MS', (t) => {
  const s = fresh();
  applyAction(s, { type: 'notice.show', text: 'hello', at: 1_000 });
  t.false(noticeExpired(s, 1_000 + NOTICE_MS - 1));
  t.true(noticeExpired(s, 1_000 + NOTICE_MS));
  applyAction(s, { type: 'notice.clear' });
  t.is(s.notice, null);
  t.is(s.lastNotice, 'hello');
});

test('layers over a layout’s, a filter over incidents, the ids applied', (t) => {
  t.deepEqual(effectiveLayers(['districts', 'labels'], new Map([['labels', false], ['incidents', true], ['districts', true]])), ['districts', 'incidents']);
  const i = incident({ id: 'fire-119:1', reportedAt: 0, severity: 'major' });
  t.true(passesFilter(i, null));
  t.true(passesFilter(i, { incidentType: 'fire', agency: 'fire', severity: 'moderate', district: '11680' }));
  t.false(passesFilter(i, { incidentType: null, agency: null, severity: 'critical', district: null }));
  t.false(passesFilter(i, { incidentType: null, agency: 'police', severity: null, district: null }));
  t.false(passesFilter(i, { incidentType: null, agency: null, severity: null, district: '11710' }));
  const s = fresh();
  for (let n = 0; n < APPLIED_LENGTH + 5; n += 1) recordApplied(s, `c${n}`);
  t.is(s.applied.length, APPLIED_LENGTH);
  t.is(s.applied.at(-1), `c${APPLIED_LENGTH + 4}`);
});
