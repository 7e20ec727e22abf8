import test from 'ava';
import type { BudgetExecutionAnswer, BudgetProgramsAnswer } from '../../../connectors/budget/api.ts';
import { loadPlan } from './catalogue.ts';
import { createBudgetSimulator } from './simulator.ts';

const plan = loadPlan();
/** Saturday 2025-11-15 12:00 KST. */
const t0 = Date.parse('2025-11-15T03:00:00Z');
const make = (o: { speedup?: number; startAt?: string } = {}) => {
  const clock = { t: t0 };
  const sim = createBudgetSimulator({ now: () => clock.t, plan, ...o });
  const get = async <T>(path: string) => {
    const res = await sim.handler(new Request(`http://sim.test${path}`));
    return { status: res.status, body: (await res.json()) as T & { error?: string; message?: string } };
  };
  return { sim, clock, get };
};

test('programmes of a year; the default year is the clock\'s', async (t) => {
  const { get } = make();
  const { status, body } = await get<BudgetProgramsAnswer>('/budget/programs?year=2023');
  t.is(status, 200);
  t.like(body, { 합성데이터: 'Y', 회계연도: 2023, 단위: '원' });
  t.is(body.건수, body.목록.length);
  t.truthy(body.목록.find((p) => p.사업코드 === 'bp-mg-131' && p.부서명 === '시민협력과'));
  t.is((await get<BudgetProgramsAnswer>('/budget/programs')).body.회계연도, 2025);
  t.false((await get<BudgetProgramsAnswer>('/budget/programs?year=2021')).body.목록.some((p) => p.사업코드 === 'bp-ge-101'));
});

test('execution: closed months to their last day, the running one to yesterday, later ones empty', async (t) => {
  const { get, clock } = make();
  const closed = (await get<BudgetExecutionAnswer>('/budget/execution?year=2025&month=10')).body;
  t.like(closed, { 집행월: '2025-10', 기준일자: '2025-10-31' });
  const running = (await get<BudgetExecutionAnswer>('/budget/execution?year=2025&month=11')).body;
  t.like(running, { 집행월: '2025-11', 기준일자: '2025-11-14' });
  t.deepEqual((await get<BudgetExecutionAnswer>('/budget/execution')).body, running);
  t.like((await get<BudgetExecutionAnswer>('/budget/execution?year=2025&month=12')).body, { 기준일자: null, 건수: 0, 목록: [] });
  const row = running.목록.find((r) => r.사업코드 === 'bp-ge-101')!;
  t.is(row.집행률, Math.round((row.집행액 / row.세출예산현액) * 10_000) / 100);
  clock.t += 5 * 86_400_000;
  const later = (await get<BudgetExecutionAnswer>('/budget/execution?year=2025&month=11')).body;
  t.is(later.기준일자, '2025-11-19');
  t.true(later.목록.find((r) => r.사업코드 === 'bp-ge-101')!.집행액 > row.집행액);
  t.deepEqual((await get<BudgetExecutionAnswer>('/budget/execution?year=2025&month=10')).body, closed, 'a closed month never changes');
  const lastYear = (await get<BudgetExecutionAnswer>('/budget/execution?year=2024')).body;
  t.like(lastYear, { 집행월: '2024-12', 기준일자: '2024-12-31' });
});

test('the simulator clock: a start time and a speedup', async (t) => {
  const { get, clock } = make({ startAt: '2024-01-01T00:00:00+09:00', speedup: 86_400 });
  t.like((await get<BudgetExecutionAnswer>('/budget/execution')).body, { 집행월: '2023-12', 기준일자: '2023-12-31' });
  clock.t += 45_000;
  t.like((await get<BudgetExecutionAnswer>('/budget/execution')).body, { 집행월: '2024-02', 기준일자: '2024-02-14' });
});

test('bad parameters are HTTP 400 with a reason; other paths and methods 404', async (t) => {
  const { get, sim } = make();
  for (const bad of ['year=2020', 'year=2026', 'year=25', 'month=13', 'month=0', 'month=x']) {
    const { status, body } = await get<object>(`/budget/execution?${bad}`);
    t.is(status, 400, bad);
    t.is(body.error, 'invalid-parameter');
    t.true((body.message ?? '').length > 0);
  }
  t.is((await get<object>('/budget/programs?year=2019')).status, 400);
  t.is((await sim.handler(new Request('http://sim.test/budget'))).status, 404);
  t.is((await sim.handler(new Request('http://sim.test/budget/execution', { method: 'POST' }))).status, 404);
  t.is((await sim.handler(new Request('http://sim.test/budget/execution/'))).status, 200);
});
