import test from 'ava';
import type { BudgetDepartmentTotals, BudgetOverview } from '../../../server/contracts/index.ts';
import {
  budgetMonthAsked, budgetProvenance, budgetView, budgetViewOf, dayText, earlierMonths, gapText, isClosed, krwText, monthEnd, monthTotalsOf, paceStatus, rateText, shownBudget, yearShare,
} from './admin-budget.ts';
import { initialAdmin, type BudgetMonthTotals, type Loadable } from './admin-state.ts';

const dept = (name: string, budget: number, executed: number, allocated = budget / 2): BudgetDepartmentTotals => ({
  department: { ko: `${name}과`, en: `${name} Division` }, programs: 2, budget, allocated, executed, executionRate: budget > 0 ? (executed / budget) * 100 : 0,
});

const overview = (month: string | null, asOf: string | null, departments: BudgetDepartmentTotals[]): BudgetOverview => {
  const sum = (k: 'budget' | 'allocated' | 'executed' | 'programs') => departments.reduce((s, d) => s + d[k], 0);
  return {
    year: 2026, month, asOf, departments, programs: [], synthetic: true,
    city: { programs: sum('programs'), budget: sum('budget'), allocated: sum('allocated'), executed: sum('executed'), executionRate: 0 },
  };
};

test('won in 조/억 for Korean, trillion/billion for English, three significant digits', (t) => {
  t.is(krwText('ko', 45e12), '45.0조 원');
  t.is(krwText('ko', 2.484e12), '2.48조 원');
  t.is(krwText('ko', 123.4e12), '123조 원');
  t.is(krwText('ko', 9.996e12), '10.0조 원');
  t.is(krwText('ko', 1234e8), '1,234억 원');
  t.is(krwText('ko', 5.34e8), '5.3억 원');
  t.is(krwText('ko', 9999.6e8), '1.00조 원', 'rounding up to the next unit');
  t.is(krwText('ko', 3500e4), '3,500만 원');
  t.is(krwText('ko', 45e12, false), '45.0조');
  t.is(krwText('en', 45e12), 'KRW 45.0 trillion');
  t.is(krwText('en', 120.4e9), 'KRW 120 billion');
  t.is(krwText('en', 999.7e9), 'KRW 1.00 trillion', 'rounding up to the next unit');
  t.is(krwText('en', 850e6), 'KRW 850 million');
  t.is(krwText('en', 2.484e12, false), '₩2.48 tn');
  t.is(krwText('en', 5000), 'KRW 5,000');
  t.is(rateText(81.234), '81.2%');
});

test('the pace: the share of the year elapsed by the end of the day; status on the plan’s thresholds', (t) => {
  t.is(yearShare('2026-12-31'), 1);
  t.is(yearShare('2024-12-31'), 1, 'a leap year');
  t.is(yearShare('2026-01-01'), 1 / 365);
  t.is(yearShare('2026-07-02'), 183 / 365);
  t.is(paceStatus(45, 50), 'on-track');
  t.is(paceStatus(44, 50), 'at-risk');
  t.is(paceStatus(30, 50), 'at-risk');
  t.is(paceStatus(29, 50), 'off-track');
  t.is(paceStatus(0, 0), 'on-track');
  t.is(gapText('ko', -12.04), '−12.0%p');
  t.is(gapText('en', 3.16), '+3.2 pts');
  t.is(gapText('ko', 0.01), '±0.0%p');
  t.is(dayText('ko', '2026-12-06'), '2026년 12월 6일');
  t.is(dayText('en', '2026-12-06'), '6 Dec 2026');
  t.is(monthEnd('2024-02'), '2024-02-29');
  t.true(isClosed({ month: '2026-02', asOf: '2026-02-28', budget: 1, allocated: 0, executed: 0 }));
  t.false(isClosed({ month: '2026-03', asOf: '2026-03-10', budget: 1, allocated: 0, executed: 0 }));
  t.false(isClosed({ month: '2026-03', asOf: null, budget: 0, allocated: 0, executed: 0 }));
});

