/**
 * @module wall/state/admin-budget
 * Budget execution as the wall shows it, as pure functions: the year's budget against what was spent
 * to date, city-wide and by department, against the expected pace — the share of the fiscal year
 * elapsed by the day the figures cover (the budget contract carries no monthly spending plan; its
 * allocation, 배정, is shown beside it) — with each department's status on the plan's pace thresholds
 * and the furthest behind first; the cumulative execution month by month against the allocation and
 * the pace; amounts in 조/억 원 (ko) or trillion/billion (en); and where the figures come from. The data
 * is by department and programme, not by gu, so a district head sees the city's departments too.
 */
import type { BudgetOverview, DateRange, Language, LocalizedText } from '../../../server/contracts/index.ts';
import { PACE, ready } from './admin-indicators.ts';
import type { AdminState, BudgetMonthTotals, Loadable } from './admin-state.ts';
import { numberText, wordsOf } from './i18n.ts';
import type { Provenance } from './provenance.ts';

/** The source id of budget execution in the source catalogue (connectors/budget). */
export const BUDGET_SOURCE = 'budget';

export type PaceStatus = 'on-track' | 'at-risk' | 'off-track';

export const PACE_COLORS: Readonly<Record<PaceStatus, number>> = { 'on-track': 0x22c55e, 'at-risk': 0xf5a623, 'off-track': 0xe5484d };

const WORDS = {
  budgetExecution: { ko: '예산 집행', en: 'Budget execution' },
  executionRate: { ko: '집행률', en: 'Execution rate' },
  budget: { ko: '예산현액', en: 'Budget' },
  executed: { ko: '집행액', en: 'Spent' },
  allocated: { ko: '배정액', en: 'Allocated' },
  pace: { ko: '예상 진도', en: 'Expected pace' },
  expected: { ko: '예상', en: 'expected' },
  paceNote: { ko: '연간 경과일 기준', en: 'share of the year elapsed' },
  curve: { ko: '누적 집행 (예산 대비)', en: 'Cumulative spending (share of budget)' },
  behind: { ko: '예상 진도 대비 부진 부서', en: 'Departments furthest behind pace' },
  cityDepartments: { ko: '서울시 전체 · 부서별', en: 'City-wide · by department' },
  noDistrictData: { ko: '자치구별 자료 없음', en: 'no figures by district' },
  programs: { ko: '세부사업', en: 'programmes' },
  departments: { ko: '부서', en: 'departments' },
  noFigures: { ko: '올해 집행 자료가 아직 없습니다', en: 'No figures for this year yet' },
  source: { ko: '재정시스템 예산 집행', en: 'Finance system budget execution' },
  onPace: { ko: '정상', en: 'On pace' },
  atRisk: { ko: '주의', en: 'Behind' },
  offTrack: { ko: '부진', en: 'Far behind' },
} as const satisfies Record<string, LocalizedText>;

export type BudgetWord = keyof typeof WORDS;
export const bt: (lang: Language, word: BudgetWord) => string = wordsOf(WORDS);
export const PACE_WORDS: Readonly<Record<PaceStatus, BudgetWord>> = { 'on-track': 'onPace', 'at-risk': 'atRisk', 'off-track': 'offTrack' };

const DAY_MS = 86_400_000;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number): string => String(n).padStart(2, '0');

/** The share of its fiscal (calendar) year elapsed at the end of day `YYYY-MM-DD`, 0–1. */
export function yearShare(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / DAY_MS + 1;
  return dayOfYear / (isLeap(y) ? 366 : 365);
}

/** The last day of a month `YYYY-MM`. */
export const monthEnd = (month: string): string => `${month}-${pad(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))))}`;

/** Closed months never change: their figures cover the month's last day. */
export const isClosed = (m: BudgetMonthTotals): boolean => m.asOf !== null && m.asOf === monthEnd(m.month);

/** The status of spending `rate`% when `pace`% was expected, on the plan's thresholds of pace (rate ÷ pace). */
export function paceStatus(rate: number, pace: number): PaceStatus {
  if (pace <= 0) return 'on-track';
  const ratio = rate / pace;
  return ratio >= PACE.onTrack ? 'on-track' : ratio >= PACE.offTrack ? 'at-risk' : 'off-track';
}

