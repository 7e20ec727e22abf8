/**
 * @module http/routes/budget
 * GET /api/v1/budget — budget execution at one month of a year (default: the newest month with figures):
 *   the city's totals, each department's, and the programmes (of one department with `department`);
 * GET /api/v1/budget/programs/{id} — one programme's year, month by month (its execution curve).
 * Published data; `synthetic` says when the figures are generated rather than read from the finance system.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  BudgetOverviewSchema, BudgetProgramCodeSchema, BudgetProgramCurveSchema,
  type BudgetDepartmentTotals, type BudgetExecution, type BudgetProgramCurve,
} from '../../contracts/budget.ts';
import { cityTotalsOf, isDepartment } from '../../store/budget-summary.ts';
import { notFound, problemResponses } from '../problem.ts';

/** What the routes need: stored budget execution (`server/store/budget.ts` in the platform). */
export interface BudgetPort {
  /** Department totals at `month` of `year`, or at the year's newest month with figures. */
  departments(q: { year: number; month?: string }): Promise<{ month: string | null; asOf: string | null; synthetic: boolean; departments: BudgetDepartmentTotals[] }>;
  /** The programmes of one month (of one department, by Korean or English name), largest budget first. */
  programs(q: { month: string; department?: string }): Promise<BudgetExecution[]>;
  /** Programmes' months of one year. */
  curves(q: { year: number; programs?: readonly string[] }): Promise<BudgetProgramCurve[]>;
}

export interface BudgetRouteDeps {
  budget: BudgetPort;
  now(): number;
}

/** The fiscal year of an instant (KST). */
export const fiscalYearOf = (ms: number): number => new Date(ms + 9 * 3_600_000).getUTCFullYear();

const Year = z.coerce.number().int().min(2000).max(2100).optional().openapi({ description: 'Fiscal year (default: the current one)', example: 2025 });

const OverviewQuery = z.object({
  year: Year,
  month: z.coerce.number().int().min(1).max(12).optional().openapi({ description: 'Month 1–12 (default: the newest with figures)', example: 6 }),
  department: z.string().trim().min(1).max(120).optional().openapi({ description: 'A department, Korean or English name: its programmes only', example: '여성정책담당관' }),
});

const IdParam = z.object({
  id: z.string().max(48).refine((s) => BudgetProgramCodeSchema.safeParse(s).success, 'a budget programme id such as bp-ge-101')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'bp-ge-101' }),
});

const overviewRoute = createRoute({
  method: 'get', path: '/api/v1/budget', tags: ['budget'],
  summary: 'Budget execution of the city, by department and programme, at one month',
  request: { query: OverviewQuery },
  responses: { 200: { description: 'Totals and programmes', content: { 'application/json': { schema: BudgetOverviewSchema } } }, ...problemResponses },
});

const programRoute = createRoute({
  method: 'get', path: '/api/v1/budget/programs/{id}', tags: ['budget'],
  summary: 'One budget programme: allocation, spending and execution rate month by month',
  request: { params: IdParam, query: z.object({ year: Year }) },
  responses: { 200: { description: 'The programme and its months', content: { 'application/json': { schema: BudgetProgramCurveSchema } } }, ...problemResponses },
});

const monthKey = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

export function registerBudgetRoutes(app: OpenAPIHono, deps: BudgetRouteDeps): void {
  app.openapi(overviewRoute, async (c) => {
    const q = c.req.valid('query');
    const year = q.year ?? fiscalYearOf(deps.now());
    const at = await deps.budget.departments({ year, ...(q.month === undefined ? {} : { month: monthKey(year, q.month) }) });
    const programs = at.month === null ? [] : await deps.budget.programs({ month: at.month, ...(q.department === undefined ? {} : { department: q.department }) });
    const departments = q.department === undefined ? at.departments : at.departments.filter((d) => isDepartment(d.department, q.department ?? ''));
    return c.json({
      year, month: at.month, asOf: at.asOf, city: cityTotalsOf(at.departments), departments, programs,
      synthetic: at.synthetic || programs.some((p) => p.synthetic),
    }, 200);
  });
  app.openapi(programRoute, async (c) => {
    const { id } = c.req.valid('param');
    const year = c.req.valid('query').year ?? fiscalYearOf(deps.now());
    const [curve] = await deps.budget.curves({ year, programs: [id] });
    if (curve === undefined) throw notFound(`no budget programme ${id} in ${year}`);
    return c.json(curve, 200);
  });
}
