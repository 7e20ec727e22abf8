/**
 * @module wall/testing/budget-fixtures
 * Budget execution for the wall's tests and screenshots: every programme of the finance simulator's
 * SYNTHETIC catalogue (fixed seed), month by month from January to a given day, as the store keeps it
 * (`budget.executed` payloads). Test support only; every row is marked synthetic.
 */
import { executionRateOf, type BudgetExecution } from '../../server/contracts/budget.ts';
import { buildCatalogue, loadPlan } from '../../scripts/simulator/budget/catalogue.ts';
import { createBudgetGenerator, FIRST_YEAR } from '../../scripts/simulator/budget/generator.ts';

const pad = (n: number): string => String(n).padStart(2, '0');
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The Seoul calendar day of an instant. */
export const seoulDay = (ms: number): { year: number; month: number; day: number } => {
  const d = new Date(ms + 9 * 3_600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** Each programme's figures at the end of every month of `year` before `through`, and to `through.day` in its month. */
export function budgetRows(o: { year: number; through: { month: number; day: number }; seed?: number }): BudgetExecution[] {
  if (o.through.month < 1 || o.through.month > 12) throw new RangeError(`month 1 … 12: ${o.through.month}`);
  const generator = createBudgetGenerator({ seed: o.seed ?? 2021, catalogue: buildCatalogue(loadPlan(), FIRST_YEAR) });
  const programs = generator.programs(o.year);
  return Array.from({ length: o.through.month }, (_, i) => i + 1).flatMap((month) => {
    const days = daysIn(o.year, month);
    const day = month < o.through.month ? days : Math.min(days, Math.max(1, o.through.day));
    const key = `${o.year}-${pad(month)}`;
    return programs.map((p): BudgetExecution => {
      const e = generator.execution(p, month, day, days);
      return {
        program: p.id, name: p.name, department: p.department, account: p.account, month: key, asOf: `${key}-${pad(day)}`,
        budget: p.budget, allocated: e.allocated, executed: e.executed, executionRate: executionRateOf(e.executed, p.budget), synthetic: true,
      };
    });
  });
}
