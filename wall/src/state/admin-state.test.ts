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
