import test from 'ava';
import {
  countFiled, dayIso, dayOf, evaluateRising, expectedCount, firstFullDay, initialRising, pruneDaily, RISING_DEFAULTS,
  RisingOptionsSchema, scoreOf, weekdayFactor, type DailyCounts, type RisingOptions, type RisingState,
} from './rising.ts';
import { RisingIssueSchema } from './schemas.ts';
import { D, H } from './testing.ts';

const FIRST = dayOf(Date.parse('2026-10-01T00:00:00+09:00'));
/** `hour` o'clock in Seoul on day number `day`. */
const at = (day: number, hour = 12): number => day * D - 9 * H + hour * H;

/** A fixed-seed generator (mulberry32) and Poisson draws from it: the same synthetic series on every run. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const poisson = (r: () => number, lambda: number): number => {
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = r(); p > limit; p *= r()) k += 1;
  return k;
};

/** One pair per entry: its count on each day from FIRST. */
const dailyOf = (series: Record<string, readonly number[]>): DailyCounts =>
  new Map(Object.entries(series).map(([key, counts]) => [key, new Map(counts.map((c, i) => [FIRST + i, c]))]));

/** Evaluates at `hour` on every day from `from` to `to` (exclusive), collecting what was raised and cleared. */
const walk = (daily: DailyCounts, from: number, to: number, o: RisingOptions = RISING_DEFAULTS, hour = 23) => {
  let state: RisingState = initialRising();
  const raised: string[] = [];
  const cleared: string[] = [];
  for (let d = from; d < to; d += 1) {
    const r = evaluateRising(state, daily, at(d, hour), FIRST, o);
    state = r.state;
    raised.push(...r.raised.map((i) => `${i.district}/${i.category}@${d - FIRST}`));
    cleared.push(...r.cleared.map((i) => `${i.district}/${i.category}@${d - FIRST}`));
  }
  return { raised, cleared, state };
};

test('days are Seoul calendar days; the baseline starts on the first whole day', (t) => {
  t.is(dayIso(dayOf(Date.parse('2026-11-26T15:00:00Z'))), '2026-11-27');
  t.is(dayIso(dayOf(Date.parse('2026-11-26T14:59:59.999Z'))), '2026-11-26');
  t.is(firstFullDay(Date.parse('2026-11-27T00:00:00+09:00')), dayOf(Date.parse('2026-11-27T12:00:00+09:00')));
  t.is(firstFullDay(Date.parse('2026-11-27T00:00:01+09:00')), dayOf(Date.parse('2026-11-28T12:00:00+09:00')));
});

test('the expectation: a flat series predicts its level; too short a history predicts nothing', (t) => {
  const days = new Map(Array.from({ length: 28 }, (_, i) => [FIRST + i, 10]));
  t.deepEqual(expectedCount(days, FIRST + 28, FIRST, RISING_DEFAULTS), { expected: 10, baselineDays: 28 });
  t.is(expectedCount(days, FIRST + 13, FIRST, RISING_DEFAULTS), null);
  // 12 days later: the 12 newest baseline days have no complaints (3 of the 4 same weekdays do)
  t.deepEqual(expectedCount(days, FIRST + 40, FIRST, RISING_DEFAULTS), { expected: (30 + 20) / (4 + 20 / (160 / 28)), baselineDays: 28 });
  t.is(scoreOf(26, 15), 11 / 4);
});

test("the expectation follows the weekday: the pair's own when busy, the city's when quiet", (t) => {
  // Mondays (today − 7k) at 30, other days at 10
  const days = new Map(Array.from({ length: 28 }, (_, i) => [FIRST + i, i % 7 === 0 ? 30 : 10]));
  const mean = 360 / 28;
  t.is(expectedCount(days, FIRST + 28, FIRST, RISING_DEFAULTS, 1)?.expected, (120 + 20) / (4 + 20 / mean), 'mostly its own Mondays (25.2)');
  const cityBusy = expectedCount(days, FIRST + 28, FIRST, RISING_DEFAULTS, 30 / mean)?.expected ?? 0;
  t.true(Math.abs(cityBusy - 30) < 1e-9, 'the city busy on Mondays too: exactly them');
  const quiet = new Map(Array.from({ length: 28 }, (_, i) => [FIRST + i, i % 7 === 0 ? 3 : 1]));
  const quietMean = (4 * 3 + 24) / 28;
  t.is(expectedCount(quiet, FIRST + 28, FIRST, RISING_DEFAULTS, 1)?.expected, (12 + 20) / (4 + 20 / quietMean), 'mostly its mean day (1.6)');
  t.is(expectedCount(quiet, FIRST + 28, FIRST, { ...RISING_DEFAULTS, weekdayPrior: 0 })?.expected, 3);
  t.is(weekdayFactor(dailyOf({ '11680a': Array.from({ length: 28 }, (_, i) => (i % 7 === 0 ? 30 : 10)) }), FIRST + 28, FIRST, RISING_DEFAULTS), 30 / (360 / 28));
});

test('a flat series raises nothing', (t) => {
  const r = rng(1);
  const series = Object.fromEntries(['11110', '11680', '11740'].flatMap((gu) =>
    [2, 10, 40].map((lambda) => [`${gu}cat-${lambda}`, Array.from({ length: 120 }, () => poisson(r, lambda))])));
  t.deepEqual(walk(dailyOf(series), FIRST + 14, FIRST + 120).raised, []);
  t.deepEqual(walk(dailyOf({ '11680noise': Array<number>(60).fill(10) }), FIRST, FIRST + 60).raised, []);
});

