/**
 * @module scripts/simulator/cai
 * Pure: the Korean Comprehensive Air-quality Index (통합대기환경지수) of a set of concentrations,
 * as the real RealtimeCityAir rows carry it (IDEX_MVL, IDEX_NM, ARPLT_MAIN).
 */

type Band = [cLow: number, cHigh: number, iLow: number, iHigh: number];

const BANDS: Record<'PM10' | 'PM25' | 'O3' | 'NO2' | 'CO' | 'SO2', Band[]> = {
  PM10: [[0, 30, 0, 50], [31, 80, 51, 100], [81, 150, 101, 250], [151, 600, 251, 500]],
  PM25: [[0, 15, 0, 50], [16, 35, 51, 100], [36, 75, 101, 250], [76, 500, 251, 500]],
  O3: [[0, 0.03, 0, 50], [0.031, 0.09, 51, 100], [0.091, 0.15, 101, 250], [0.151, 0.6, 251, 500]],
  NO2: [[0, 0.03, 0, 50], [0.031, 0.06, 51, 100], [0.061, 0.2, 101, 250], [0.201, 2, 251, 500]],
  CO: [[0, 2, 0, 50], [2.01, 9, 51, 100], [9.01, 15, 101, 250], [15.01, 50, 251, 500]],
  SO2: [[0, 0.02, 0, 50], [0.021, 0.05, 51, 100], [0.051, 0.15, 101, 250], [0.151, 1, 251, 500]],
};

export type CaiPollutant = keyof typeof BANDS;

const subIndex = (p: CaiPollutant, c: number): number => {
  const bands = BANDS[p];
  const band = bands.find(([, hi]) => c <= hi) ?? (bands.at(-1) as Band);
  const [cl, ch, il, ih] = band;
  const v = ((ih - il) / (ch - cl)) * (Math.min(c, ch) - cl) + il;
  return Math.round(Math.max(il, v));
};

export const GRADE_NAMES = ['좋음', '보통', '나쁨', '매우나쁨'] as const;

export interface Cai {
  value: number;
  grade: (typeof GRADE_NAMES)[number];
  main: CaiPollutant;
}

/** Null when no pollutant has a value. */
export const computeCai = (values: Partial<Record<CaiPollutant, number | null>>): Cai | null => {
  let best: { value: number; main: CaiPollutant } | null = null;
  for (const p of Object.keys(BANDS) as CaiPollutant[]) {
    const c = values[p];
    if (c === null || c === undefined || c < 0) continue;
    const value = subIndex(p, c);
    if (!best || value > best.value) best = { value, main: p };
  }
  if (!best) return null;
  const grade = best.value <= 50 ? 0 : best.value <= 100 ? 1 : best.value <= 250 ? 2 : 3;
  return { ...best, grade: GRADE_NAMES[grade] as Cai['grade'] };
};
