/**
 * @module server/store/budget-summary
 * Pure: sums and curves over budget execution rows, the semantics `server/store/budget.ts` computes in SQL
 * (the in-memory port and the route use these directly).
 */
import {
  executionRateOf, type BudgetDepartmentTotals, type BudgetExecution, type BudgetProgramCurve, type BudgetTotals,
} from '../contracts/budget.ts';
import type { LocalizedText } from '../contracts/index.ts';

export const EMPTY_TOTALS: BudgetTotals = { programs: 0, budget: 0, allocated: 0, executed: 0, executionRate: 0 };

export const totalsOf = (rows: readonly Pick<BudgetExecution, 'budget' | 'allocated' | 'executed'>[]): BudgetTotals => {
  const t = rows.reduce((s, r) => ({ budget: s.budget + r.budget, allocated: s.allocated + r.allocated, executed: s.executed + r.executed }), { budget: 0, allocated: 0, executed: 0 });
  return { programs: rows.length, ...t, executionRate: executionRateOf(t.executed, t.budget) };
};

/** Adds department totals up to the city's. */
export const cityTotalsOf = (departments: readonly BudgetTotals[]): BudgetTotals => {
  const t = departments.reduce((s, d) => ({ programs: s.programs + d.programs, budget: s.budget + d.budget, allocated: s.allocated + d.allocated, executed: s.executed + d.executed }), { programs: 0, budget: 0, allocated: 0, executed: 0 });
  return { ...t, executionRate: executionRateOf(t.executed, t.budget) };
};

/** Largest budget first, then by Korean name. */
export const byBudget = (a: BudgetDepartmentTotals, b: BudgetDepartmentTotals): number => b.budget - a.budget || a.department.ko.localeCompare(b.department.ko);

export const departmentTotalsOf = (rows: readonly BudgetExecution[]): BudgetDepartmentTotals[] => {
  const groups = new Map<string, { department: LocalizedText; rows: BudgetExecution[] }>();
  for (const r of rows) {
    const g = groups.get(r.department.ko) ?? { department: r.department, rows: [] };
    g.rows.push(r);
    groups.set(r.department.ko, g);
  }
  return [...groups.values()].map((g) => ({ department: g.department, ...totalsOf(g.rows) })).sort(byBudget);
};

/** Whether a department is the one named (Korean or English name). */
export const isDepartment = (d: LocalizedText, name: string): boolean => d.ko === name || d.en === name;

/** The newest month of `year` among the rows, or null. */
export const latestMonthOf = (rows: readonly Pick<BudgetExecution, 'month'>[], year: number): string | null =>
  rows.reduce<string | null>((m, r) => (r.month.startsWith(`${year}-`) && (m === null || r.month > m) ? r.month : m), null);

/** Each programme's months of one year, in month order; the programme as of its newest month. */
export const curvesOf = (rows: readonly BudgetExecution[], year: number): BudgetProgramCurve[] => {
  const byProgram = new Map<string, BudgetExecution[]>();
  for (const r of rows) if (r.month.startsWith(`${year}-`)) byProgram.set(r.program, [...(byProgram.get(r.program) ?? []), r]);
  return [...byProgram.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, list]) => {
      const months = [...list].sort((a, b) => a.month.localeCompare(b.month));
      const last = months.at(-1) as BudgetExecution;
      return {
        program: { id, year, name: last.name, department: last.department, account: last.account, budget: last.budget, synthetic: months.some((m) => m.synthetic) },
        months: months.map((m) => ({ month: m.month, asOf: m.asOf, allocated: m.allocated, executed: m.executed, executionRate: m.executionRate })),
      };
    });
};
