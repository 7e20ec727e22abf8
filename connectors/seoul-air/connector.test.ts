import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { ConnectorRunSchema, EventBatchSchema } from '../../server/contracts/index.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { loadFixture, loadJsonFixture, runIntoRecorder } from '../_kit/testing.ts';
import { CSV_HEADER } from '../../scripts/simulator/csv.ts';
import { createAirSimulator } from '../../scripts/simulator/simulator.ts';
import { seoulAir } from './index.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

let hostSeq = 0;
/** Each test gets its own host, so interceptors of tests running at once never meet. */
const source = () => {
  const base = `http://seoul-${++hostSeq}.test:8088`;
  return { base, scope: nock(base), config: { SEOUL_OPENAPI_KEY: 'KEY', SEOUL_AIR_BASE_URL: base } };
};
const RT = '/KEY/json/RealtimeCityAir/1/1000/';
const daily = (d: string) => `/KEY/json/DailyAverageAirQuality/1/1000/${d}/`;
const now = () => Date.parse('2024-01-01T04:00:30Z');

test('realtime end to end: every station row becomes an event, batched per district', async (t) => {
  const s = source();
  s.scope.get(RT).reply(200, loadFixture(import.meta.url, 'fixtures/realtime-hourly.json'), { 'content-type': 'application/json' });
  const { publisher, run, error } = await runIntoRecorder(seoulAir, { config: s.config, now });
  t.is(error, null);
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', fetched: 46, parsed: 46, emitted: 46, dropped: 0, newestObservedAt: '2024-01-01T04:00:00.000Z' });
  t.notThrows(() => ConnectorRunSchema.parse(run));
  const subjects = publisher.batches.map((b) => b.subject);
  t.is(new Set(subjects).size, subjects.length, 'one batch per district for a page this small');
  t.true(subjects.every((x) => /^city\.air\.observed\.11\d{3}$/.test(x)));
  for (const { batch } of publisher.batches) {
    t.notThrows(() => EventBatchSchema.parse(batch));
    t.true(batch.events.every((e) => `city.air.observed.${e.district}` === publisher.batches.find((b) => b.batch === batch)!.subject));
  }
  const gangnam = publisher.events().find((e) => e.entity === 'station:111261');
  t.is(gangnam?.observedAt, '2024-01-01T04:00:00.000Z');
});

test('a page with a malformed row quarantines only that row', async (t) => {
  const s = source();
  const body = loadJsonFixture<{ RealtimeCityAir: { row: Record<string, unknown>[] } }>(import.meta.url, 'fixtures/realtime-subminute.json');
  body.RealtimeCityAir.row[3]!.MSRDT = '2024-01-01 13:00';
  body.RealtimeCityAir.row[5]!.MSRSTE_NM = '서울시청';
  s.scope.get(RT).reply(200, body);
  const { publisher, run } = await runIntoRecorder(seoulAir, { config: s.config, now });
  t.like(run, { outcome: 'partial', fetched: 46, parsed: 45, emitted: 44, dropped: 2 });
  t.is(publisher.events().length, 44);
  t.deepEqual(publisher.quarantine.map((q) => q.source), ['seoul-air', 'seoul-air']);
  t.regex(publisher.quarantine[0]!.reason, /unreadable MSRDT "2024-01-01 13:00"/);
  t.is(publisher.quarantine[1]!.reason, 'unknown station name "서울시청"');
  t.regex(Buffer.from(publisher.quarantine[1]!.raw, 'base64').toString(), /서울시청/);
});

test('INFO-200 for a backfill date is an empty, successful run', async (t) => {
  const s = source();
  s.scope.get(daily('20250101')).reply(200, loadFixture(import.meta.url, 'fixtures/daily-no-data.json'));
  const { publisher, run, error } = await runIntoRecorder(seoulAir, { config: s.config, now, params: { mode: 'daily', date: '2025-01-01' } });
  t.is(error, null);
  t.like(run, { outcome: 'ok', fetched: 0, emitted: 0 });
  t.is(publisher.batches.length, 0);
});

test('a daily backfill range requests one date after the other', async (t) => {
  const s = source();
  s.scope.get(daily('20190301')).reply(200, loadFixture(import.meta.url, 'fixtures/daily-20190301.json'));
  s.scope.get(daily('20190302')).reply(200, loadFixture(import.meta.url, 'fixtures/daily-20190302.json'));
  const { publisher, run } = await runIntoRecorder(seoulAir, { config: s.config, now, params: { mode: 'daily', from: '20190301', to: '20190302' } });
  t.true(s.scope.isDone());
  t.is(run?.outcome, 'ok');
  const days = new Set(publisher.events().map((e) => e.observedAt));
  t.deepEqual([...days].sort(), ['2019-02-28T15:00:00.000Z', '2019-03-01T15:00:00.000Z']);
  t.true(publisher.events().every((e) => e.id.endsWith(':24h')));
});