/** Three significant digits (2.48, 45.0, 123); `null` when the rounding reaches 1000 (the next unit up). */
function sig3(x: number): string | null {
  let d = x < 10 ? 2 : x < 100 ? 1 : 0;
  let r = Number(x.toFixed(d));
  if (d === 2 && r >= 10) d = 1;
  if (d === 1 && r >= 100) d = 0;
  r = Number(x.toFixed(d));
  return r >= 1000 ? null : r.toFixed(d);
}

function krwKo(won: number, long: boolean): string {
  const unit = long ? ' 원' : '';
  if (won >= 1e12 || Math.round(won / 1e8) >= 10_000) {
    const x = won / 1e12;
    return `${sig3(x) ?? numberText('ko', Math.round(x))}조${unit}`;
  }
  if (won >= 1e8) {
    const x = won / 1e8;
    return `${Number(x.toFixed(1)) < 10 ? x.toFixed(1) : numberText('ko', Math.round(x))}억${unit}`;
  }
  if (won >= 1e4) return Math.round(won / 1e4) >= 10_000 ? `1.0억${unit}` : `${numberText('ko', Math.round(won / 1e4))}만${unit}`;
  return `${numberText('ko', Math.round(won))}원`;
}

const EN_UNITS = [
  [1e12, 'trillion', 'tn'],
  [1e9, 'billion', 'bn'],
  [1e6, 'million', 'M'],
] as const;

function krwEn(won: number, long: boolean): string {
  const prefix = long ? 'KRW ' : '₩';
  for (let i = 0; i < EN_UNITS.length; i += 1) {
    const [size, word, short] = EN_UNITS[i]!;
    if (won < size) continue;
    const x = won / size;
    const text = sig3(x);
    if (text === null && i > 0) {
      const [up, upWord, upShort] = EN_UNITS[i - 1]!;
      return `${prefix}${sig3(won / up)} ${long ? upWord : upShort}`;
    }
    return `${prefix}${text ?? numberText('en', Math.round(x))} ${long ? word : short}`;
  }
  return `${prefix}${numberText('en', Math.round(won))}`;
}

/** Won as the wall says them: "45.0조 원", "1,234억 원" / "KRW 45.0 trillion"; short: "45.0조" / "₩45.0 tn". */
export const krwText = (lang: Language, won: number, long = true): string => (lang === 'ko' ? krwKo(won, long) : krwEn(won, long));

/** 81.234 → "81.2%". */
export const rateText = (rate: number): string => `${rate.toFixed(1)}%`;

/** Percentage points against the pace: "−12.0%p" / "−12.0 pts". */
export function gapText(lang: Language, pp: number): string {
  const v = Math.abs(pp).toFixed(1);
  const sign = v === '0.0' ? '±' : pp < 0 ? '−' : '+';
  return lang === 'ko' ? `${sign}${v}%p` : `${sign}${v} pts`;
}

/** "2026-12-06" → "2026년 12월 6일" / "6 Dec 2026". */
export function dayText(lang: Language, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (lang === 'ko') return `${y}년 ${m}월 ${d}일`;
  return `${d} ${new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${y}`;
}

export interface BudgetFigures {
  budget: number;
  allocated: number;
  executed: number;
  /** executed ÷ budget, percent. */
  rate: number;
  /** The share of the year elapsed by the figures' day, percent. */
  pace: number;
  /** rate − pace, percentage points. */
  gap: number;
  status: PaceStatus;
}

export interface DepartmentLine extends BudgetFigures {
  /** The department's Korean name: its key in the budget. */
  key: string;
  name: LocalizedText;
  programs: number;
  /** The furthest behind the pace of all (only when behind it). */
  furthest: boolean;
}

/** One month of the cumulative curve, as percent of the year's budget (null: no figures). */
export interface CurvePoint {
  month: number;
  executed: number | null;
  allocated: number | null;
  /** The share of the year elapsed at the month's end (at the figures' day in the newest month). */
  pace: number;
}

export interface BudgetView {
  year: number;
  month: string | null;
  asOf: string | null;
  synthetic: boolean;
  programs: number;
  city: BudgetFigures | null;
  /** Every department with a budget, furthest behind the pace first. */
  departments: DepartmentLine[];
  /** January to December. */
  curve: CurvePoint[];
}

const percent = (part: number, whole: number): number => (whole > 0 ? (part / whole) * 100 : 0);

function figuresOf(t: { budget: number; allocated: number; executed: number }, pace: number): BudgetFigures {
  const rate = percent(t.executed, t.budget);
  return { budget: t.budget, allocated: t.allocated, executed: t.executed, rate, pace, gap: rate - pace, status: paceStatus(rate, pace) };
}

