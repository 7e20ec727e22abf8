/**
 * @module connectors/budget/api
 * Pure facts about the finance system's budget execution service (재정 집행 현황), shared by the connector
 * and its simulator. Field names are Korean, as the city's finance systems and open-data sets name them:
 *   GET {base}/programs?year=<YYYY>             the year's programmes (세부사업) with their budget
 *   GET {base}/execution?year=<YYYY>&month=<M>  per programme, cumulative allocation and spending to the
 *                                               month's end, or to 기준일자 while the month runs
 * Amounts are whole won (단위 `원`) or thousands (`천원`). The service this platform reads is SIMULATED:
 * every answer carries `합성데이터: 'Y'`.
 */
import type { BudgetAccount } from '../../server/contracts/budget.ts';

/** 회계구분 → account. */
export const ACCOUNT_NAMES: Readonly<Record<BudgetAccount, string>> = { general: '일반회계', special: '특별회계', fund: '기금' };

/** 단위 → won per unit. */
export const UNITS = { 원: 1, 천원: 1000 } as const;
export type BudgetUnit = keyof typeof UNITS;

export interface BudgetProgramItem {
  사업코드: string;
  회계연도: number;
  세부사업명: string;
  영문사업명: string;
  부서명: string;
  영문부서명: string;
  회계구분: string;
  /** The year's budget. */
  세출예산현액: number;
}

export interface BudgetExecutionItem extends Omit<BudgetProgramItem, '회계연도'> {
  /** Allocated to the department, January to 기준일자. */
  배정액: number;
  /** Spent, January to 기준일자. */
  집행액: number;
  /** 집행액 ÷ 세출예산현액 × 100, two decimals. */
  집행률: number;
}

export interface BudgetProgramsAnswer {
  합성데이터: 'Y' | 'N';
  회계연도: number;
  단위: BudgetUnit;
  건수: number;
  목록: BudgetProgramItem[];
}

export interface BudgetExecutionAnswer {
  합성데이터: 'Y' | 'N';
  회계연도: number;
  /** `YYYY-MM`. */
  집행월: string;
  /** The last day covered, `YYYY-MM-DD` (KST); null when the month has not begun in the data. */
  기준일자: string | null;
  단위: BudgetUnit;
  건수: number;
  목록: BudgetExecutionItem[];
}

/** `2025-03` for (2025, 3). */
export const monthKey = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/** Year, month and day in KST of an instant. */
export const kstDate = (ms: number): { year: number; month: number; day: number } => {
  const d = new Date(ms + 9 * 3_600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
