import test from 'ava';
import { factsOf } from './facts.ts';
import { quantile } from '../incident/kpi.ts';
import { computeComplaintKpis, kpiOf, median, relevant } from './kpi.ts';
import { ComplaintKpiSchema } from './schemas.ts';
import { D, filed, foldAll, H, iso, PARKING_DEPT, ROADS_DEPT, status, T0 } from './testing.ts';

const window = { from: T0 - 30 * D, to: T0 + 1 };

/** Six complaints around T0, worked out by hand below. */
const sample = () => [
  // a: answered in 24 h (within 7 days), closed
  foldAll([filed('a', T0 - 20 * D), status('a', 'answered', T0 - 19 * D), status('a', 'closed', T0 - 18 * D)]),
  // b: answered after 10 days (late)
  foldAll([filed('b', T0 - 15 * D), status('b', 'answered', T0 - 5 * D)]),
  // c: road damage (3 days) in another gu and department, open and overdue
  foldAll([filed('c', T0 - 10 * D, { category: 'road-damage', district: '11110', department: ROADS_DEPT })]),
  // d: filed and answered before the window, reopened in it: open, due T0 + 5 d
  foldAll([filed('d', T0 - 40 * D), status('d', 'answered', T0 - 39 * D), status('d', 'reopened', T0 - 2 * D)]),
  // e: noise, no gu, open and not yet due
  foldAll([filed('e', T0 - D, { category: 'noise', district: null })]),
  // f: over long before the window: counts nowhere
  foldAll([filed('f', T0 - 45 * D), status('f', 'answered', T0 - 44 * D), status('f', 'closed', T0 - 44 * D)]),
].map(factsOf);

test('the city, by hand', (t) => {
  const k = kpiOf(sample().filter((f) => relevant(f, window)), { kind: 'city' }, window, T0);
  t.deepEqual(k, {
    scope: { kind: 'city' }, from: iso(T0 - 30 * D), to: iso(T0 + 1),
    received: 4, open: 3, overdue: 1, answered: 2, answeredWithinSla: 1, shareWithinSla: 0.5,
    medianAnswerHours: 132, reopened: 1, reopenRate: 0.5,
    topCategories: [{ category: 'illegal-parking', count: 2 }, { category: 'noise', count: 1 }, { category: 'road-damage', count: 1 }],
  });
  t.true(ComplaintKpiSchema.safeParse(k).success);
});

test('city, then every gu in code order, then every department by name', (t) => {
  const kpis = computeComplaintKpis(sample(), window, T0, ['11740']);
  t.deepEqual(kpis.map((k) => (k.scope.kind === 'city' ? 'city' : k.scope.kind === 'district' ? k.scope.district : k.scope.department.ko)), [
    'city', '11110', '11680', '11740', ROADS_DEPT.ko, PARKING_DEPT.ko,
  ]);
  t.like(kpis[2], { received: 2, open: 1, overdue: 0, answered: 2, reopened: 1 });
  t.like(kpis[3], { received: 0, open: 0, answered: 0, shareWithinSla: null, medianAnswerHours: null, reopenRate: null, topCategories: [] });
  t.like(kpis[4], { scope: { kind: 'department', department: ROADS_DEPT }, received: 1, open: 1, overdue: 1 });
  t.like(kpis[5], { received: 3, open: 2, answered: 2 });
  t.true(kpis.every((k) => ComplaintKpiSchema.safeParse(k).success));
});

test('what counts in the window: filings, answers and reopenings in it, the backlog whenever filed', (t) => {
  const facts = sample();
  t.deepEqual(facts.map((f) => relevant(f, window)), [true, true, true, true, true, false]);
  const later = { from: T0 + 1, to: T0 + 2 };
  t.deepEqual(facts.map((f) => relevant(f, later)), [false, false, true, true, true, false], 'only the open ones');
  t.like(kpiOf(facts, { kind: 'city' }, later, T0 + 6 * D), { received: 0, open: 3, overdue: 2, answered: 0 });
});

test('answers are measured per cycle: from a reopening to the next answer', (t) => {
  const c = foldAll([filed('1', T0 - 20 * D), status('1', 'answered', T0 - 19 * D), status('1', 'reopened', T0 - 10 * D), status('1', 'answered', T0 - 10 * D + 12 * H)]);
  t.like(kpiOf([factsOf(c)], { kind: 'city' }, window, T0), { answered: 2, answeredWithinSla: 2, medianAnswerHours: 18, reopened: 1, reopenRate: 0.5 });
});

test('top categories: most first, ties by code, at most five', (t) => {
  const f = (n: string, category: string) => factsOf(foldAll([filed(n, T0, { category })]));
  const list = ['a', 'b', 'b', 'c', 'd', 'e', 'f', 'f', 'f'].map((c, i) => f(String(i), `cat-${c}`));
  t.deepEqual(kpiOf(list, { kind: 'city' }, window, T0).topCategories, [
    { category: 'cat-f', count: 3 }, { category: 'cat-b', count: 2 }, { category: 'cat-a', count: 1 }, { category: 'cat-c', count: 1 }, { category: 'cat-d', count: 1 },
  ]);
});

test("the median agrees with the incident KPIs' quantile", (t) => {
  t.is(median([]), null);
  t.is(median([7]), 7);
  t.is(median([4, 1, 3, 2]), 2.5);
  t.is(median([0.04, 0.01, 0.06]), 0);
  const xs = Array.from({ length: 101 }, (_, i) => (i * 37) % 101 / 3);
  t.is(median(xs), quantile([...xs].sort((a, b) => a - b), 0.5));
});
