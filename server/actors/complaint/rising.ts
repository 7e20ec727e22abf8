/**
 * @module actors/complaint/rising
 * Rising issues: a (gu, category) pair filed far more often today than its own recent days predict.
 * Pure.
 *
 * Complaints are counted per pair and calendar day in Seoul (UTC+9). Today's count, as it stands, is
 * compared with what the pair's baseline predicts for a whole day:
 *  - the baseline is the previous `baselineDays` days (28), or as many as are known complete (from
 *    the first full day after the board began to know every complaint); with fewer than
 *    `minBaselineDays` nothing is judged;
 *  - day of week: the expectation for today is the posterior mean of the pair's rate on today's
 *    weekday, Poisson counts under a gamma prior: (Σ same weekday + c) / (n same weekdays + c / prior),
 *    where prior = the pair's mean day × the weekday factor of all pairs together (how much busier
 *    this weekday is city-wide) and c = `weekdayPrior` complaints. A quiet pair leans on the prior,
 *    a busy one on its own weekdays; so a usual peak day, the city's or the pair's own, is expected;
 *  - score = (count − expected) / √(expected + 1), a Poisson z-score that stays finite at zero;
 *    the pair is rising when count ≥ `minCount` and score ≥ `threshold`.
 * A pair is raised at most once a day (its figures are kept up to date while it stays raised) and
 * cleared when it no longer qualifies — in practice when the day turns, since a day's count only grows.
 */
import { z } from 'zod';
import type { RisingIssue } from './schemas.ts';
import { DAY_MS } from './sla.ts';

export const RisingOptionsSchema = z
  .object({
    baselineDays: z.number().int().min(1),
    minBaselineDays: z.number().int().min(1),
    minCount: z.number().int().min(1),
    threshold: z.number().positive(),
    weekdayPrior: z.number().nonnegative(),
  })
  .refine((o) => o.minBaselineDays <= o.baselineDays, { message: 'minBaselineDays must not exceed baselineDays', path: ['minBaselineDays'] });
export type RisingOptions = z.infer<typeof RisingOptionsSchema>;

export const RISING_DEFAULTS: RisingOptions = { baselineDays: 28, minBaselineDays: 14, minCount: 5, threshold: 4, weekdayPrior: 20 };

const KST_OFFSET_MS = 9 * 3_600_000;

/** The day number (days since 1970-01-01) of the Seoul calendar day containing `ms`. */
export const dayOf = (ms: number): number => Math.floor((ms + KST_OFFSET_MS) / DAY_MS);
export const dayIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The first day whose count is whole when every complaint filed from `since` on is known. */
export const firstFullDay = (since: number): number => dayOf(since - 1) + 1;

/** Complaints filed per pair (gu code + category) and day. */
export type DailyCounts = Map<string, Map<number, number>>;

export const pairKey = (district: string, category: string): string => `${district}${category}`;
const pairOf = (key: string): { district: string; category: string } => ({ district: key.slice(0, 5), category: key.slice(5) });

export const countFiled = (daily: DailyCounts, district: string, category: string, day: number): void => {
  const key = pairKey(district, category);
  let days = daily.get(key);
  if (days === undefined) daily.set(key, (days = new Map()));
  days.set(day, (days.get(day) ?? 0) + 1);
};

/** Forgets the days before `oldest`. */
export const pruneDaily = (daily: DailyCounts, oldest: number): void => {
  for (const [key, days] of daily) {
    for (const day of days.keys()) if (day < oldest) days.delete(day);
    if (days.size === 0) daily.delete(key);
  }
};

/** Sums over the baseline of one pair: all days, and the days on today's weekday. */
const baselineSums = (days: ReadonlyMap<number, number>, today: number, start: number) => {
  let sum = 0;
  let same = 0;
  let k = 0;
  for (let d = start; d < today; d += 1) {
    const c = days.get(d) ?? 0;
    sum += c;
    if ((today - d) % 7 === 0) {
      same += c;
      k += 1;
    }
  }
  return { sum, same, k, n: today - start };
};

const baselineStart = (today: number, firstDay: number, o: RisingOptions): number | null => {
  const start = Math.max(today - o.baselineDays, firstDay);
  return today - start < o.minBaselineDays ? null : start;
};

