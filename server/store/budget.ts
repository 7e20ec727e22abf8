/**
 * @module server/store/budget
 * Budget execution: one row per programme and month (`budget_execution`) and per programme and year
 * (`budget_programs`, its name and budget). A month's row is replaced only by figures as of the same day or
 * later, so redeliveries and re-reads are harmless. Reads: the departments' totals of a month (default the
 * newest month of the year), the programmes of a month, and programmes' monthly curves over a year.
 * Everything here is published data.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { budgetExecution, budgetPrograms } from '../../db/schema/budget.ts';
import {
  BUDGET_EVENT_KIND, BudgetExecutionSchema, type BudgetDepartmentTotals, type BudgetExecution, type BudgetProgramCurve,
} from '../contracts/budget.ts';
import type { EventEnvelope, LocalizedText } from '../contracts/index.ts';
import { curvesOf } from './budget-summary.ts';
import { excludedColumns } from './excluded.ts';

const newestPerKey = (rows: readonly BudgetExecution[]): BudgetExecution[] => {
  const newest = new Map<string, BudgetExecution>();
  for (const raw of rows) {
    const r = BudgetExecutionSchema.parse(raw);
    const key = `${r.program}|${r.month}`;
    const prev = newest.get(key);
    if (prev === undefined || prev.asOf <= r.asOf) newest.set(key, r);
  }
  return [...newest.values()];
};

/** Inserts or updates programme-months (and their programme-years); older figures never replace newer ones. */
export const upsertBudgetExecution = async (db: Database, rows: readonly BudgetExecution[]): Promise<number> => {
  const list = newestPerKey(rows);
  if (list.length === 0) return 0;
  const years = new Map(list.map((r) => [`${r.program}|${r.month.slice(0, 4)}`, r]));
  await db.orm
    .insert(budgetPrograms)
    .values([...years.values()].map((r) => ({ id: r.program, year: Number(r.month.slice(0, 4)), name: r.name, department: r.department, account: r.account, budget: r.budget, synthetic: r.synthetic })))
    .onConflictDoUpdate({ target: [budgetPrograms.id, budgetPrograms.year], set: excludedColumns(budgetPrograms, ['name', 'department', 'account', 'budget', 'synthetic']) });
  await db.orm
    .insert(budgetExecution)
    .values(list.map((r) => ({ ...r, rate: r.executionRate })))
    .onConflictDoUpdate({
      target: [budgetExecution.program, budgetExecution.month],
      set: excludedColumns(budgetExecution, ['asOf', 'department', 'account', 'budget', 'allocated', 'executed', 'rate', 'synthetic']),
      setWhere: sql`excluded.as_of >= ${budgetExecution.asOf}`,
    });
  return list.length;
};

/**
 * The consumer of `budget.executed` events: stores the valid ones; the others (and events of other kinds) are
 * left out and reported with their reason. Throws only when the database does.
 */
export const applyBudgetEvents = async (db: Database, events: readonly EventEnvelope[]): Promise<{ applied: number; invalid: string[] }> => {
  const rows: BudgetExecution[] = [];
  const invalid: string[] = [];
  for (const e of events) {
    if (e.kind !== BUDGET_EVENT_KIND) continue;
    const res = BudgetExecutionSchema.safeParse(e.payload);
    if (res.success) rows.push(res.data);
    else invalid.push(`${e.id}: ${res.error.issues[0]?.path.join('.') ?? ''} ${res.error.issues[0]?.message ?? ''}`.trim());
  }
  return { applied: await upsertBudgetExecution(db, rows), invalid };
};

interface Row {
  program: string;
  month: string;
  as_of: string;
  name: LocalizedText;
  department: LocalizedText;
  account: BudgetExecution['account'];
  budget: string | number;
  allocated: string | number;
  executed: string | number;
  rate: number;
  synthetic: boolean;
}

const SELECT = `select e.program, e.month, e.as_of::text as as_of, coalesce(p.name, jsonb_build_object('ko', e.program, 'en', e.program)) as name,
  e.department, e.account, e.budget, e.allocated, e.executed, e.rate, e.synthetic
  from budget_execution e left join budget_programs p on p.id = e.program and p.year = substr(e.month, 1, 4)::int`;

const toExecution = (r: Row): BudgetExecution => ({
  program: r.program, name: r.name, department: r.department, account: r.account, month: r.month, asOf: r.as_of,
  budget: Number(r.budget), allocated: Number(r.allocated), executed: Number(r.executed), executionRate: Number(r.rate), synthetic: r.synthetic,
});

const yearRange = (year: number): [string, string] => [`${year}-01`, `${year}-12`];

/** The newest month of `year` with figures, or null. */
export const latestBudgetMonth = async (db: Database, year: number): Promise<string | null> => {
  const [r] = await db.query<{ month: string | null }>('select max(month) as month from budget_execution where month between $1 and $2', yearRange(year));
  return r?.month ?? null;
};

export interface DepartmentExecution {
  month: string | null;
  asOf: string | null;
  synthetic: boolean;
  departments: BudgetDepartmentTotals[];
}

/** Totals per department at one month of `year` (default its newest month with figures), largest budget first. */
export const executionByDepartment = async (db: Database, q: { year: number; month?: string }): Promise<DepartmentExecution> => {
  const month = q.month ?? (await latestBudgetMonth(db, q.year));
  if (month === null || !month.startsWith(`${q.year}-`)) return { month: null, asOf: null, synthetic: false, departments: [] };
  const rows = await db.query<{ department: LocalizedText; programs: string | number; budget: number; allocated: number; executed: number; as_of: string; synthetic: boolean }>(
    `select department, count(*) as programs, sum(budget)::float8 as budget, sum(allocated)::float8 as allocated, sum(executed)::float8 as executed,
       max(as_of)::text as as_of, bool_or(synthetic) as synthetic
     from budget_execution where month = $1 group by department order by sum(budget) desc, department->>'ko'`,
    [month],
  );
  if (rows.length === 0) return { month, asOf: null, synthetic: false, departments: [] };
  const departments = rows.map((r) => ({
    department: r.department, programs: Number(r.programs), budget: r.budget, allocated: r.allocated, executed: r.executed,
    executionRate: r.budget > 0 ? Math.round((r.executed / r.budget) * 10_000) / 100 : 0,
  }));
  return { month, asOf: rows.reduce((m, r) => (r.as_of > m ? r.as_of : m), ''), synthetic: rows.some((r) => r.synthetic), departments };
};

/** The programmes of one month, optionally of one department (Korean or English name), largest budget first. */
export const executionOfMonth = async (db: Database, q: { month: string; department?: string }): Promise<BudgetExecution[]> => {
  const params: unknown[] = [q.month];
  let where = 'e.month = $1';
  if (q.department !== undefined) {
    params.push(q.department);
    where += ` and (e.department->>'ko' = $2 or e.department->>'en' = $2)`;
  }
  return (await db.query<Row>(`${SELECT} where ${where} order by e.budget desc, e.program`, params)).map(toExecution);
};

/** Programmes' months of one year (all programmes, or those named), each in month order. */
export const executionByProgram = async (db: Database, q: { year: number; programs?: readonly string[] }): Promise<BudgetProgramCurve[]> => {
  const params: unknown[] = yearRange(q.year);
  let where = 'e.month between $1 and $2';
  if (q.programs !== undefined) {
    if (q.programs.length === 0) return [];
    params.push([...q.programs]);
    where += ' and e.program = any($3::text[])';
  }
  return curvesOf((await db.query<Row>(`${SELECT} where ${where} order by e.program, e.month`, params)).map(toExecution), q.year);
};
