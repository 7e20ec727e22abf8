import test from 'ava';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from './errors.ts';
import { fakePage, makeFakeConnector } from './fake-connector.test-helper.ts';
import { RecordingPublisher } from './publisher.ts';
import { createInProcessScheduler } from './scheduler-inprocess.ts';
import { silentLogger } from './testing.ts';

const at = '2024-01-01T00:00:00.000Z';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const base = (connector: ReturnType<typeof makeFakeConnector>, extra: Record<string, unknown> = {}) => ({
  connectors: [connector], publisher: new RecordingPublisher(), log: silentLogger(), backoffMs: 5, ...extra,
});

test('runs at start, then on the interval, and stops cleanly', async (t) => {
  let calls = 0;
  const c = makeFakeConnector(() => [fakePage([{ id: `r${++calls}`, district: null, at }])]);
  const opts = base(c, { overrides: { 'fake-source': { every: 40 } } });
  const s = createInProcessScheduler(opts);
  await s.start();
  await sleep(150);
  await s.stop();
  const runs = opts.publisher.runs.length;
  t.true(runs >= 3 && runs <= 5, `runs ${runs}`);
  await sleep(100);
  t.is(opts.publisher.runs.length, runs, 'nothing runs after stop');
});

test('runs of one connector never overlap', async (t) => {
  let active = 0;
  let peak = 0;
  const c = makeFakeConnector(async () => {
    active++;
    peak = Math.max(peak, active);
    await sleep(60);
    active--;
    return [];
  });
  const s = createInProcessScheduler(base(c, { overrides: { 'fake-source': { every: 10 } } }));
  await s.start();
  const manual = await s.runOnce('fake-source');
  await sleep(200);
  await manual.finished;
  await s.stop();
  t.is(peak, 1);
});

test('a FetchError is retried with backoff up to the attempts, then the run fails', async (t) => {
  let calls = 0;
  const c = makeFakeConnector(() => {
    calls++;
    throw new FetchError('down');
  }, 3_600_000);
  const opts = base(c, { attempts: 3 });
  const s = createInProcessScheduler(opts);
  await s.start();
  const h = await s.runOnce('fake-source');
  await t.throwsAsync(h.finished, { instanceOf: FetchError });
  await s.stop();
  t.is(calls, 3, 'three tries; the start tick was skipped because the manual run was already queued');
});

test('a transient failure followed by success resolves with the ok run', async (t) => {
  let calls = 0;
  const c = makeFakeConnector(() => {
    if (++calls === 1) throw new FetchError('blip');
    return [fakePage([{ id: 'a', district: null, at }])];
  }, 3_600_000);
  const s = createInProcessScheduler(base(c));
  await s.start();
  const h = await s.runOnce('fake-source', { tag: 'manual' });
  const run = await h.finished;
  await s.stop();
  t.is(run.outcome, 'ok');
  t.true(h.jobId.startsWith('fake-source:'));
});

test('an unrecoverable error is not retried', async (t) => {
  let calls = 0;
  const c = makeFakeConnector(() => {
    calls++;
    throw new UnrecoverableSourceError('bad key');
  }, 3_600_000);
  const s = createInProcessScheduler(base(c));
  await s.start();
  await sleep(20);
  const h = await s.runOnce('fake-source');
  await t.throwsAsync(h.finished, { instanceOf: UnrecoverableSourceError });
  await s.stop();
  t.is(calls, 2);
});

test('a rate limit pauses the connector for the asked time without using up attempts', async (t) => {
  const starts: number[] = [];
  const c = makeFakeConnector(() => {
    starts.push(Date.now());
    if (starts.length <= 3) throw new RateLimitedError(40);
    return [];
  }, 3_600_000);
  const opts = base(c, { attempts: 1 });
  const s = createInProcessScheduler(opts);
  await s.start();
  const h = await s.runOnce('fake-source');
  const run = await h.finished;
  await s.stop();
  t.is(run.outcome, 'ok');
  t.true(starts[1]! - starts[0]! >= 35);
  t.deepEqual(opts.publisher.runs.map((r) => r.outcome).slice(0, 3), ['rate-limited', 'rate-limited', 'rate-limited']);
});

test('invalid params make an unrecoverable run; unknown ids and a stopped scheduler are refused', async (t) => {
  const s = createInProcessScheduler(base(makeFakeConnector(() => [], 3_600_000)));
  await t.throwsAsync(s.runOnce('fake-source'), { message: /not started/ });
  await s.start();
  await t.throwsAsync(s.runOnce('nope'), { message: /no connector/ });
  const h = await s.runOnce('fake-source', { tag: 5 });
  await t.throwsAsync(h.finished, { instanceOf: UnrecoverableSourceError });
  await s.stop();
});
