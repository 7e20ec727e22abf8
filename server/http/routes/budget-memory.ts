/**
 * @module http/routes/budget-memory
 * A `BudgetPort` over execution rows held in memory, with the semantics of `server/store/budget.ts` (newest
 * month by default, largest budget first, departments by Korean or English name): for route tests and
 * `http/testing.ts`.
 */
import type { BudgetExecution } from '../../contracts/budget.ts';
import { curvesOf, departmentTotalsOf, isDepartment, latestMonthOf } from '../../store/budget-summary.ts';
import type { BudgetPort } from './budget.ts';

export function memoryBudgetPort(rows: readonly BudgetExecution[]): BudgetPort & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    async departments(q) {
      asked.push(q);
      const month = q.month ?? latestMonthOf(rows, q.year);
      const of = month === null ? [] : rows.filter((r) => r.month === month);
      if (month === null) return { month: null, asOf: null, synthetic: false, departments: [] };
      const asOf = of.reduce<string | null>((m, r) => (m === null || r.asOf > m ? r.asOf : m), null);
      return { month, asOf, synthetic: of.some((r) => r.synthetic), departments: departmentTotalsOf(of) };
    },
    async programs(q) {
      asked.push(q);
      return rows
        .filter((r) => r.month === q.month && (q.department === undefined || isDepartment(r.department, q.department)))
        .sort((a, b) => b.budget - a.budget || a.program.localeCompare(b.program));
    },
    async curves(q) {
      asked.push(q);
      const wanted = q.programs === undefined ? null : new Set(q.programs);
      return curvesOf(rows.filter((r) => wanted === null || wanted.has(r.program)), q.year);
    },
  };
}
