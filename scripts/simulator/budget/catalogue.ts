/**
 * @module scripts/simulator/budget/catalogue
 * The SYNTHETIC programme catalogue: every programme the four-year plan links to its tasks
 * (db/reference/indicators/plan.json; run by the task's department from the plan's first year on), one
 * programme per theme of each department (departments.ts) and each department's administrative costs
 * (행정운영경비). Ids: the plan's own (`bp-ge-101`), `bp-<department>-2NN` for themes, `bp-<department>-900`.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { BudgetAccount } from '../../../server/contracts/budget.ts';
import type { LocalizedText } from '../../../server/contracts/index.ts';
import { DEPARTMENTS, PLAN_PARTS, PLAN_TASK_ACCOUNTS, departmentByKo, type Department } from './departments.ts';

export const PLAN_FILE = new URL('../../../db/reference/indicators/plan.json', import.meta.url);

export interface ProgramSpec {
  id: string;
  name: LocalizedText;
  department: LocalizedText;
  /** The code of its department in departments.ts. */
  departmentCode: string;
  account: BudgetAccount;
  /** The first fiscal year it has a budget. */
  firstYear: number;
  /** A plan programme, a department's theme, or its administrative costs (sets its relative size). */
  kind: 'plan' | 'theme' | 'admin';
  /** The plan task it serves, if any. */
  task: string | null;
}

const Localized = z.object({ ko: z.string().min(1), en: z.string().min(1) });
const PlanSchema = z.looseObject({
  years: z.tuple([z.number().int(), z.number().int()]),
  tasks: z.array(z.looseObject({ id: z.string(), name: Localized, department: Localized, budget: z.array(z.string()) })),
});
export type PlanForBudget = z.infer<typeof PlanSchema>;

export class BudgetCatalogueError extends Error {
  override readonly name = 'BudgetCatalogueError';
}

export const loadPlan = (file: URL | string = PLAN_FILE): PlanForBudget => {
  const res = PlanSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!res.success) throw new BudgetCatalogueError(`the plan file is not a plan: ${res.error.message}`, { cause: res.error });
  return res.data;
};

const named = (d: Department): LocalizedText => ({ ko: d.ko, en: d.en });

const planPrograms = (plan: PlanForBudget): ProgramSpec[] =>
  plan.tasks.flatMap((task) => {
    const d = departmentByKo(task.department.ko);
    if (!d) throw new BudgetCatalogueError(`no department ${task.department.ko} for task ${task.id}`);
    return task.budget.map((id, k): ProgramSpec => {
      const part = PLAN_PARTS[k % PLAN_PARTS.length] as (typeof PLAN_PARTS)[number];
      return {
        id,
        name: { ko: `${task.name.ko} ${part[0]}`, en: `${task.name.en}: ${part[1]}` },
        department: { ...task.department },
        departmentCode: d.code,
        account: PLAN_TASK_ACCOUNTS[task.id] ?? 'general',
        firstYear: plan.years[0],
        kind: 'plan',
        task: task.id,
      };
    });
  });

const departmentPrograms = (d: Department, firstYear: number): ProgramSpec[] => [
  ...d.themes.map(([ko, en, account], k): ProgramSpec => ({
    id: `bp-${d.code}-${201 + k}`, name: { ko, en }, department: named(d), departmentCode: d.code, account, firstYear, kind: 'theme', task: null,
  })),
  {
    id: `bp-${d.code}-900`, name: { ko: `${d.ko} 행정운영경비`, en: `Administrative costs, ${d.en}` }, department: named(d),
    departmentCode: d.code, account: 'general', firstYear, kind: 'admin', task: null,
  },
];

/** Every programme, plan programmes first; throws when an id repeats or a plan department is unknown. */
export const buildCatalogue = (plan: PlanForBudget, firstYear: number): ProgramSpec[] => {
  const all = [...planPrograms(plan), ...DEPARTMENTS.flatMap((d) => departmentPrograms(d, firstYear))];
  const seen = new Set<string>();
  for (const p of all) {
    if (seen.has(p.id)) throw new BudgetCatalogueError(`programme id ${p.id} appears twice`);
    seen.add(p.id);
  }
  return all;
};