test('ERROR-500 is transient: FetchError, failed run, and a retry succeeds with the same batch ids', async (t) => {
  const s = source();
  s.scope.get(RT).reply(200, { RESULT: { CODE: 'ERROR-500', MESSAGE: '서버 오류입니다.' } });
  const first = await runIntoRecorder(seoulAir, { config: s.config, now });
  t.true(first.error instanceof FetchError);
  t.like(first.run, { outcome: 'failed', emitted: 0 });
  t.regex(first.run!.error!, /ERROR-500/);
  s.scope.get(RT).twice().reply(200, loadFixture(import.meta.url, 'fixtures/realtime-hourly.json'));
  const second = await runIntoRecorder(seoulAir, { config: s.config, now, publisher: first.publisher });
  const third = await runIntoRecorder(seoulAir, { config: s.config, now, publisher: first.publisher });
  t.is(second.run?.outcome, 'ok');
  t.is(third.run?.outcome, 'ok');
  t.is(first.publisher.duplicates.length, first.publisher.batches.length, 'the repeated run was deduplicated whole');
});

test('HTTP 503 and network failures are transient too', async (t) => {
  const s = source();
  s.scope.get(RT).reply(503, 'busy');
  t.true((await runIntoRecorder(seoulAir, { config: s.config, now })).error instanceof FetchError);
  s.scope.get(RT).replyWithError('socket hang up');
  const r = await runIntoRecorder(seoulAir, { config: s.config, now });
  t.true(r.error instanceof FetchError);
  t.false(r.run!.error!.includes('KEY'), 'the key never appears in run records');
});

test('INFO-100 (bad key) is unrecoverable', async (t) => {
  const s = source();
  s.scope.get(RT).reply(200, loadFixture(import.meta.url, 'fixtures/invalid-key.json'));
  const { error, run } = await runIntoRecorder(seoulAir, { config: s.config, now });
  t.true(error instanceof UnrecoverableSourceError);
  t.regex((error as Error).message, /INFO-100/);
  t.like(run, { outcome: 'failed' });
});

test('a missing key is unrecoverable without any request', async (t) => {
  const { error } = await runIntoRecorder(seoulAir, { config: {}, now });
  t.true(error instanceof UnrecoverableSourceError);
  t.regex((error as Error).message, /SEOUL_OPENAPI_KEY/);
});

test('HTTP 429 is a rate limit with the Retry-After delay', async (t) => {
  const s = source();
  s.scope.get(RT).reply(429, 'slow down', { 'retry-after': '7' });
  const { error, run } = await runIntoRecorder(seoulAir, { config: s.config, now });
  t.true(error instanceof RateLimitedError);
  t.is((error as RateLimitedError).retryAfterMs, 7000);
  t.is(run?.outcome, 'rate-limited');
});

test('pages of 1000 rows are followed until list_total_count (against the simulator in process)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'seoul-air-'));
  const file = join(dir, 'wide.csv');
  const lines = [CSV_HEADER.join(',')];
  for (let i = 0; i < 2100; i++) lines.push(`20200101,${i % 3 === 0 ? '중구' : `측정소${i}`},0.02,0.02,0.5,0.003,40,20`);
  writeFileSync(file, lines.join('\n'));
  const sim = await createAirSimulator({ file, speedup: 86_400, now });
  const urls: string[] = [];
  const viaSim = (async (input: string | URL | Request) => {
    urls.push(String(input));
    return sim.handler(new Request(input));
  }) as typeof fetch;
  const { run, publisher } = await runIntoRecorder(seoulAir, { config: { SEOUL_OPENAPI_KEY: 'k' }, fetch: viaSim, now });
  t.deepEqual(urls.map((u) => new URL(u).pathname), ['/k/json/RealtimeCityAir/1/1000/', '/k/json/RealtimeCityAir/1001/2000/', '/k/json/RealtimeCityAir/2001/3000/']);
  t.like(run, { fetched: 2100, parsed: 2100, emitted: 700, dropped: 1400, outcome: 'partial' });
  t.is(publisher.quarantine.length, 1400);
});
