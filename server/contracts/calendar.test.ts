import test from 'ava';
import { NAMED_PERIODS } from './command.ts';
import { indicatorPeriodRange, periodDates, recentMonth, recentQuarter, resolvePeriod, seoulDay, trailing, weekRange } from './calendar.ts';

const THU = new Date('2025-05-15T01:00:00Z');

test('every named period resolves to whole calendar units in Seoul time', (t) => {
  const got = Object.fromEntries(NAMED_PERIODS.map((p) => [p, resolvePeriod(p, THU)]));
  t.deepEqual(got, {
    today: { from: '2025-05-15', to: '2025-05-15' },
    yesterday: { from: '2025-05-14', to: '2025-05-14' },
    'this-week': { from: '2025-05-12', to: '2025-05-18' },
    'last-week': { from: '2025-05-05', to: '2025-05-11' },
    'this-month': { from: '2025-05-01', to: '2025-05-31' },
    'last-month': { from: '2025-04-01', to: '2025-04-30' },
    'this-quarter': { from: '2025-04-01', to: '2025-06-30' },
    'last-quarter': { from: '2025-01-01', to: '2025-03-31' },
    'this-year': { from: '2025-01-01', to: '2025-12-31' },
    'last-year': { from: '2024-01-01', to: '2024-12-31' },
  });
});

test('the day is Seoul’s: 16:00 UTC on 31 December is already New Year', (t) => {
  const now = new Date('2024-12-31T16:00:00Z');
  t.deepEqual(seoulDay(now), { y: 2025, m: 1, d: 1 });
  t.deepEqual(resolvePeriod('last-month', now), { from: '2024-12-01', to: '2024-12-31' });
  t.deepEqual(resolvePeriod('last-quarter', now), { from: '2024-10-01', to: '2024-12-31' });
  t.deepEqual(resolvePeriod('yesterday', now), { from: '2024-12-31', to: '2024-12-31' });
});

test('weeks start on Monday; Sunday belongs to the week before it', (t) => {
  t.deepEqual(weekRange({ y: 2025, m: 5, d: 18 }), { from: '2025-05-12', to: '2025-05-18' });
  t.deepEqual(weekRange({ y: 2025, m: 5, d: 19 }), { from: '2025-05-19', to: '2025-05-25' });
});

test('a month or quarter without a year is the latest one that has begun', (t) => {
  const today = seoulDay(THU);
  t.deepEqual(recentMonth(today, 3), { from: '2025-03-01', to: '2025-03-31' });
  t.deepEqual(recentMonth(today, 5), { from: '2025-05-01', to: '2025-05-31' });
  t.deepEqual(recentMonth(today, 6), { from: '2024-06-01', to: '2024-06-30' });
  t.deepEqual(recentQuarter(today, 3), { from: '2024-07-01', to: '2024-09-30' });
  t.deepEqual(recentMonth({ y: 2024, m: 3, d: 1 }, 2), { from: '2024-02-01', to: '2024-02-29' });
});

test('trailing periods end today and count today in', (t) => {
  const today = seoulDay(THU);
  t.deepEqual(trailing(today, 7, 'day'), { from: '2025-05-09', to: '2025-05-15' });
  t.deepEqual(trailing(today, 1, 'month'), { from: '2025-04-16', to: '2025-05-15' });
  t.deepEqual(trailing(today, 1, 'year'), { from: '2024-05-16', to: '2025-05-15' });
  t.deepEqual(trailing({ y: 2025, m: 3, d: 31 }, 1, 'month'), { from: '2025-03-01', to: '2025-03-31' });
});

test('an indicator period as dates; a command period as dates', (t) => {
  t.deepEqual(indicatorPeriodRange('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
  t.deepEqual(indicatorPeriodRange('2025-Q4'), { from: '2025-10-01', to: '2025-12-31' });
  t.deepEqual(indicatorPeriodRange('2025'), { from: '2025-01-01', to: '2025-12-31' });
  t.is(indicatorPeriodRange('2025-13'), null);
  t.is(indicatorPeriodRange('last-month'), null);
  const now = new Date('2026-12-07T03:00:00Z');
  t.deepEqual(periodDates('last-month', now), { from: '2026-11-01', to: '2026-11-30' });
  t.deepEqual(periodDates({ from: '2025-03-01', to: '2025-03-31' }, now), { from: '2025-03-01', to: '2025-03-31' });
});
