/**
 * @module indicators/score
 * How far a value has come from the baseline to the target. Progress is 0 at the baseline and 1 at
 * the target, in the direction of the indicator's polarity; the score is the progress kept within
 * [0, SCORE_CAP]. A target equal to its baseline means "hold": at least as good scores 1, worse
 * scores the ratio of the two.
 *
 * Monthly and quarterly indicators are scored on their level over the last year (the mean of the
 * known periods of the last 12 months or 4 quarters), so seasons do not swing a score; annual ones
 * on their latest value. A gu is scored against its own baseline (the mean of its values in the
 * baseline period) and a target moved by as much as the city's: by the same number of points for
 * shares, by the same ratio for the rest.
 */
import type { Indicator, Observation, Polarity } from '../contracts/indicator.ts';
import { dayNumber, periodEnd, periodStart } from './period.ts';

export const SCORE_CAP = 1.5;

export interface Goal {
  baseline: number;
  target: number;
  polarity: Polarity;
}

export const progressOf = (value: number, goal: Goal): number => {
  const { baseline: b, target: t, polarity } = goal;
  if (t !== b) return (value - b) / (t - b);
  const atLeast = polarity === 'up' ? value >= t : value <= t;
  if (atLeast) return 1;
  if (polarity === 'up') return t > 0 ? value / t : 0;
  return value > 0 ? t / value : 0;
};

export const scoreOf = (value: number, goal: Goal): number => Math.min(SCORE_CAP, Math.max(0, progressOf(value, goal)));

/** The city's goal, or a gu's when its own baseline is known. */
export const goalFor = (ind: Pick<Indicator, 'baseline' | 'target' | 'polarity' | 'measure'>, districtBaseline: number | null = null): Goal => {
  const { polarity } = ind;
  const [b, t] = [ind.baseline.value, ind.target.value];
  if (districtBaseline === null) return { baseline: b, target: t, polarity };
  const relative = ind.measure !== 'share' && b !== 0;
  return { baseline: districtBaseline, target: relative ? districtBaseline * (t / b) : districtBaseline + (t - b), polarity };
};

/** One observation's score against its indicator (a gu's own baseline when given). */
export const score = (o: Pick<Observation, 'value'>, ind: Indicator, districtBaseline: number | null = null): number =>
  scoreOf(o.value, goalFor(ind, districtBaseline));

export interface PeriodValue {
  period: string;
  value: number;
}

/** The mean of the values whose periods lie within the baseline period, or null. */
export const baselineOf = (values: Iterable<PeriodValue>, baselinePeriod: string): number | null => {
  const [from, to] = [periodStart(baselinePeriod), periodEnd(baselinePeriod)];
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (periodStart(v.period) >= from && periodEnd(v.period) <= to) {
      sum += v.value;
      n++;
    }
  }
  return n === 0 ? null : sum / n;
};

export interface Level {
  /** The latest period known. */
  period: string;
  /** First day of the earliest period averaged. */
  from: string;
  level: number;
  /** The middle of the time the level covers (YYYY-MM-DD as a day number). */
  midDay: number;
}

/** The level to score from the known values of one series (any order), or null when there are none. */
export const levelOf = (values: readonly PeriodValue[]): Level | null => {
  let latest: PeriodValue | null = null;
  for (const v of values) if (latest === null || periodEnd(v.period) > periodEnd(latest.period)) latest = v;
  if (latest === null) return null;
  const end = periodEnd(latest.period);
  const yearBefore = `${Number(end.slice(0, 4)) - 1}${end.slice(4)}`;
  const window = values.filter((v) => periodEnd(v.period) > yearBefore && periodEnd(v.period) <= end && periodStart(v.period) > yearBefore);
  const from = window.reduce((m, v) => (periodStart(v.period) < m ? periodStart(v.period) : m), periodStart(latest.period));
  const level = window.reduce((s, v) => s + v.value, 0) / window.length;
  return { period: latest.period, from, level, midDay: (dayNumber(from) + dayNumber(end) + 1) / 2 };
};