test('the city against the pace, departments furthest behind first, the curve month by month', (t) => {
  const latest = overview('2026-03', '2026-03-31', [dept('가', 100, 10), dept('나', 300, 60), dept('다', 0, 0), dept('라', 200, 50)]);
  const months = new Map<string, Loadable<BudgetMonthTotals>>([
    ['2026-01', { status: 'ready', loadedAt: 0, data: { month: '2026-01', asOf: '2026-01-31', budget: 600, allocated: 210, executed: 30 } }],
    ['2026-02', { status: 'error', loadedAt: 0, message: 'down' }],
  ]);
  const v = budgetView(latest, months)!;
  const pace = (90 / 365) * 100;
  t.like(v, { year: 2026, month: '2026-03', asOf: '2026-03-31', synthetic: true, programs: 8 });
  t.like(v.city, { budget: 600, executed: 120, rate: 20, status: 'at-risk' });
  t.true(Math.abs(v.city!.pace - pace) < 1e-9 && Math.abs(v.city!.gap - (20 - pace)) < 1e-9);
  t.deepEqual(v.departments.map((d) => [d.key, d.rate, d.status, d.furthest]), [
    ['가과', 10, 'off-track', true], ['나과', 20, 'at-risk', false], ['라과', 25, 'on-track', false],
  ], 'ranked by the gap to the pace; no budget, no line');
  t.is(v.curve.length, 12);
  t.like(v.curve[0], { month: 1, executed: 5, allocated: 35 });
  t.true(Math.abs(v.curve[0]!.pace - (31 / 365) * 100) < 1e-9);
  t.like(v.curve[1], { month: 2, executed: null, allocated: null }, 'a month that failed to load is a gap');
  t.like(v.curve[2], { month: 3, executed: 20, allocated: 50 });
  t.true(v.curve.slice(3).every((p) => p.executed === null));
  t.is(v.curve[11]!.pace, 100);
  t.deepEqual(monthTotalsOf(latest), { month: '2026-03', asOf: '2026-03-31', budget: 600, allocated: 300, executed: 120 });
  t.deepEqual(earlierMonths(latest), [{ key: '2026-01', month: 1 }, { key: '2026-02', month: 2 }]);
});

test('nobody behind the pace: nobody highlighted; no figures yet: no city, no curve', (t) => {
  const ahead = budgetView(overview('2026-01', '2026-01-10', [dept('가', 100, 50), dept('나', 100, 40)]), new Map())!;
  t.true(ahead.departments.every((d) => !d.furthest && d.status === 'on-track'));
  t.deepEqual(earlierMonths(overview('2026-01', '2026-01-10', [])), []);
  const none = budgetView(overview(null, null, []), new Map())!;
  t.is(none.city, null);
  t.deepEqual(none.departments, []);
  t.true(none.curve.every((p) => p.executed === null));
  t.is(budgetView(null, new Map()), null);
});

test('provenance: the source’s title, synthetic, late after the source’s limit from the end of the day covered', (t) => {
  const v = budgetView(overview('2026-03', '2026-03-10', [dept('가', 100, 10)]), new Map());
  const endOfDay = Date.parse('2026-03-10T15:00:00Z');
  const source = { title: { ko: '예산 집행 현황 (합성)', en: 'Budget execution (synthetic)' }, staleAfterSeconds: 3 * 86_400 };
  t.deepEqual(budgetProvenance('en', v, source, endOfDay + 86_400_000), {
    sourceId: 'budget', source: 'Budget execution (synthetic)', asOf: '2026-03-10', stale: false, synthetic: true,
  });
  t.true(budgetProvenance('en', v, source, endOfDay + 3 * 86_400_000 + 1).stale);
  t.true(budgetProvenance('ko', v, { stale: true }, endOfDay).stale, 'the source actor says so');
  t.is(budgetProvenance('ko', null, {}, 0).source, '재정시스템 예산 집행');
  t.false(budgetProvenance('ko', null, {}, 0).synthetic);
});

test('a month asked for: shown when before the newest with figures; the newest otherwise', (t) => {
  const latest = overview('2026-03', '2026-03-10', [dept('가', 100, 10)]);
  t.deepEqual(budgetMonthAsked({ from: '2026-01-01', to: '2026-01-31' }, latest), { key: '2026-01', year: 2026, month: 1 });
  t.deepEqual(budgetMonthAsked({ from: '2025-01-01', to: '2025-12-31' }, latest), { key: '2025-12', year: 2025, month: 12 }, 'last year: its December');
  t.is(budgetMonthAsked({ from: '2026-03-01', to: '2026-03-31' }, latest), null, 'the newest month itself');
  t.is(budgetMonthAsked({ from: '2026-01-01', to: '2026-12-31' }, latest), null, 'this year: the newest');
  t.is(budgetMonthAsked(null, latest), null);
  t.is(budgetMonthAsked({ from: '2026-01-01', to: '2026-01-31' }, null), null, 'before the newest is known');
  t.deepEqual(budgetMonthAsked({ from: '2025-12-01', to: '2025-12-31' }, overview(null, null, [])), { key: '2025-12', year: 2025, month: 12 }, 'no figures this year yet');

  const s = initialAdmin();
  s.budgetLatest = { status: 'ready', loadedAt: 0, data: latest };
  t.is(shownBudget(s), s.budgetLatest);
  s.budgetPeriod = { from: '2026-01-01', to: '2026-01-31' };
  t.is(shownBudget(s), null, 'the month asked for, not yet loaded');
  const january: Loadable<BudgetOverview> = { status: 'ready', loadedAt: 0, data: overview('2026-01', '2026-01-31', [dept('가', 100, 3)]) };
  s.budgetAt.set('2026-01', january);
  t.is(shownBudget(s), january);
  t.is(budgetViewOf(s)?.month, '2026-01');
});
