import test from 'ava';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from './errors.ts';
import { fakePage, makeFakeConnector } from './fake-connector.test-helper.ts';
import { RecordingPublisher } from './publisher.ts';
import { createBullScheduler, redisOptionsOf } from './scheduler-bullmq.ts';
import { silentLogger } from './testing.ts';

const connection = { host: '127.0.0.1', port: 6379 };
const at = '2024-01-01T00:00:00.000Z';
/** A schedule that never fires during a test, so only ad-hoc runs happen. */
const never = { 'fake-source': { pattern: '0 0 1 1 *', tz: 'UTC' } };

const setup = (pages: Parameters<typeof makeFakeConnector>[0], extra: Record<string, unknown> = {}) => {
  const publisher = new RecordingPublisher();
  const prefix = `scpm-test-${randomUUID()}`;
  const s = createBullScheduler({
    connection, prefix, connectors: [makeFakeConnector(pages)], publisher, log: silentLogger(), overrides: never, backoffMs: 10, ...extra,
  });
  const cleanup = async () => {
    await s.queue()?.obliterate({ force: true });
    await s.stop();
  };
  return { s, publisher, prefix, cleanup };
};

test('redis connection options from host/port or a URL', (t) => {
  t.like(redisOptionsOf('redis://:pw@10.1.2.3:6380/2'), { host: '10.1.2.3', port: 6380, password: 'pw', db: 2, maxRetriesPerRequest: null });
  t.like(redisOptionsOf({ url: 'redis://localhost' }), { host: 'localhost', port: 6379 });
  t.like(redisOptionsOf(connection), { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null });
});

test('start upserts one scheduler per connector and removes those of unregistered connectors', async (t) => {
  const { s, prefix, cleanup } = setup(() => []);
  const q = new Queue('connectors', { connection: redisOptionsOf(connection), prefix });
  await q.upsertJobScheduler('gone-source', { pattern: '0 0 1 1 *', tz: 'UTC' }, { name: 'gone-source', data: { connectorId: 'gone-source' } });
  try {
    await s.start();
    const ids = (await q.getJobSchedulers(0, -1)).map((x) => x.id ?? x.key);
    t.deepEqual(ids, ['fake-source']);
    const [sched] = await q.getJobSchedulers(0, -1);
    t.like(sched, { pattern: '0 0 1 1 *', tz: 'UTC' });
  } finally {
    await q.close();
    await cleanup();
  }
});

test('runOnce runs the connector and resolves with its run record', async (t) => {
  const { s, publisher, cleanup } = setup(() => [fakePage([{ id: 'a', district: '11680', at }])]);
  try {
    await s.start();
    const h = await s.runOnce('fake-source', { tag: 'backfill' });
    const run = await h.finished;
    t.like(run, { source: 'fake-source', outcome: 'ok', emitted: 1 });
    t.is(publisher.batches[0]?.subject, 'city.test.observed.11680');
  } finally {
    await cleanup();
  }
});

test('FetchError is retried up to the attempts; UnrecoverableSourceError is not', async (t) => {
  let calls = 0;
  const failing = setup(() => {
    calls++;
    throw new FetchError('down');
  }, { attempts: 3 });
  try {
    await failing.s.start();
    const h = await failing.s.runOnce('fake-source');
    await t.throwsAsync(h.finished, { message: /down/ });
    t.is(calls, 3);
  } finally {
    await failing.cleanup();
  }
  let hard = 0;
  const fatal = setup(() => {
    hard++;
    throw new UnrecoverableSourceError('bad key');
  }, { attempts: 3 });
  try {
    await fatal.s.start();
    const h = await fatal.s.runOnce('fake-source');
    await t.throwsAsync(h.finished, { message: /UnrecoverableSourceError: bad key/ });
    t.is(hard, 1);
  } finally {
    await fatal.cleanup();
  }
});

test('a rate limit delays the job, which then completes', async (t) => {
  const starts: number[] = [];
  const { s, publisher, cleanup } = setup(() => {
    starts.push(Date.now());
    if (starts.length === 1) throw new RateLimitedError(300);
    return [];
  }, { attempts: 1 });
  try {
    await s.start();
    const h = await s.runOnce('fake-source');
    const run = await h.finished;
    t.is(run.outcome, 'ok');
    t.is(starts.length, 2);
    t.true(starts[1]! - starts[0]! >= 250, `waited ${starts[1]! - starts[0]!} ms`);
    t.is(publisher.runs[0]?.outcome, 'rate-limited');
  } finally {
    await cleanup();
  }
});
