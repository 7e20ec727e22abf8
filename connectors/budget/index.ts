/**
 * @module connectors/budget
 * The budget execution connector: per programme and month, the budget, what was allocated and what was
 * spent so far, from the finance system's execution service, twice a day. The source this platform ships
 * with is SIMULATED.
 */
import { defineConnector } from '../_kit/define-connector.ts';
import { BudgetParamsSchema, fetchBudget, type BudgetParams } from './fetch.ts';
import { budgetManifest } from './manifest.ts';
import { normalizeBudget } from './normalize.ts';
import { parseBudgetPage, type BudgetRecord } from './parse.ts';

export const budget = defineConnector<BudgetRecord, BudgetParams>({
  manifest: budgetManifest,
  params: BudgetParamsSchema,
  fetch: fetchBudget,
  parse: parseBudgetPage,
  normalize: normalizeBudget,
  summarize: (records) => ({
    programs: records.length,
    budget: records.reduce((s, r) => s + r.budget, 0),
    executed: records.reduce((s, r) => s + r.executed, 0),
  }),
});

export { ACCOUNT_NAMES, type BudgetExecutionAnswer, type BudgetExecutionItem, type BudgetProgramsAnswer } from './api.ts';
export { DEFAULT_BASE_URL as DEFAULT_BUDGET_BASE_URL, type BudgetParams } from './fetch.ts';
export type { BudgetRecord } from './parse.ts';
