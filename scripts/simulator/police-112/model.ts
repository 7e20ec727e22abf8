/**
 * @module scripts/simulator/police-112/model
 * The assumptions of the synthetic 112 feed beyond the 2016 counts (which are yearly totals only). They are
 * plausible figures for a large city, not measurements:
 *   - rhythm: more calls at night (peak 22–24 h, low 6–8 h) and at the weekend (Fri, Sat);
 *   - response code by category (코드0 most urgent … 코드2 not urgent);
 *   - call handling and travel by response code — 코드0/1 emergencies are dispatched and arrive faster —
 *     and time on scene by category; all log-normal, clamped.
 */
import type { PoliceIncidentType, ResponseCode } from '../../../connectors/police-112/api.ts';
import { cumulative, logNormal, pickIndex, type Rand } from '../safety-common/random.ts';

const normalised = (xs: readonly number[]): number[] => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.map((x) => x / mean);
};

/** Relative call volume per KST hour (mean 1). */
export const HOUR_WEIGHTS: readonly number[] = normalised([
  1.45, 1.35, 1.2, 1.0, 0.8, 0.6, 0.5, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.9, 0.95, 0.95, 1.0, 1.05, 1.1, 1.2, 1.3, 1.4, 1.5, 1.5,
]);

/** Relative call volume per KST weekday, Sunday first (mean 1). */
export const WEEKDAY_WEIGHTS: readonly number[] = normalised([1.0, 0.93, 0.93, 0.95, 0.97, 1.08, 1.14]);

/** Shares of 코드0, 코드1, 코드2 per category. */
export const CODE_SHARES: Readonly<Record<PoliceIncidentType, readonly [number, number, number]>> = {
  homicide: [0.6, 0.4, 0],
  robbery: [0.3, 0.6, 0.1],
  'sexual-violence': [0.15, 0.6, 0.25],
  violence: [0.05, 0.6, 0.35],
  theft: [0.02, 0.3, 0.68],
};
const CODE_CUM = Object.fromEntries(Object.entries(CODE_SHARES).map(([k, v]) => [k, cumulative(v)])) as Record<PoliceIncidentType, number[]>;

/** [median s, σ of the log, min s, max s] */
type Spread = readonly [number, number, number, number];

/** Call taken → unit dispatched, by response code. */
export const DISPATCH_S: Readonly<Record<0 | 1 | 2, Spread>> = { 0: [40, 0.35, 10, 600], 1: [60, 0.4, 15, 900], 2: [150, 0.5, 30, 1800] };
/** Dispatched → on scene, by response code (코드0 about 3 min, 코드1 4.5 min, 코드2 11 min). */
export const TRAVEL_S: Readonly<Record<0 | 1 | 2, Spread>> = { 0: [180, 0.4, 60, 1200], 1: [270, 0.45, 60, 1800], 2: [660, 0.5, 120, 3600] };
/** On scene → closed, by category. */
export const ON_SCENE_S: Readonly<Record<PoliceIncidentType, Spread>> = {
  homicide: [9000, 0.3, 3600, 21_600],
  robbery: [3600, 0.4, 900, 14_400],
  'sexual-violence': [3000, 0.4, 900, 14_400],
  violence: [1800, 0.5, 300, 10_800],
  theft: [1500, 0.5, 300, 7200],
};

const draw = (rand: Rand, [median, sigma, min, max]: Spread): number => Math.round(Math.min(max, Math.max(min, logNormal(rand, median, sigma))));

export const drawCode = (rand: Rand, type: PoliceIncidentType): ResponseCode => pickIndex(rand, CODE_CUM[type]) as 0 | 1 | 2;

export interface Durations {
  dispatchS: number;
  travelS: number;
  onSceneS: number;
}

export const drawDurations = (rand: Rand, type: PoliceIncidentType, code: 0 | 1 | 2): Durations => ({
  dispatchS: draw(rand, DISPATCH_S[code]),
  travelS: draw(rand, TRAVEL_S[code]),
  onSceneS: draw(rand, ON_SCENE_S[type]),
});

/** The longest lifecycle the model can produce, seconds. */
export const MAX_LIFE_S = Math.max(...Object.values(DISPATCH_S).map((s) => s[3])) + Math.max(...Object.values(TRAVEL_S).map((s) => s[3])) + Math.max(...Object.values(ON_SCENE_S).map((s) => s[3]));