test('a spike raises once, keeps its figures up to date through the day, and clears the next day', (t) => {
  const counts = Array<number>(40).fill(10);
  counts[30] = 40;
  const daily = dailyOf({ '11680illegal-parking': counts });
  const day = FIRST + 30;
  const days = daily.get('11680illegal-parking');
  if (days === undefined) return t.fail();
  let state = walk(daily, FIRST + 25, day).state;
  const raisedAt: string[] = [];
  for (const [hour, count] of [[9, 12], [12, 25], [15, 33], [18, 40]] as const) {
    days.set(day, count);
    const r = evaluateRising(state, daily, at(day, hour), FIRST, RISING_DEFAULTS);
    state = r.state;
    raisedAt.push(...r.raised.map((i) => `${hour}h:${i.count}`));
  }
  t.deepEqual(raisedAt, ['12h:25'], 'raised once, when it crossed');
  t.like(state.active[0], { district: '11680', category: 'illegal-parking', day: dayIso(day), count: 40, expected: 10, ratio: 4, score: 9.05, baselineDays: 28 });
  t.is(state.active[0]?.raisedAt, new Date(at(day, 12)).toISOString());
  t.true(RisingIssueSchema.safeParse(state.active[0]).success);
  const next = evaluateRising(state, daily, at(day + 1, 10), FIRST, RISING_DEFAULTS);
  t.deepEqual([next.state.active, next.cleared.map((i) => i.count)], [[], [40]]);
  t.deepEqual(walk(daily, FIRST + 14, FIRST + 40).raised, ['11680/illegal-parking@30']);
});

test('a weekly peak does not raise on its usual day; a real spike on that day does', (t) => {
  const r = rng(2);
  const weekly = (peak: number, base: number) => Array.from({ length: 120 }, (_, i) => poisson(r, i % 7 === 3 ? peak : base));
  // the city is busy on the same weekday everywhere, and one pair has a peak of its own on another
  const series: Record<string, number[]> = {
    '11110noise': weekly(60, 20), '11680noise': weekly(25, 10), '11740road-damage': weekly(8, 3),
    '11440illegal-parking': Array.from({ length: 120 }, (_, i) => poisson(r, i % 7 === 5 ? 50 : 12)),
  };
  t.deepEqual(walk(dailyOf(series), FIRST + 14, FIRST + 120).raised, []);
  const ignoringWeekdays = walk(dailyOf(series), FIRST + 14, FIRST + 120, { ...RISING_DEFAULTS, weekdayPrior: 1e9 }).raised;
  t.true(ignoringWeekdays.length >= 10, `without the weekday model the peaks raise (${ignoringWeekdays.length})`);
  (series['11680noise'] as number[])[101] = 70; // day 101 is a usual peak day (101 % 7 = 3)
  t.deepEqual(walk(dailyOf(series), FIRST + 14, FIRST + 120).raised, ['11680/noise@101']);
});

test('a pair with nothing before needs the minimum count', (t) => {
  const counts = Array<number>(30).fill(0);
  counts[29] = 4;
  t.deepEqual(walk(dailyOf({ '11680noise': counts }), FIRST + 29, FIRST + 30).raised, []);
  counts[29] = 5;
  const r = walk(dailyOf({ '11680noise': counts }), FIRST + 29, FIRST + 30);
  t.deepEqual(r.raised, ['11680/noise@29']);
  t.like(r.state.active[0], { count: 5, expected: 0, ratio: null, score: 5 });
});

test('once a day: a pair cleared by late data is not raised again that day', (t) => {
  const counts = Array<number>(30).fill(1);
  counts[29] = 8;
  const daily = dailyOf({ '11680noise': counts });
  const days = daily.get('11680noise');
  if (days === undefined) return t.fail();
  const today = FIRST + 29;
  let r = evaluateRising(initialRising(), daily, at(today, 10), FIRST, RISING_DEFAULTS);
  t.is(r.raised.length, 1);
  days.set(today - 7, 60); // complaints of a week ago arrive late
  r = evaluateRising(r.state, daily, at(today, 11), FIRST, RISING_DEFAULTS);
  t.deepEqual([r.raised.length, r.cleared.length, r.state.active.length], [0, 1, 0]);
  days.set(today, 40);
  r = evaluateRising(r.state, daily, at(today, 12), FIRST, RISING_DEFAULTS);
  t.deepEqual([r.raised.length, r.state.active.length], [0, 0]);
  r = evaluateRising(r.state, daily, at(today + 1, 12), FIRST, RISING_DEFAULTS);
  t.deepEqual(r.raised.length, 0, 'nothing filed the next day');
});

test('counting and pruning', (t) => {
  const daily: DailyCounts = new Map();
  countFiled(daily, '11680', 'noise', FIRST);
  countFiled(daily, '11680', 'noise', FIRST);
  countFiled(daily, '11680', 'noise', FIRST + 3);
  countFiled(daily, '11110', 'noise', FIRST);
  t.deepEqual([...(daily.get('11680noise') ?? [])], [[FIRST, 2], [FIRST + 3, 1]]);
  pruneDaily(daily, FIRST + 1);
  t.deepEqual([...daily.keys()], ['11680noise']);
  t.deepEqual([...(daily.get('11680noise') ?? [])], [[FIRST + 3, 1]]);
});

test('options are checked', (t) => {
  t.false(RisingOptionsSchema.safeParse({ ...RISING_DEFAULTS, minBaselineDays: 30 }).success);
  t.false(RisingOptionsSchema.safeParse({ ...RISING_DEFAULTS, minCount: 0 }).success);
  t.true(RisingOptionsSchema.safeParse(RISING_DEFAULTS).success);
});
