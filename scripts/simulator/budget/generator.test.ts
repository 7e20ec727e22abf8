import test from 'ava';
import { buildCatalogue, loadPlan } from './catalogue.ts';
import { createBudgetGenerator, LAG_PROBABILITY, usualShare, yearTotal, type BudgetGenerator } from './generator.ts';

const catalogue = buildCatalogue(loadPlan(), 2021);
const make = (seed = 2021) => createBudgetGenerator({ seed, catalogue });
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const cityRate = (g: BudgetGenerator, year: number, month: number, day = 31) => {
  const ps = g.programs(year);
  return sum(ps.map((p) => g.execution(p, month, day, 31).executed)) / sum(ps.map((p) => p.budget));
};

test('each year\'s budgets add up to the year\'s total, KRW 34–45 trillion, in whole thousands', (t) => {
  const g = make();
  for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
    const ps = g.programs(year);
    const total = sum(ps.map((p) => p.budget));
    t.true(Math.abs(total - yearTotal(year)) < ps.length * 1000, `${year}`);
    t.true(total >= 34e12 && total <= 45.1e12, `${year}: ${total}`);
    t.true(ps.every((p) => p.budget > 0 && p.budget % 1000 === 0));
  }
  t.is(g.programs(2022).filter((p) => p.kind === 'plan').length, 0, 'plan programmes start with the plan');
  t.is(g.programs(2023).filter((p) => p.kind === 'plan').length, 48);
  t.is(yearTotal(2027), Math.round(45.0e12 * 1.02));
  t.throws(() => yearTotal(2019), { instanceOf: RangeError });
});

test('the city\'s year: slow first quarter, rising, a December spike', (t) => {
  const g = make();
  const rates = Array.from({ length: 12 }, (_, k) => cityRate(g, 2024, k + 1));
  t.true(rates[2]! < 0.16, `March ${rates[2]}`);
  t.true(rates[5]! > 0.25 && rates[5]! < 0.4, `June ${rates[5]}`);
  t.true(rates[10]! - rates[9]! < 0.1 && rates[11]! - rates[10]! > 0.15, 'December spends the most');
  t.true(rates[11]! > 0.84 && rates[11]! < 0.95, `year end ${rates[11]}`);
  t.true(rates.every((r, k) => k === 0 || r >= rates[k - 1]!), 'cumulative');
  t.is(usualShare(12), 1);
  t.is(usualShare(1, 0), 0);
});

test('some programmes lag; allocation is ahead of spending; a running month grows with its days', (t) => {
  const g = make();
  const ps = g.programs(2024);
  const lagging = ps.filter((p) => g.lags(p));
  t.true(lagging.length > ps.length * LAG_PROBABILITY * 0.4 && lagging.length < ps.length * LAG_PROBABILITY * 2, `${lagging.length}`);
  for (const p of lagging) t.true(g.execution(p, 12, 31, 31).executed < p.budget * 0.76);
  for (const p of ps) {
    for (const m of [1, 3, 6, 9, 12]) {
      const e = g.execution(p, m, 31, 31);
      t.true(e.executed <= e.allocated && e.allocated <= p.budget);
    }
  }
  const p = ps[0]!;
  t.true(g.execution(p, 11, 10, 30).executed < g.execution(p, 11, 20, 30).executed);
  t.deepEqual(g.execution(p, 10, 31, 31), g.execution(p, 11, 0, 30), 'a month starts where the last ended');
});

test('determinism: the same seed, the same figures; another seed, others', (t) => {
  const figures = (g: BudgetGenerator) => g.programs(2025).map((p) => [p.budget, g.execution(p, 7, 31, 31).executed]);
  t.deepEqual(figures(make()), figures(make()));
  t.notDeepEqual(figures(make(7)), figures(make()));
});
