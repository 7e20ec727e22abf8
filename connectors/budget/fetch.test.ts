import test from 'ava';
import { executionUrl, monthsOf } from './fetch.ts';

const at = (iso: string) => Date.parse(iso);

test('the months of a run, in KST', (t) => {
  t.deepEqual(monthsOf({}, at('2025-11-15T03:00:00Z')), [{ year: 2025, month: 10 }, { year: 2025, month: 11 }]);
  t.deepEqual(monthsOf({}, at('2025-12-31T15:30:00Z')), [{ year: 2025, month: 12 }, { year: 2026, month: 1 }], 'already January in Seoul');
  t.deepEqual(monthsOf({}, at('2026-01-10T00:00:00Z')), [{ year: 2025, month: 12 }, { year: 2026, month: 1 }]);
  t.deepEqual(monthsOf({ year: 2025 }, at('2025-03-02T00:00:00Z')).map((m) => m.month), [1, 2, 3]);
  t.is(monthsOf({ year: 2024 }, at('2025-03-02T00:00:00Z')).length, 12);
  t.deepEqual(monthsOf({ month: 2 }, at('2025-03-02T00:00:00Z')), [{ year: 2025, month: 2 }]);
  t.deepEqual(monthsOf({ month: 4 }, at('2025-03-02T00:00:00Z')), [], 'a month to come is not asked for');
  t.deepEqual(monthsOf({ year: 2026 }, at('2025-03-02T00:00:00Z')), []);
  t.is(executionUrl('http://h/budget', 2025, 3), 'http://h/budget/execution?year=2025&month=3');
});
