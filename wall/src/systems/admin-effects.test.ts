import test from 'ava';
import type { BudgetOverview, Indicator } from '../../../server/contracts/index.ts';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { ready } from '../state/admin-indicators.ts';
import { createWallState } from '../state/wall-state.ts';
import { adminEffects, BUDGET_REFRESH_MS, MAX_IN_FLIGHT, monthStart, RETRY_MS, type AdminApi } from './admin-effects.ts';

const flush = () => new Promise((r) => setImmediate(r));
const ind = (id: string): Indicator => ({
  id, name: { ko: id, en: id }, unit: { ko: '%', en: '%' }, frequency: 'annual', polarity: 'up', measure: 'share', overTime: 'mean', decimals: 1, sdg: [8],
  owner: { ko: 'o', en: 'o' }, source: { id: 's', name: { ko: 's', en: 's' } }, dimensions: ['district'], baseline: { period: '2022', value: 1 },
  target: { value: 2, deadline: '2026' }, release: { lagDays: 1, revisionLagDays: [] }, provenance: { kind: 'real', note: 'n', attribution: null }, area: 'safety',
});

/** An overview of the city at one month: 1,000 budgeted, `executed` spent. */
const overview = (month: string, asOf: string, executed = 100): BudgetOverview => ({
  year: Number(month.slice(0, 4)), month, asOf, city: { programs: 1, budget: 1000, allocated: 350, executed, executionRate: executed / 10 },
  departments: [], programs: [], synthetic: true,
});

function setup(screen: string) {
  const state = createWallState(builtInLayout('mayor'), 0, { screen });
  const asked: string[] = [];
  let now = 1_000_000;
  let failCatalogue = true;
  const budget = { newest: overview('2026-03', '2026-03-10'), asOf: new Map([[1, '2026-01-31'], [2, '2026-02-20']]) };
  const api: AdminApi = {
    indicators: async () => {
      asked.push('indicators');
      if (failCatalogue) throw new Error('down');
      return [ind('a'), ind('b')];
    },
    series: async (id) => {
      asked.push(`series:${id}`);
      return { indicator: id, asOf: '2026-01-01', values: 'exact', series: [{ indicator: id, period: '2025', district: 'city', age: 'all', gender: 'all', value: 1, released: '2026-01-01', revision: 0, synthetic: false, revisedFrom: null, suppressed: null }] };
    },
    drilldown: async (id, period, by) => {
      asked.push(`drill:${id}:${period}:${by}`);
      return { indicator: id, period, by, asOf: '2026-01-01', values: 'exact', cells: [] };
    },
    pledges: async () => {
      asked.push('pledges');
      return { asOf: '2026-01-01', name: { ko: 'p', en: 'p' }, years: [2023, 2026], areas: [], visions: [], tasks: [] };
    },
    score: async (scope, from) => {
      asked.push(`score:${scope}${from ? `:${from}` : ''}`);
      return { scope, grain: 'month', rollups: [] };
    },
    budget: async (q) => {
      asked.push(q === undefined ? 'budget' : `budget:${q.year}-${q.month}`);
      if (q === undefined) return budget.newest;
      const month = `${q.year}-0${q.month}`;
      return overview(month, budget.asOf.get(q.month) ?? `${month}-01`, 10 * q.month);
    },
  };
  const tick = adminEffects({ state, api, now: () => now });
  return { state, asked, tick, advance: (ms: number) => (now += ms), recover: () => (failCatalogue = false), budget };
}

const settle = async (tick: () => void): Promise<void> => {
  for (let i = 0; i < 10; i += 1) {
    tick();
    await flush();
  }
};

test('nothing is asked on a screen without administration panels', async (t) => {
  const { asked, tick } = setup('opinion');
  tick();
  await flush();
  t.deepEqual(asked, []);
});

test('a few requests at a time; a failure asked again after a while; the shown indicator’s series and drill-down', async (t) => {
  const { state, asked, tick, advance, recover } = setup('administration');
  tick();
  t.is(asked.length, MAX_IN_FLIGHT);
  t.deepEqual(asked.slice(0, 3), ['indicators', 'pledges', 'score:city']);
  await flush();
  t.is(state.indicatorCatalogue?.status, 'error');
  tick();
  await flush();
  t.is(asked.filter((a) => a === 'indicators').length, 1, 'not again at once');
  recover();
  advance(RETRY_MS);
  for (let i = 0; i < 10; i += 1) {
    tick();
    await flush();
  }
  t.is(asked.filter((a) => a === 'indicators').length, 2);
  t.is(state.indicatorCatalogue?.status, 'ready');
  t.true(asked.includes('series:a') && asked.includes('series:b'));
  t.true(asked.includes('drill:a:2025:district'), 'the first indicator of the area, by gu');
  t.is(asked.filter((a) => a.startsWith('score:11')).length, 25, 'every gu this month');
  t.true(asked.includes(`score:11680:${monthStart(1_000_000 + RETRY_MS)}`));
  const before = asked.length;
  tick();
  await flush();
  t.is(asked.length, before, 'answers are kept');
});

test('the budget: the newest month every few minutes, each month before it until it is closed', async (t) => {
  const { state, asked, tick, advance, budget } = setup('administration');
  await settle(tick);
  const count = (a: string) => asked.filter((x) => x === a).length;
  t.deepEqual([count('budget'), count('budget:2026-1'), count('budget:2026-2'), count('budget:2026-3')], [1, 1, 1, 0], 'the months before the newest');
  t.is(state.budgetLatest?.status, 'ready');
  t.deepEqual([...state.budgetMonths.keys()].sort(), ['2026-01', '2026-02']);
  t.like(state.budgetMonths.get('2026-01'), { status: 'ready', data: { month: '2026-01', asOf: '2026-01-31', budget: 1000, executed: 10 } });
  advance(BUDGET_REFRESH_MS - 1);
  await settle(tick);
  t.is(count('budget'), 1, 'not before its time');
  advance(1);
  await settle(tick);
  t.deepEqual([count('budget'), count('budget:2026-1'), count('budget:2026-2')], [2, 1, 2], 'January is closed; February was not');
  // A new year: the months of the old one are dropped.
  budget.newest = overview('2027-01', '2027-01-05');
  advance(BUDGET_REFRESH_MS);
  await settle(tick);
  t.is(ready(state.budgetLatest)?.year, 2027);
  t.is(state.budgetMonths.size, 0);
});

test('no budget is asked while the screen does not show its panel', async (t) => {
  const { state, asked, tick } = setup('administration');
  const screen = state.layout.screens.find((s) => s.id === 'administration')!;
  screen.panels = screen.panels.filter((p) => p.kind !== 'budget-execution');
  await settle(tick);
  t.true(asked.includes('pledges'));
  t.false(asked.some((a) => a.startsWith('budget')));
});

test('the month starts in Seoul', (t) => {
  t.is(monthStart(Date.parse('2026-02-28T16:00:00Z')), '2026-03-01');
  t.is(monthStart(Date.parse('2026-02-28T14:00:00Z')), '2026-02-01');
});
