/**
 * @module scripts/simulator/budget/simulator
 * The finance system simulator: SYNTHETIC budget execution (fixed seed) over HTTP, fiscal years 2021 to the
 * simulator's clock. Figures cover up to the day before the clock's day (KST), as finance systems report
 * 전일 기준: a closed month answers to its last day, the running one to yesterday, later months nothing.
 *   GET /budget/programs?year=<YYYY>             default: the clock's year
 *   GET /budget/execution?year=<YYYY>&month=<M>  default: the clock's year and the month of yesterday
 * Invalid parameters (or a year outside 2021 … the clock's year) get HTTP 400
 * `{ error: 'invalid-parameter', message }`; other paths and methods 404.
 */
import { z } from 'zod';
import { executionRateOf } from '../../../server/contracts/budget.ts';
import {
  ACCOUNT_NAMES, daysInMonth, kstDate, monthKey,
  type BudgetExecutionAnswer, type BudgetExecutionItem, type BudgetProgramItem, type BudgetProgramsAnswer,
} from '../../../connectors/budget/api.ts';
import { listen, type Listening } from '../http-adapter.ts';
import { buildCatalogue, loadPlan, type PlanForBudget } from './catalogue.ts';
import { createBudgetGenerator, FIRST_YEAR, type BudgetGenerator, type ProgramYear } from './generator.ts';

export const BUDGET_PREFIX = '/budget';
export const DEFAULT_BUDGET_SEED = 2021;
export const DEFAULT_BUDGET_PORT = 8094;

export interface BudgetSimulatorOptions {
  seed?: number;
  now?: () => number;
  /** Data time per wall time (default 1). */
  speedup?: number;
  /** Data time to start at (ISO 8601); default the wall clock at start. */
  startAt?: string;
  /** A preloaded plan (tests). */
  plan?: PlanForBudget;
}

export interface BudgetSimulator {
  handler(req: Request): Promise<Response>;
  listen(port: number, host?: string): Promise<Listening>;
  generator: BudgetGenerator;
  /** The data time now (epoch ms). */
  dataNow(): number;
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const invalid = (message: string): Response => json({ error: 'invalid-parameter', message }, 400);

const QuerySchema = z.object({
  year: z.string().regex(/^\d{4}$/, 'a year such as 2025').transform(Number).optional(),
  month: z.string().regex(/^(0?[1-9]|1[0-2])$/, 'a month 1 … 12').transform(Number).optional(),
});

const programItem = (p: ProgramYear): Omit<BudgetProgramItem, '회계연도'> => ({
  사업코드: p.id,
  세부사업명: p.name.ko,
  영문사업명: p.name.en,
  부서명: p.department.ko,
  영문부서명: p.department.en,
  회계구분: ACCOUNT_NAMES[p.account],
  세출예산현액: p.budget,
});

const parseStartAt = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) throw new RangeError(`startAt must be an ISO 8601 time: ${s}`);
  return ms;
};

export const createBudgetSimulator = (o: BudgetSimulatorOptions = {}): BudgetSimulator => {
  const now = o.now ?? Date.now;
  const speedup = o.speedup ?? 1;
  const startedAt = now();
  const dataStart = parseStartAt(o.startAt) ?? startedAt;
  const dataNow = (): number => dataStart + (now() - startedAt) * speedup;
  const generator = createBudgetGenerator({ seed: o.seed ?? DEFAULT_BUDGET_SEED, catalogue: buildCatalogue(o.plan ?? loadPlan(), FIRST_YEAR) });

  /** The last day covered: yesterday in KST. */
  const cutoff = () => kstDate(dataNow() - 86_400_000);

  const query = (params: URLSearchParams): { year: number; month: number | undefined } | { error: string } => {
    const res = QuerySchema.safeParse(Object.fromEntries(params));
    if (!res.success) return { error: res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    const today = kstDate(dataNow());
    const year = res.data.year ?? today.year;
    if (year < FIRST_YEAR || year > today.year) return { error: `year: the service holds ${FIRST_YEAR} … ${today.year}` };
    return { year, month: res.data.month };
  };

  const programs = (params: URLSearchParams): Response => {
    const q = query(params);
    if ('error' in q) return invalid(q.error);
    const list = generator.programs(q.year).map((p) => ({ ...programItem(p), 회계연도: q.year }));
    const body: BudgetProgramsAnswer = { 합성데이터: 'Y', 회계연도: q.year, 단위: '원', 건수: list.length, 목록: list };
    return json(body);
  };

  const execution = (params: URLSearchParams): Response => {
    const q = query(params);
    if ('error' in q) return invalid(q.error);
    const c = cutoff();
    const latest = !params.has('year') && !params.has('month');
    const year = latest ? c.year : q.year;
    const month = latest ? c.month : (q.month ?? (year === c.year ? c.month : 12));
    const days = daysInMonth(year, month);
    const key = monthKey(year, month);
    const last = monthKey(c.year, c.month);
    const day = key < last ? days : key === last ? c.day : 0;
    const items: BudgetExecutionItem[] =
      day === 0
        ? []
        : generator.programs(year).map((p) => {
            const e = generator.execution(p, month, day, days);
            return { ...programItem(p), 배정액: e.allocated, 집행액: e.executed, 집행률: executionRateOf(e.executed, p.budget) };
          });
    const body: BudgetExecutionAnswer = {
      합성데이터: 'Y', 회계연도: year, 집행월: key, 기준일자: day === 0 ? null : `${key}-${String(day).padStart(2, '0')}`, 단위: '원', 건수: items.length, 목록: items,
    };
    return json(body);
  };

  const routes: Readonly<Record<string, (params: URLSearchParams) => Response>> = {
    [`${BUDGET_PREFIX}/programs`]: programs,
    [`${BUDGET_PREFIX}/execution`]: execution,
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const route = routes[url.pathname.replace(/\/+$/, '')];
    if (req.method !== 'GET' || !route) return new Response('not found', { status: 404 });
    return route(url.searchParams);
  };

  return { handler, listen: (port, host = '127.0.0.1') => listen(handler, port, host), generator, dataNow };
};
