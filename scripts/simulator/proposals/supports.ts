/**
 * @module scripts/simulator/proposals/supports
 * Pure: how a proposal gathers supports. Each draws a final total (heavy-tailed: log-normal for most, Pareto for the
 * few that go viral) and a shape over its 30 days in activity hours x: an early rise 1 − e^(−x/τ), plus for viral
 * ones a logistic burst when the proposal is picked up. The count at x is ⌊total · shape(x)⌋: whole, never falling,
 * the total at the deadline. `firstReaching` finds when a count was reached, to the second.
 */
import { logNormal, type Rand } from '../safety-common/random.ts';
import {
  CITY_WIDE_APPEAL, MAX_SUPPORTS, ORDINARY_MEDIAN, ORDINARY_SIGMA, TAU_MEDIAN_H, TAU_SIGMA, VIRAL_ALPHA, VIRAL_MIN, VIRAL_SHARE,
} from './model.ts';

export interface Burst {
  /** Share of the total the burst brings. */
  share: number;
  /** Its middle and width, in activity hours from the filing. */
  centre: number;
  width: number;
}

export interface SupportCurve {
  total: number;
  /** Activity hours from the filing to the deadline. */
  span: number;
  tau: number;
  burst: Burst | null;
}

/** Draws a proposal's curve; `appeal` multiplies its pull (topic, city-wide). */
export const drawCurve = (rand: Rand, span: number, appeal: number, cityWide: boolean): SupportCurve => {
  const pull = appeal * (cityWide ? CITY_WIDE_APPEAL : 1);
  const viral = rand() < VIRAL_SHARE * pull;
  const raw = viral ? VIRAL_MIN * (1 - rand()) ** (-1 / VIRAL_ALPHA) : logNormal(rand, ORDINARY_MEDIAN * pull, ORDINARY_SIGMA);
  const total = Math.min(MAX_SUPPORTS, Math.floor(raw));
  const tau = Math.min(400, Math.max(4, logNormal(rand, TAU_MEDIAN_H, TAU_SIGMA)));
  const burst = viral ? { share: 0.5 + 0.4 * rand(), centre: 12 + rand() * (0.75 * span - 12), width: 6 + 24 * rand() } : null;
  return { total, span, tau, burst };
};

const logistic = (x: number, b: Burst): number => 1 / (1 + Math.exp(-(x - b.centre) / b.width));

/** The share of the total reached after x activity hours (0 at the filing, 1 at the deadline). */
export const shapeAt = (c: SupportCurve, x: number): number => {
  if (x <= 0) return 0;
  if (x >= c.span) return 1;
  const early = (1 - Math.exp(-x / c.tau)) / (1 - Math.exp(-c.span / c.tau));
  if (c.burst === null) return early;
  const l0 = logistic(0, c.burst);
  const burst = (logistic(x, c.burst) - l0) / (logistic(c.span, c.burst) - l0);
  return (1 - c.burst.share) * early + c.burst.share * burst;
};

/** Whole supports after x activity hours. */
export const supportsAfter = (c: SupportCurve, x: number): number => Math.min(c.total, Math.round(c.total * shapeAt(c, x)));

/**
 * The first whole second s in [lo, hi] (epoch seconds) with count(s) ≥ k, for a count that never falls; null when
 * count(hi) < k.
 */
export const firstReaching = (count: (s: number) => number, k: number, lo: number, hi: number): number | null => {
  if (count(hi) < k) return null;
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (count(mid) >= k) b = mid;
    else a = mid + 1;
  }
  return a;
};
