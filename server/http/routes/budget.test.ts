import test from 'ava';
import { OpenAPIHono } from '@hono/zod-openapi';
import { BudgetOverviewSchema, BudgetProgramCurveSchema, executionRateOf, type BudgetExecution } from '../../contracts/budget.ts';
import { invalidRequest, ProblemError } from '../problem.ts';
import { memoryBudgetPort } from './budget-memory.ts';
import { fiscalYearOf, registerBudgetRoutes } from './budget.ts';

const j = (r: Response): Promise<any> => r.json();
const JOBS = { ko: '일자리정책과', en: 'Job Policy Division' };
const WOMEN = { ko: '여성정책담당관', en: "Women's Policy Division" };
const row = (program: string, department: typeof JOBS, budget: number, month: string, executed: number, synthetic = true): BudgetExecution => ({
  program, name: { ko: `사업 ${program}`, en: `Programme ${program}` }, department, account: 'general', month, asOf: `${month}-${month.endsWith('-02') ? 28 : 30}`,
  budget, allocated: Math.max(executed, budget / 2), executed, executionRate: executionRateOf(executed, budget), synthetic,
});
const ROWS = [
  row('bp-je-101', JOBS, 100e9, '2025-05', 30e9), row('bp-je-101', JOBS, 100e9, '2025-06', 42e9),
  row('bp-je-102', JOBS, 40e9, '2025-05', 10e9), row('bp-je-102', JOBS, 40e9, '2025-06', 12e9),
  row('bp-ge-101', WOMEN, 8e9, '2025-05', 2e9), row('bp-ge-101', WOMEN, 8e9, '2025-06', 5e9),
  row('bp-ge-101', WOMEN, 7e9, '2024-06', 3e9, false),
];
/** 2025-07-01 08:00 KST (still 30 June in UTC). */
const NOW = Date.parse('2025-06-30T23:00:00Z');

/** The routes on a bare app with the platform's validation and problem handling (access is the policy layer's, tested in the access matrix). */
function setup(rows = ROWS) {
  const port = memoryBudgetPort(rows);
  const app = new OpenAPIHono({ defaultHook: (r) => { if (!r.success) throw invalidRequest(r.error.issues, r.target); } });
  registerBudgetRoutes(app, { budget: port, now: () => NOW });
  app.onError((err, c) => (err instanceof ProblemError ? c.json(err.toProblem(c.req.path), err.status) : c.json({ title: 'error' }, 500)));
  return { app, port };
}

test('the newest month of the current fiscal year: city, departments by budget, programmes', async (t) => {
  const { app } = setup();
  const res = await app.request('/api/v1/budget');
  t.is(res.status, 200);
  const body = await j(res);
  t.notThrows(() => BudgetOverviewSchema.parse(body));
  t.like(body, { year: 2025, month: '2025-06', asOf: '2025-06-30', synthetic: true });
  t.deepEqual(body.city, { programs: 3, budget: 148e9, allocated: 75e9, executed: 59e9, executionRate: 39.86 });
  t.deepEqual(body.departments.map((d: any) => [d.department.ko, d.programs, d.executionRate]), [['일자리정책과', 2, 38.57], ['여성정책담당관', 1, 62.5]]);
  t.deepEqual(body.programs.map((p: any) => p.program), ['bp-je-101', 'bp-je-102', 'bp-ge-101']);
  t.is(fiscalYearOf(NOW), 2025);
});

test('a month and a department: the city stays whole, the lists narrow', async (t) => {
  const { app, port } = setup();
  const body = await j(await app.request('/api/v1/budget?year=2025&month=5&department=Women%27s%20Policy%20Division'));
  t.like(body, { month: '2025-05', city: { programs: 3, executed: 42e9 } });
  t.deepEqual(body.departments.map((d: any) => d.department.ko), ['여성정책담당관']);
  t.deepEqual(body.programs.map((p: any) => [p.program, p.executed]), [['bp-ge-101', 2e9]]);
  t.deepEqual(port.asked.slice(-2), [{ year: 2025, month: '2025-05' }, { month: '2025-05', department: "Women's Policy Division" }]);
  const real = await j(await app.request('/api/v1/budget?year=2024'));
  t.like(real, { month: '2024-06', synthetic: false, city: { programs: 1 } });
  t.deepEqual(await j(await app.request('/api/v1/budget?year=2023')), {
    year: 2023, month: null, asOf: null, city: { programs: 0, budget: 0, allocated: 0, executed: 0, executionRate: 0 }, departments: [], programs: [], synthetic: false,
  });
});

test('one programme month by month; 404 for a programme without figures that year', async (t) => {
  const { app } = setup();
  const res = await app.request('/api/v1/budget/programs/bp-ge-101');
  t.is(res.status, 200);
  const body = await j(res);
  t.notThrows(() => BudgetProgramCurveSchema.parse(body));
  t.deepEqual(body.program, { id: 'bp-ge-101', year: 2025, name: { ko: '사업 bp-ge-101', en: 'Programme bp-ge-101' }, department: WOMEN, account: 'general', budget: 8e9, synthetic: true });
  t.deepEqual(body.months.map((m: any) => [m.month, m.executed, m.executionRate]), [['2025-05', 2e9, 25], ['2025-06', 5e9, 62.5]]);
  t.like(await j(await app.request('/api/v1/budget/programs/bp-ge-101?year=2024')), { program: { budget: 7e9, synthetic: false } });
  const missing = await app.request('/api/v1/budget/programs/bp-none-1');
  t.is(missing.status, 404);
  t.regex((await j(missing)).detail, /no budget programme bp-none-1 in 2025/);
});

test('bad parameters are 400 problems naming the parameter', async (t) => {
  const { app } = setup();
  for (const q of ['year=1999', 'year=x', 'month=13', 'month=0', 'department=']) {
    const res = await app.request(`/api/v1/budget?${q}`);
    t.is(res.status, 400, q);
  }
  t.is((await app.request('/api/v1/budget/programs/BP%20101')).status, 400);
  t.notThrows(() => app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } }));
});