/** The city's totals of an overview, as a month of the curve. */
export const monthTotalsOf = (o: BudgetOverview): BudgetMonthTotals => ({
  month: o.month ?? '', asOf: o.asOf, budget: o.city.budget, allocated: o.city.allocated, executed: o.city.executed,
});

/** The months of the overview's year before its newest, to ask for the curve. */
export function earlierMonths(o: BudgetOverview): Array<{ key: string; month: number }> {
  const newest = o.month === null ? 0 : Number(o.month.slice(5, 7));
  return Array.from({ length: Math.max(0, newest - 1) }, (_, i) => ({ key: `${o.year}-${pad(i + 1)}`, month: i + 1 }));
}

/** What the budget panel shows, from the newest month and the months before it; null before the first answer. */
export function budgetView(latest: BudgetOverview | null, months: ReadonlyMap<string, Loadable<BudgetMonthTotals>>): BudgetView | null {
  if (latest === null) return null;
  const asOf = latest.asOf;
  const pace = asOf === null ? 0 : yearShare(asOf) * 100;
  const city = latest.month === null || asOf === null ? null : figuresOf(latest.city, pace);
  const departments: DepartmentLine[] = city === null ? [] : latest.departments
    .filter((d) => d.budget > 0)
    .map((d) => ({ key: d.department.ko, name: d.department, programs: d.programs, furthest: false, ...figuresOf(d, pace) }))
    .sort((a, b) => a.gap - b.gap || b.budget - a.budget || a.key.localeCompare(b.key));
  const first = departments[0];
  if (first && first.gap < 0) first.furthest = true;
  const newest = latest.month === null ? 0 : Number(latest.month.slice(5, 7));
  const curve = Array.from({ length: 12 }, (_, i): CurvePoint => {
    const month = i + 1;
    const key = `${latest.year}-${pad(month)}`;
    const m: BudgetMonthTotals | null = month === newest ? monthTotalsOf(latest) : month < newest ? ready(months.get(key)) : null;
    const known = m !== null && m.asOf !== null && m.budget > 0;
    return {
      month,
      executed: known ? percent(m.executed, m.budget) : null,
      allocated: known ? percent(m.allocated, m.budget) : null,
      pace: month === newest && asOf !== null ? pace : yearShare(monthEnd(key)) * 100,
    };
  });
  return { year: latest.year, month: latest.month, asOf, synthetic: latest.synthetic, programs: latest.city.programs, city, departments, curve };
}

/**
 * The month asked for as a query: the month holding the end of the dates, when it is before the
 * newest month with figures; null for the newest (asked for nothing, for it, or for a later month).
 */
export function budgetMonthAsked(asked: DateRange | null, latest: BudgetOverview | null): { key: string; year: number; month: number } | null {
  if (asked === null || latest === null) return null;
  const key = asked.to.slice(0, 7);
  if (key >= (latest.month ?? `${latest.year}-00`)) return null;
  return { key, year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) };
}

/** The overview the budget panel shows: the month asked for, else the newest. */
export function shownBudget(s: AdminState): Loadable<BudgetOverview> | null {
  const asked = budgetMonthAsked(s.budgetPeriod, ready(s.budgetLatest));
  return asked === null ? s.budgetLatest : (s.budgetAt.get(asked.key) ?? null);
}

/** The view of the state's budget answers. */
export const budgetViewOf = (s: AdminState): BudgetView | null => budgetView(ready(shownBudget(s)), s.budgetMonths);

/** Where the figures come from: the finance system (its catalogue title when known), to the day covered; late after the source's limit. */
export function budgetProvenance(
  lang: Language,
  view: BudgetView | null,
  source: { title?: LocalizedText; staleAfterSeconds?: number; stale?: boolean; synthetic?: boolean },
  now: number,
): Provenance {
  const asOf = view?.asOf ?? null;
  // The figures cover the whole of their day (Seoul): from its end they age.
  const ageMs = asOf === null ? 0 : now - (Date.parse(`${asOf}T00:00:00+09:00`) + DAY_MS);
  return {
    sourceId: BUDGET_SOURCE,
    source: source.title?.[lang] ?? bt(lang, 'source'),
    asOf,
    stale: source.stale === true || (asOf !== null && ageMs > (source.staleAfterSeconds ?? 3 * 86_400) * 1000),
    synthetic: (view?.synthetic ?? false) || source.synthetic === true,
  };
}
