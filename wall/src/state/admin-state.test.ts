import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { applyAction } from './actions.ts';
import { applyAdminAction, initialAdmin, isAdminAction } from './admin-state.ts';
import { createWallState } from './wall-state.ts';

test('administration actions change the selection, the drill-down and the area, once', (t) => {
  const s = initialAdmin();
  t.true(applyAdminAction(s, { type: 'indicator.select', id: 'fire-deaths' }));
  t.false(applyAdminAction(s, { type: 'indicator.select', id: 'fire-deaths' }));
  t.true(applyAdminAction(s, { type: 'indicator.drill', by: 'age' }));
  t.false(applyAdminAction(s, { type: 'indicator.drill', by: 'age' }));
  t.true(applyAdminAction(s, { type: 'indicator.area', area: 'safety' }));
  t.like(s, { selectedIndicator: 'fire-deaths', drillBy: 'age', indicatorArea: 'safety' });
  t.true(isAdminAction({ type: 'indicator.select' }));
  t.false(isAdminAction({ type: 'district.select' }));
});

test('through the wall reducer: a change bumps the version, none does not', (t) => {
  const s = createWallState(builtInLayout('mayor'), 0);
  t.true(applyAction(s, { type: 'indicator.select', id: 'a' }));
  t.is(s.version, 1);
  t.false(applyAction(s, { type: 'indicator.select', id: 'a' }));
  t.is(s.version, 1);
  t.true(applyAction(s, { type: 'indicator.select', id: null }));
  t.is(s.selectedIndicator, null);
});

test('a period for the drill-down; another indicator clears it', (t) => {
  const s = initialAdmin();
  applyAdminAction(s, { type: 'indicator.select', id: 'employment-rate' });
  t.true(applyAdminAction(s, { type: 'indicator.period', period: { from: '2025-03-01', to: '2025-03-31' } }));
  t.false(applyAdminAction(s, { type: 'indicator.period', period: { from: '2025-03-01', to: '2025-03-31' } }));
  t.true(isAdminAction({ type: 'indicator.period' }));
  applyAdminAction(s, { type: 'indicator.select', id: 'employment-rate' });
  t.deepEqual(s.drillPeriod, { from: '2025-03-01', to: '2025-03-31' }, 'the same indicator keeps it');
  applyAdminAction(s, { type: 'indicator.select', id: 'crime-rate' });
  t.is(s.drillPeriod, null);
});
