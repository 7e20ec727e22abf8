/**
 * @module connectors/budget/normalize
 * Pure: one programme-month → one `budget.executed` event.
 *   id          `budget:<programme>:<YYYY-MM>:<asOf>`: a natural key (a closed month always reads as of its last
 *               day, so re-reading it publishes the same id; a running month gets a new id each day)
 *   entity      `budget-program:<programme>`; district null (city-wide); observedAt the end of `asOf` (KST) in UTC
 * The payload is checked against the contract; `synthetic: true` on every event (the source is simulated).
 */
import { BUDGET_EVENT_KIND, BudgetExecutionSchema, executionRateOf } from '../../server/contracts/budget.ts';
import type { EventEnvelope } from '../../server/contracts/index.ts';
import type { NormalizeContext } from '../_kit/define-connector.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { budgetManifest } from './manifest.ts';
import type { BudgetRecord } from './parse.ts';

/** The instant a day's figures are complete: the next midnight in KST. */
export const endOfKstDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00+09:00`) + 86_400_000).toISOString();

export const normalizeBudget = (r: BudgetRecord, ctx: NormalizeContext): EventEnvelope[] => {
  const res = BudgetExecutionSchema.safeParse({
    program: r.program,
    name: r.name,
    department: r.department,
    account: r.account,
    month: r.month,
    asOf: r.asOf,
    budget: r.budget,
    allocated: r.allocated,
    executed: r.executed,
    executionRate: executionRateOf(r.executed, r.budget),
    synthetic: r.synthetic || budgetManifest.synthetic,
  });
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new RecordRejectedError(`programme ${r.program} of ${r.month} does not fit the contract: ${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return [{
    v: 1,
    id: `${ctx.source}:${r.program}:${r.month}:${r.asOf}`,
    source: ctx.source,
    kind: BUDGET_EVENT_KIND,
    observedAt: endOfKstDay(r.asOf),
    entity: `budget-program:${r.program}`,
    district: null,
    payload: res.data,
  }];
};
