import test from 'ava';
import {
  addDays,
  dayNumber,
  elapsedShare,
  frequencyOf,
  nextPeriod,
  parsePeriod,
  periodEnd,
  periodOfDate,
  PeriodError,
  periodsBetween,
  periodsOfYears,
  periodStart,
} from './period.ts';

test('periods parse by kind; anything else is a PeriodError', (t) => {
  t.deepEqual(parsePeriod('2025'), { year: 2025 });
  t.deepEqual(parsePeriod('2025-Q3'), { year: 2025, quarter: 3 });
  t.deepEqual(parsePeriod('2025-03'), { year: 2025, month: 3 });
  for (const bad of ['2025-13', '2025-Q5', '25', '2025-3', '2025-03-01']) t.throws(() => parsePeriod(bad), { instanceOf: PeriodError });
  t.is(frequencyOf('2024-Q4'), 'quarterly');
  t.is(frequencyOf('2024'), 'annual');
});

test('start and end days, leap years included', (t) => {
  t.is(periodStart('2024-Q2'), '2024-04-01');
  t.is(periodEnd('2024-Q2'), '2024-06-30');
  t.is(periodEnd('2024-02'), '2024-02-29');
  t.is(periodEnd('2023-02'), '2023-02-28');
  t.is(periodEnd('2025'), '2025-12-31');
  t.is(periodStart('2025-12'), '2025-12-01');
});

test('day arithmetic in UTC across month and year ends', (t) => {
  t.is(addDays('2024-12-31', 1), '2025-01-01');
  t.is(addDays('2024-03-01', -1), '2024-02-29');
  t.is(dayNumber('1970-01-02'), 1);
  t.throws(() => dayNumber('2024/01/01'), { instanceOf: PeriodError });
});

test('the period containing a date, the next period and ranges', (t) => {
  t.is(periodOfDate('2025-05-31', 'monthly'), '2025-05');
  t.is(periodOfDate('2025-05-31', 'quarterly'), '2025-Q2');
  t.is(periodOfDate('2025-05-31', 'annual'), '2025');
  t.is(nextPeriod('2025-12'), '2026-01');
  t.is(nextPeriod('2025-Q4'), '2026-Q1');
  t.is(nextPeriod('2025'), '2026');
  t.deepEqual(periodsBetween('2024-11', '2025-02'), ['2024-11', '2024-12', '2025-01', '2025-02']);
  t.deepEqual(periodsBetween('2025-Q2', '2025-Q1'), []);
  t.throws(() => periodsBetween('2025', '2025-Q1'), { instanceOf: PeriodError });
  t.is(periodsOfYears(2016, 2025, 'monthly').length, 120);
  t.is(periodsOfYears(2016, 2025, 'quarterly').length, 40);
  t.deepEqual(periodsOfYears(2024, 2025, 'annual'), ['2024', '2025']);
});

test('elapsed share from baseline to deadline', (t) => {
  t.is(elapsedShare('2022', '2026', '2022'), 0);
  t.is(elapsedShare('2022', '2026', '2026'), 1);
  t.true(Math.abs(elapsedShare('2022', '2026', '2024') - 0.5) < 0.001);
  t.true(elapsedShare('2022', '2026', '2021') < 0);
  t.is(elapsedShare('2026', '2022', '2024'), 1);
});
