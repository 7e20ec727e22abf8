/**
 * @module connectors/budget/fetch
 * I/O only: one page per month asked for, `GET {base}/execution?year=<YYYY>&month=<M>`.
 *   { year, month }  that month
 *   { year }         every month of that year up to the current one (KST)
 *   { month }        that month of the current year
 *   {}               the previous and the current month (a scheduled run: the month just closed is read again
 *                    until its figures are final; the running month as of yesterday)
 * Months after the current one are not asked for. Event ids are natural keys, so re-reading is harmless.
 */
import { z } from 'zod';
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { baseUrlOf, getPage } from '../_safety/http.ts';
import { kstDate } from './api.ts';

export const BASE_URL_ENV = 'BUDGET_BASE_URL';
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8094/budget';

export const BudgetParamsSchema = z
  .object({
    year: z.number().int().min(2000).max(2100).optional(),
    month: z.number().int().min(1).max(12).optional(),
  })
  .strict();
export type BudgetParams = z.infer<typeof BudgetParamsSchema>;

/** The (year, month) pairs of a run, oldest first. */
export const monthsOf = (p: BudgetParams, now: number): Array<{ year: number; month: number }> => {
  const today = kstDate(now);
  const current = today.year * 12 + today.month - 1;
  const from = (n: number) => ({ year: Math.floor(n / 12), month: (n % 12) + 1 });
  const year = p.year;
  let wanted: number[];
  if (p.month !== undefined) wanted = [(year ?? today.year) * 12 + p.month - 1];
  else if (year !== undefined) wanted = Array.from({ length: 12 }, (_, k) => year * 12 + k);
  else wanted = [current - 1, current];
  return wanted.filter((n) => n <= current).map(from);
};

export const executionUrl = (base: string, year: number, month: number): string => `${base}/execution?year=${year}&month=${month}`;

export async function* fetchBudget(ctx: FetchContext<BudgetParams>): AsyncIterable<RawPage> {
  const base = baseUrlOf(ctx.config, BASE_URL_ENV);
  for (const { year, month } of monthsOf(ctx.params, ctx.now())) yield await getPage(ctx.fetch, executionUrl(base, year, month), ctx.now);
}