/**
 * How much busier today's weekday is than the average day, over every pair together (1 when
 * nothing is known): the prior for each pair's own weekday pattern.
 */
export const weekdayFactor = (daily: DailyCounts, today: number, firstDay: number, o: RisingOptions): number => {
  const start = baselineStart(today, firstDay, o);
  if (start === null) return 1;
  const n = today - start;
  const k = Math.floor(n / 7);
  let all = 0;
  let same = 0;
  for (const days of daily.values()) {
    const b = baselineSums(days, today, start);
    all += b.sum;
    same += b.same;
  }
  return all === 0 || k === 0 ? 1 : same / k / (all / n);
};

/**
 * What the baseline predicts for a whole `today`, or null when fewer than `minBaselineDays` are known:
 * the posterior mean of a Poisson rate for today's weekday under a gamma prior whose mean is the
 * pair's mean day times `factor` and whose weight is `weekdayPrior` complaints.
 */
export const expectedCount = (
  days: ReadonlyMap<number, number>, today: number, firstDay: number, o: RisingOptions, factor = 1,
): { expected: number; baselineDays: number } | null => {
  const start = baselineStart(today, firstDay, o);
  if (start === null) return null;
  const b = baselineSums(days, today, start);
  const prior = (b.sum / b.n) * factor;
  const expected = prior === 0 ? 0 : b.k === 0 ? prior : (b.same + o.weekdayPrior) / (b.k + o.weekdayPrior / prior);
  return { expected, baselineDays: b.n };
};

export const scoreOf = (count: number, expected: number): number => (count - expected) / Math.sqrt(expected + 1);

const round2 = (v: number): number => Math.round(v * 100) / 100;

export interface RisingState {
  day: number;
  /** Raised and not cleared, highest score first. */
  active: readonly RisingIssue[];
  /** Pairs raised on `day`: never raised again that day. */
  raised: ReadonlySet<string>;
}

export const initialRising = (): RisingState => ({ day: -1, active: [], raised: new Set() });

export interface RisingResult {
  state: RisingState;
  raised: RisingIssue[];
  cleared: RisingIssue[];
}

/** Today's figures of one pair, or null when it is not rising. */
const judge = (
  key: string, days: ReadonlyMap<number, number> | undefined, today: number, firstDay: number, o: RisingOptions, factor: number,
) => {
  const count = days?.get(today) ?? 0;
  if (count < o.minCount || days === undefined) return null;
  const e = expectedCount(days, today, firstDay, o, factor);
  if (e === null) return null;
  const score = scoreOf(count, e.expected);
  if (score < o.threshold) return null;
  const ratio = e.expected > 0 ? round2(count / e.expected) : null;
  return { ...pairOf(key), day: dayIso(today), count, expected: round2(e.expected), ratio, score: round2(score), baselineDays: e.baselineDays };
};

export const evaluateRising = (state: RisingState, daily: DailyCounts, now: number, firstDay: number, o: RisingOptions): RisingResult => {
  const today = dayOf(now);
  const raisedToday = new Set(today === state.day ? state.raised : []);
  const held = new Map(state.active.map((i) => [pairKey(i.district, i.category), i]));
  const candidates = new Set(held.keys());
  for (const [key, days] of daily) if ((days.get(today) ?? 0) >= o.minCount) candidates.add(key);
  const factor = candidates.size === 0 ? 1 : weekdayFactor(daily, today, firstDay, o);
  const active: RisingIssue[] = [];
  const raised: RisingIssue[] = [];
  const cleared: RisingIssue[] = [];
  for (const key of candidates) {
    const figures = judge(key, daily.get(key), today, firstDay, o, factor);
    const before = held.get(key);
    if (figures !== null && before?.day === figures.day) {
      active.push({ ...figures, raisedAt: before.raisedAt });
    } else if (figures !== null && !raisedToday.has(key)) {
      // a new day's raise replaces the day before's issue of the same pair
      const issue = { ...figures, raisedAt: new Date(now).toISOString() };
      raisedToday.add(key);
      raised.push(issue);
      active.push(issue);
    } else if (before !== undefined) {
      cleared.push(before);
    }
  }
  active.sort((a, b) => b.score - a.score || pairKey(a.district, a.category).localeCompare(pairKey(b.district, b.category)));
  return { state: { day: today, active, raised: raisedToday }, raised, cleared };
};
