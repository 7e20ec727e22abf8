/**
 * @module scripts/simulator/budget/generator
 * Pure and seeded: each programme's budget per year and its cumulative allocation and spending per month.
 *   budget     the year's total (YEAR_TOTALS) split over the departments by weight, and within a department
 *              over its programmes by a fixed size and a small drift per year; rounded to 1,000 won
 *   executed   budget × f × S(t)^γ: S the city's usual year (slow first quarter, a June push, a December
 *              spike; MONTH_WEIGHTS), f the share spent by 31 December (86–98 %, the rest carried over or
 *              lapsed), γ near 1; about one programme in eight a year lags (f 45–75 %, γ 1.5–2.2);
 *              within a running month, linear in the days elapsed
 *   allocated  배정 by quarter (35 %, 65 %, 85 %, 100 % of the budget), never below what was spent
 * The same seed gives the same figures; a figure never changes once its month is closed.
 */
import { prng } from '../../../db/reference/prng.ts';
import type { ProgramSpec } from './catalogue.ts';
import { DEPARTMENTS } from './departments.ts';

/** The city's budget (general and special accounts and funds) per fiscal year, KRW; later years grow 2 %. */
export const YEAR_TOTALS: Readonly<Record<number, number>> = {
  2021: 34.6e12, 2022: 37.2e12, 2023: 40.1e12, 2024: 42.3e12, 2025: 44.1e12, 2026: 45.0e12,
};
export const FIRST_YEAR = 2021;

/** Share of a year's spending per month (percent; they add up to 100). */
export const MONTH_WEIGHTS = [3, 5, 7, 7, 7.5, 9, 7, 7, 8, 8, 8.5, 23] as const;
/** Cumulative allocation at each quarter. */
export const QUARTER_ALLOCATION = [0.35, 0.65, 0.85, 1] as const;
export const LAG_PROBABILITY = 0.12;

export const yearTotal = (year: number): number => {
  const known = YEAR_TOTALS[year];
  if (known !== undefined) return known;
  if (year < FIRST_YEAR) throw new RangeError(`no budget before ${FIRST_YEAR}: ${year}`);
  return Math.round(yearTotal(year - 1) * 1.02);
};

/** FNV-1a of a string, for per-key seeds. */
const hash = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};
const rngOf = (seed: number, key: string): (() => number) => prng(hash(`${seed}:${key}`));
const normal = (r: () => number): number => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

const roundKrw = (v: number): number => Math.round(v / 1000) * 1000;

/** S(m): the usual cumulative share of a year's spending at the end of month m (0..12). */
const CUMULATIVE = MONTH_WEIGHTS.reduce<number[]>((acc, w) => [...acc, (acc.at(-1) ?? 0) + w * 2], [0]).map((halves) => halves / 200);
export const usualShare = (month: number, dayFraction = 1): number => {
  const before = CUMULATIVE[month - 1] ?? 0;
  const end = CUMULATIVE[month] ?? 1;
  return Math.min(1, before + (end - before) * dayFraction);
};

export interface ProgramYear extends ProgramSpec {
  year: number;
  budget: number;
}

export interface Execution {
  allocated: number;
  executed: number;
}

export interface BudgetGenerator {
  /** The programmes with a budget in `year`, in catalogue order. */
  programs(year: number): ProgramYear[];
  /** Cumulative figures of a programme at day `day` of `month` (1..12) of its year; `days` the days of that month. */
  execution(p: ProgramYear, month: number, day: number, days: number): Execution;
  /** Whether the programme lags this year. */
  lags(p: ProgramYear): boolean;
}

interface Curve {
  final: number;
  gamma: number;
  lagging: boolean;
}

const SIZE_BY_KIND: Readonly<Record<ProgramSpec['kind'], number>> = { theme: 1, plan: 0.45, admin: 0.25 };

export const createBudgetGenerator = (o: { seed: number; catalogue: readonly ProgramSpec[] }): BudgetGenerator => {
  const weightTotal = DEPARTMENTS.reduce((s, d) => s + d.weight, 0);
  const departmentShare = new Map(DEPARTMENTS.map((d) => [d.code, d.weight / weightTotal]));
  const size = new Map(o.catalogue.map((p) => [p.id, SIZE_BY_KIND[p.kind] * Math.exp(0.6 * normal(rngOf(o.seed, `size:${p.id}`)))]));
  const years = new Map<number, ProgramYear[]>();
  const curves = new Map<string, Curve>();

  const programs = (year: number): ProgramYear[] => {
    const cached = years.get(year);
    if (cached) return cached;
    const live = o.catalogue.filter((p) => p.firstYear <= year);
    const drift = new Map(live.map((p) => [p.id, (size.get(p.id) ?? 1) * Math.exp(0.08 * normal(rngOf(o.seed, `drift:${p.id}:${year}`)))]));
    const perDepartment = new Map<string, number>();
    for (const p of live) perDepartment.set(p.departmentCode, (perDepartment.get(p.departmentCode) ?? 0) + (drift.get(p.id) ?? 0));
    const total = yearTotal(year);
    const out = live.map((p) => ({
      ...p,
      year,
      budget: roundKrw((total * (departmentShare.get(p.departmentCode) ?? 0) * (drift.get(p.id) ?? 0)) / (perDepartment.get(p.departmentCode) ?? 1)),
    }));
    years.set(year, out);
    return out;
  };

  const curveOf = (p: ProgramYear): Curve => {
    const key = `${p.id}:${p.year}`;
    const known = curves.get(key);
    if (known) return known;
    const r = rngOf(o.seed, `curve:${key}`);
    const lagging = r() < LAG_PROBABILITY;
    const curve = lagging ? { final: 0.45 + 0.3 * r(), gamma: 1.5 + 0.7 * r(), lagging } : { final: 0.86 + 0.12 * r(), gamma: 0.85 + 0.35 * r(), lagging };
    curves.set(key, curve);
    return curve;
  };

  const execution = (p: ProgramYear, month: number, day: number, days: number): Execution => {
    const c = curveOf(p);
    const executed = roundKrw(p.budget * c.final * usualShare(month, day / days) ** c.gamma);
    const quarter = QUARTER_ALLOCATION[Math.floor((month - 1) / 3)] ?? 1;
    return { executed, allocated: Math.max(executed, roundKrw(p.budget * quarter)) };
  };

  return { programs, execution, lags: (p) => curveOf(p).lagging };
};
