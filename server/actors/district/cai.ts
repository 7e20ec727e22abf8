/**
 * @module actors/district/cai
 * The Korean Comprehensive Air-quality Index (CAI, 통합대기환경지수) as published by AirKorea.
 *
 * Sub-index per pollutant: Ip = (IHI − ILO) / (BPHI − BPLO) · (Cp − BPLO) + ILO, where the band is
 * found after cutting the concentration to the resolution of the breakpoint table (PM whole µg/m³,
 * CO 0.01 ppm, the other gases 0.001 ppm); concentrations above the top breakpoint give 500.
 * CAI = the highest sub-index; when two pollutants are 'unhealthy' (≥ 101) or worse it gains 50,
 * three or more gain 75; the result is capped at 500 and graded 0–50 good, 51–100 moderate,
 * 101–250 unhealthy, 251–500 very unhealthy. Pure functions only.
 */
import { AIR_METRICS, type AirMetric } from '../../contracts/metrics.ts';
import type { CaiGrade } from '../../contracts/air.ts';

/** Index bands: [ILO, IHI] for good, moderate, unhealthy, very unhealthy. */
export const CAI_INDEX_BANDS: ReadonlyArray<readonly [number, number]> = [[0, 50], [51, 100], [101, 250], [251, 500]];

export interface PollutantBreakpoints {
  /** Decimal places the concentration is cut to before the band lookup. */
  decimals: number;
  /** [BPLO, BPHI] per index band, in the metric's unit (ppm or µg/m³). */
  bands: ReadonlyArray<readonly [number, number]>;
}

export const CAI_BREAKPOINTS: Readonly<Record<AirMetric, PollutantBreakpoints>> = {
  so2: { decimals: 3, bands: [[0, 0.02], [0.021, 0.05], [0.051, 0.15], [0.151, 1]] },
  co: { decimals: 2, bands: [[0, 2], [2.01, 9], [9.01, 15], [15.01, 50]] },
  o3: { decimals: 3, bands: [[0, 0.03], [0.031, 0.09], [0.091, 0.15], [0.151, 0.6]] },
  no2: { decimals: 3, bands: [[0, 0.03], [0.031, 0.06], [0.061, 0.2], [0.201, 2]] },
  pm10: { decimals: 0, bands: [[0, 30], [31, 80], [81, 150], [151, 600]] },
  pm25: { decimals: 0, bands: [[0, 15], [16, 35], [36, 75], [76, 500]] },
};

export const CAI_MAX = 500;
/** Sub-indices at or above this are 'unhealthy' or worse and count toward the penalty. */
export const UNHEALTHY_FROM = 101;

/** Cuts toward zero at `decimals` places, tolerant of binary noise (0.57·100 = 56.99999…). */
const cut = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.floor(value * f + 1e-7) / f;
};

/** The sub-index of one pollutant, or null when the value is missing or not a valid concentration. */
export const subIndex = (metric: AirMetric, value: number | null | undefined): number | null => {
  if (value === null || value === undefined || !Number.isFinite(value) || value < 0) return null;
  const { decimals, bands } = CAI_BREAKPOINTS[metric];
  const c = cut(value, decimals);
  for (let i = 0; i < bands.length; i += 1) {
    const [lo, hi] = bands[i] as readonly [number, number];
    const [iLo, iHi] = CAI_INDEX_BANDS[i] as readonly [number, number];
    if (c <= hi) return Math.round(((iHi - iLo) / (hi - lo)) * (c - lo) + iLo);
  }
  return CAI_MAX;
};

export const gradeOf = (index: number): CaiGrade => {
  if (index <= 50) return 'good';
  if (index <= 100) return 'moderate';
  if (index <= 250) return 'unhealthy';
  return 'very-unhealthy';
};

/** +50 when two pollutants are unhealthy or worse, +75 for three or more. */
export const penaltyFor = (unhealthyCount: number): number => (unhealthyCount >= 3 ? 75 : unhealthyCount === 2 ? 50 : 0);

export interface CaiResult {
  cai: number | null;
  grade: CaiGrade | null;
  dominant: AirMetric | null;
  penalty: number;
  subIndices: Record<AirMetric, number | null>;
}

/** Computes the CAI from whatever pollutants are present; null when none is. */
export const computeCai = (values: Partial<Record<AirMetric, number | null>>): CaiResult => {
  const subIndices = Object.fromEntries(AIR_METRICS.map((m) => [m, subIndex(m, values[m])])) as Record<AirMetric, number | null>;
  let dominant: AirMetric | null = null;
  let top = -1;
  let unhealthy = 0;
  for (const m of AIR_METRICS) {
    const s = subIndices[m];
    if (s === null) continue;
    if (s >= UNHEALTHY_FROM) unhealthy += 1;
    if (s > top) [top, dominant] = [s, m];
  }
  if (dominant === null) return { cai: null, grade: null, dominant: null, penalty: 0, subIndices };
  const penalty = penaltyFor(unhealthy);
  const cai = Math.min(CAI_MAX, top + penalty);
  return { cai, grade: gradeOf(cai), dominant, penalty, subIndices };
};
