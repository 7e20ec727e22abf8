/**
 * @module wall/api/budget
 * The budget execution call of the administration screen, checked with zod: the city, its departments
 * and the programmes at the newest month with figures of the current fiscal year, or at one month of a
 * year (`GET /api/v1/budget`).
 */
import { BudgetOverviewSchema, type BudgetOverview } from '../../../server/contracts/index.ts';
import { getJson } from './rest.ts';

export interface BudgetMonthQuery {
  year: number;
  /** 1–12. */
  month: number;
}

export class BudgetQueryError extends Error {
  override name = 'BudgetQueryError';
}

/** The overview at the newest month with figures, or at `q`'s month. */
export function fetchBudget(base: string, q?: BudgetMonthQuery, signal?: AbortSignal): Promise<BudgetOverview> {
  if (q !== undefined && (!Number.isInteger(q.year) || !Number.isInteger(q.month) || q.month < 1 || q.month > 12)) {
    return Promise.reject(new BudgetQueryError(`a budget month is a year and a month 1–12: ${q.year}-${q.month}`));
  }
  const query = q === undefined ? '' : `?${new URLSearchParams({ year: String(q.year), month: String(q.month) })}`;
  return getJson(`${base}/api/v1/budget${query}`, BudgetOverviewSchema, signal);
}
