import test from 'ava';
import nock from 'nock';
import { BudgetExecutionSchema } from '../../server/contracts/budget.ts';
import { EventBatchSchema } from '../../server/contracts/index.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { loadJsonFixture, runIntoRecorder } from '../_kit/testing.ts';
import type { BudgetExecutionAnswer } from './api.ts';
import { budget } from './index.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

let hostSeq = 0;
const source = () => {
  const host = `http://budget-${++hostSeq}.test`;
  return { scope: nock(host), config: { BUDGET_BASE_URL: `${host}/budget` } };
};
/** Saturday 2025-11-15 12:00 KST, when the fixtures were recorded. */
const now = () => Date.parse('2025-11-15T03:00:00Z');
const month = (m: number) => loadJsonFixture<BudgetExecutionAnswer>(import.meta.url, `fixtures/execution-2025-${m}.json`);
const q = (m: number) => ({ year: '2025', month: String(m) });

test('a scheduled run reads the previous and the current month: one synthetic event per programme-month', async (t) => {
  const s = source();
  s.scope.get('/budget/execution').query(q(10)).reply(200, month(10));
  s.scope.get('/budget/execution').query(q(11)).reply(200, month(11));
  const { publisher, run, error } = await runIntoRecorder(budget, { config: s.config, now });
  t.is(error, null);
  t.true(s.scope.isDone());
  const n = month(10).목록.length + month(11).목록.length;
  t.like(run, { outcome: 'ok', fetched: n, parsed: n, emitted: n, dropped: 0, newestObservedAt: '2025-11-14T15:00:00.000Z' });
  for (const { subject, batch } of publisher.batches) {
    t.notThrows(() => EventBatchSchema.parse(batch));
    t.is(subject, 'city.budget.executed.all');
  }
  const events = publisher.events();
  t.is(new Set(events.map((e) => e.id)).size, n);
  t.true(events.every((e) => BudgetExecutionSchema.parse(e.payload).synthetic));
  const ge = events.filter((e) => e.entity === 'budget-program:bp-ge-101').map((e) => e.id);
  t.deepEqual(ge, ['budget:bp-ge-101:2025-10:2025-10-31', 'budget:bp-ge-101:2025-11:2025-11-14']);
});

test('a year reads its months up to the current one; a month not begun yields nothing', async (t) => {
  const s = source();
  const empty = month(12);
  for (let m = 1; m <= 11; m++) s.scope.get('/budget/execution').query(q(m)).reply(200, { ...empty, 집행월: `2025-${String(m).padStart(2, '0')}` });
  const { run } = await runIntoRecorder(budget, { config: s.config, now, params: { year: 2025 } });
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', emitted: 0 });
  s.scope.get('/budget/execution').query({ year: '2024', month: '12' }).reply(200, { ...empty, 회계연도: 2024, 집행월: '2024-12' });
  t.like((await runIntoRecorder(budget, { config: s.config, now, params: { year: 2024, month: 12 } })).run, { outcome: 'ok' });
  t.true(s.scope.isDone());
  t.regex(String((await runIntoRecorder(budget, { config: s.config, now, params: { month: 13 } })).error), /invalid run parameters/);
});

test('a repeated run publishes nothing new', async (t) => {
  const s = source();
  s.scope.get('/budget/execution').query(q(10)).twice().reply(200, month(10));
  s.scope.get('/budget/execution').query(q(11)).twice().reply(200, month(11));
  const first = await runIntoRecorder(budget, { config: s.config, now });
  await runIntoRecorder(budget, { config: s.config, now, publisher: first.publisher });
  t.is(first.publisher.duplicates.length, first.publisher.batches.length);
});

test('bad rows are quarantined with their reason, the others flow', async (t) => {
  const s = source();
  const body = structuredClone(month(10));
  body.목록[0]!.회계구분 = '잡회계';
  body.목록[1]!.집행액 = body.목록[1]!.세출예산현액 + 1000;
  s.scope.get('/budget/execution').query(q(10)).reply(200, body);
  s.scope.get('/budget/execution').query(q(11)).reply(200, month(12));
  const { publisher, run } = await runIntoRecorder(budget, { config: s.config, now });
  t.like(run, { outcome: 'partial', fetched: body.목록.length, parsed: body.목록.length - 2, dropped: 2 });
  const reasons = publisher.quarantine.map((q) => q.reason).join('\n');
  t.regex(reasons, /회계구분: unknown account/);
  t.regex(reasons, /집행액: above the budget/);
});

test('transient, unrecoverable and rate-limited answers; no base URL', async (t) => {
  const s = source();
  const one = { config: s.config, now, params: { year: 2025, month: 10 } };
  s.scope.get('/budget/execution').query(q(10)).reply(502, 'bad gateway');
  t.true((await runIntoRecorder(budget, one)).error instanceof FetchError);
  s.scope.get('/budget/execution').query(q(10)).reply(400, { error: 'invalid-parameter', message: 'year' });
  t.true((await runIntoRecorder(budget, one)).error instanceof UnrecoverableSourceError);
  s.scope.get('/budget/execution').query(q(10)).reply(429, '', { 'retry-after': '7' });
  t.is(((await runIntoRecorder(budget, one)).error as RateLimitedError).retryAfterMs, 7000);
  s.scope.get('/budget/execution').query(q(10)).reply(200, '<html>점검 중</html>');
  t.like((await runIntoRecorder(budget, one)).run, { emitted: 0, dropped: 1 });
  t.regex(String((await runIntoRecorder(budget, { config: {}, now })).error), /BUDGET_BASE_URL is not set/);
});
