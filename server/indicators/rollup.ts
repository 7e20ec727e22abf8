/**
 * @module indicators/rollup
 * The city score and each gu's, per day, month or quarter: the weighted mean of the scores of the
 * plan's indicators as known at the end of each bucket, with every indicator's contribution.
 *
 * Weights come from the plan: each task spreads a weight of 1 over its indicators in proportion to
 * their weights, and an indicator's weight is the sum over the tasks that link it. The weights of the
 * indicators with a value are normalised to add up to 1, so the contributions add up to the score.
 * A gu's score uses the indicators that have values for that gu, each against the gu's own baseline
 * (score.ts); the city's uses the catalogue's baselines.
 */
import type { AreaCode, Contribution, Indicator, Observation, Plan, ScoreGrain, ScoreRollup } from '../contracts/indicator.ts';
import { dateOfDay, dayNumber, nextPeriod, periodEnd, periodOfDate } from './period.ts';
import { baselineOf, goalFor, levelOf, scoreOf, type Level } from './score.ts';
import { headlineSeries, seriesCursor, seriesKey } from './series.ts';

/** Indicator weights of a plan (see the module comment). */
export const planWeights = (plan: Pick<Plan, 'tasks'>): Map<string, number> => {
  const out = new Map<string, number>();
  for (const t of plan.tasks) {
    const total = t.indicators.reduce((s, i) => s + i.weight, 0);
    for (const i of t.indicators) out.set(i.indicator, (out.get(i.indicator) ?? 0) + i.weight / total);
  }
  return out;
};

export interface Bucket {
  bucket: string;
  asOf: string;
}

/** The buckets from the one holding `from` to the one holding `to`; the last ends at `to`. */
export const bucketsOf = (from: string, to: string, grain: ScoreGrain): Bucket[] => {
  if (to < from) return [];
  if (grain === 'day') {
    const [a, b] = [dayNumber(from), dayNumber(to)];
    return Array.from({ length: b - a + 1 }, (_, i) => dateOfDay(a + i)).map((d) => ({ bucket: d, asOf: d }));
  }
  const out: Bucket[] = [];
  for (let p = periodOfDate(from, grain === 'month' ? 'monthly' : 'quarterly'); ; p = nextPeriod(p)) {
    const end = periodEnd(p);
    out.push({ bucket: p, asOf: end < to ? end : to });
    if (end >= to) return out;
  }
};

interface Scored {
  level: Level;
  score: number;
}

/** The score of one series at each bucket, recomputed only when a release changed what is known. */
const scoreTrack = (ind: Indicator, scope: AreaCode, sorted: readonly Observation[], buckets: readonly Bucket[]): (Scored | null)[] => {
  const cursor = seriesCursor(sorted);
  let current: Scored | null = null;
  return buckets.map(({ asOf }) => {
    if (!cursor.advance(asOf)) return current;
    const values = cursor.values();
    const level = levelOf(values);
    if (level === null) return (current = null);
    const goal = goalFor(ind, scope === 'city' ? null : baselineOf(values, ind.baseline.period));
    current = { level, score: scoreOf(level.level, goal) };
    return current;
  });
};

export interface RollupOptions {
  from: string;
  to: string;
  grain: ScoreGrain;
  /** `city` and/or gu codes. */
  scopes: readonly AreaCode[];
}

/** Rollups per scope, then per bucket. */
export const rollupScores = (observations: Iterable<Observation>, indicators: ReadonlyMap<string, Indicator>, plan: Pick<Plan, 'tasks'>, o: RollupOptions): ScoreRollup[] => {
  const buckets = bucketsOf(o.from, o.to, o.grain);
  const weights = planWeights(plan);
  const series = headlineSeries(observations);
  const out: ScoreRollup[] = [];
  for (const scope of o.scopes) {
    const tracks = [...weights].flatMap(([id, weight]) => {
      const ind = indicators.get(id);
      if (!ind) throw new RangeError(`the plan links ${id}, which the catalogue lacks`);
      const sorted = series.get(seriesKey(id, scope));
      return sorted ? [{ id, weight, track: scoreTrack(ind, scope, sorted, buckets) }] : [];
    });
    buckets.forEach((b, k) => {
      const present = tracks.flatMap(({ id, weight, track }) => (track[k] ? [{ id, weight, s: track[k] }] : []));
      const total = present.reduce((s, p) => s + p.weight, 0);
      const contributions: Contribution[] = present.map(({ id, weight, s }) => ({
        indicator: id,
        weight: weight / total,
        period: s.level.period,
        level: s.level.level,
        score: s.score,
        contribution: (weight / total) * s.score,
      }));
      const score = contributions.length === 0 ? null : contributions.reduce((a, c) => a + c.contribution, 0);
      out.push({ bucket: b.bucket, asOf: b.asOf, scope, score, contributions });
    });
  }
  return out;
};
