import test from 'ava';
import { ConnectorRunSchema, QuarantineRecordSchema } from '../../server/contracts/index.ts';
import { FetchError, RateLimitedError } from './errors.ts';
import { fakePage, makeFakeConnector } from './fake-connector.test-helper.ts';
import { RecordingPublisher } from './publisher.ts';
import { runIntoRecorder } from './testing.ts';

const at = '2024-01-01T04:00:00.000Z';
const now = () => Date.parse('2024-01-01T05:00:00Z');

test('publishes per-district batches and an ok run record', async (t) => {
  const c = makeFakeConnector(() => [fakePage([{ id: 'a', district: '11680', at }, { id: 'b', district: '11110', at }, { id: 'c', district: '11680', at }])]);
  const { publisher, run, error } = await runIntoRecorder(c, { now });
  t.is(error, null);
  t.deepEqual(publisher.batches.map((b) => [b.subject, b.batch.events.length]), [['city.test.observed.11680', 2], ['city.test.observed.11110', 1]]);
  t.is(publisher.batches[0]!.batch.publishedAt, now());
  t.like(run, { outcome: 'ok', fetched: 3, parsed: 3, emitted: 3, dropped: 0, newestObservedAt: at, error: null });
  t.notThrows(() => ConnectorRunSchema.parse(run));
});

test('a bad row and a normalize reject go to quarantine while the good rows flow', async (t) => {
  const c = makeFakeConnector(() => [fakePage([{ id: 'a', district: '11680', at }, { nope: 1 }, { id: 'reject-me', district: null, at }])]);
  const { publisher, run } = await runIntoRecorder(c, { now });
  t.is(publisher.events().length, 1);
  t.is(publisher.quarantine.length, 2);
  t.deepEqual(publisher.quarantine.map((q) => q.reason), ['bad row', 'rejected by normalize']);
  t.is(Buffer.from(publisher.quarantine[0]!.raw, 'base64').toString(), '{"nope":1}');
  for (const q of publisher.quarantine) t.notThrows(() => QuarantineRecordSchema.parse(q));
  t.like(run, { outcome: 'partial', fetched: 3, parsed: 2, emitted: 1, dropped: 2 });
});

test('an event that breaks the envelope schema is quarantined, not published', async (t) => {
  const c = makeFakeConnector(() => [fakePage([{ id: 'a', district: 'not-a-gu', at }, { id: 'b', district: '11680', at: 'yesterday' }, { id: 'c', district: null, at }])]);
  const { publisher, run } = await runIntoRecorder(c, { now });
  t.deepEqual(publisher.events().map((e) => e.id), ['fake:c']);
  t.is(publisher.quarantine.length, 2);
  t.regex(publisher.quarantine[0]!.reason, /envelope schema/);
  t.like(run, { outcome: 'partial', dropped: 2 });
});

test('an unreadable page is quarantined whole and the next page still flows', async (t) => {
  const c = makeFakeConnector(() => [{ body: '<html>', contentType: 'text/html', url: 'mem://bad' }, fakePage([{ id: 'a', district: null, at }])]);
  const { publisher, run } = await runIntoRecorder(c, { now });
  t.is(publisher.events().length, 1);
  t.regex(publisher.quarantine[0]!.reason, /unreadable page mem:\/\/bad/);
  t.like(run, { outcome: 'partial', emitted: 1 });
});

test('only unreadable pages make a failed run without throwing', async (t) => {
  const c = makeFakeConnector(() => [{ body: 'x', contentType: 'text/plain', url: 'mem://bad' }]);
  const { run, error } = await runIntoRecorder(c, { now });
  t.is(error, null);
  t.like(run, { outcome: 'failed', emitted: 0 });
});

test('a fetch error publishes a failed run and is rethrown', async (t) => {
  const c = makeFakeConnector(() => Promise.reject(new FetchError('connection reset')));
  const { publisher, error } = await runIntoRecorder(c, { now });
  t.true(error instanceof FetchError);
  t.is(publisher.runs.length, 1);
  t.like(publisher.runs[0], { outcome: 'failed', error: 'FetchError: connection reset' });
});

test('a rate limit publishes a rate-limited run', async (t) => {
  const c = makeFakeConnector(() => Promise.reject(new RateLimitedError(5000)));
  const { publisher, error } = await runIntoRecorder(c, { now });
  t.true(error instanceof RateLimitedError);
  t.like(publisher.runs[0], { outcome: 'rate-limited' });
});

test('a retried run produces the same batch ids, so the bus drops the repeats', async (t) => {
  const c = makeFakeConnector(() => [fakePage(Array.from({ length: 7 }, (_, i) => ({ id: `r${i}`, district: '11680', at })))]);
  const publisher = new RecordingPublisher();
  await runIntoRecorder(c, { now, publisher, maxBatch: 3 });
  await runIntoRecorder(c, { now, publisher, maxBatch: 3 });
  t.is(publisher.batches.length, 3);
  t.is(publisher.duplicates.length, 3);
});

test('invalid run parameters fail the run as unrecoverable', async (t) => {
  const c = makeFakeConnector(() => []);
  const { error, run } = await runIntoRecorder(c, { now, params: { tag: 42 } });
  t.is((error as Error).name, 'UnrecoverableSourceError');
  t.like(run, { outcome: 'failed' });
});
