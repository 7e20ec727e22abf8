import test from 'ava';
import nock from 'nock';
import { EventBatchSchema } from '../../server/contracts/index.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { loadFixture, loadJsonFixture, runIntoRecorder } from '../_kit/testing.ts';
import { createErSimulator } from '../../scripts/simulator/er-beds/simulator.ts';
import { erBeds } from './index.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

let hostSeq = 0;
const source = () => {
  const host = `http://er-${++hostSeq}.test`;
  return { scope: nock(host), config: { ER_BEDS_BASE_URL: `${host}/er` } };
};
const now = () => Date.parse('2024-05-01T03:10:31Z');
const ALL = { pageNo: '1', numOfRows: '100' };

test('one run: every institution becomes one er.reported event, batched per gu', async (t) => {
  const s = source();
  s.scope.get('/er/beds').query(ALL).reply(200, loadFixture(import.meta.url, 'fixtures/beds.json'));
  const { publisher, run, error } = await runIntoRecorder(erBeds, { config: s.config, now });
  t.is(error, null);
  t.like(run, { outcome: 'ok', fetched: 30, emitted: 30, dropped: 0, newestObservedAt: '2024-05-01T03:10:30.000Z' });
  for (const { subject, batch } of publisher.batches) {
    t.notThrows(() => EventBatchSchema.parse(batch));
    t.regex(subject, /^city\.er\.reported\.11\d{3}$/);
  }
  t.is(new Set(publisher.events().map((e) => e.district)).size, 21, '21 of the 25 gu have an institution in the list');
});

test('pages are read until totalCount is covered', async (t) => {
  const s = source();
  for (const n of [1, 2, 3]) s.scope.get('/er/beds').query({ pageNo: String(n), numOfRows: '12' }).reply(200, loadFixture(import.meta.url, `fixtures/paged-${n}.json`));
  const { run, publisher } = await runIntoRecorder(erBeds, { config: s.config, now, params: { numOfRows: 12 } });
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', fetched: 30, emitted: 30 });
  t.is(new Set(publisher.events().map((e) => e.entity)).size, 30);
});

test('a repeated read of the same update publishes nothing new', async (t) => {
  const s = source();
  s.scope.get('/er/beds').query(ALL).twice().reply(200, loadFixture(import.meta.url, 'fixtures/beds.json'));
  const first = await runIntoRecorder(erBeds, { config: s.config, now });
  await runIntoRecorder(erBeds, { config: s.config, now, publisher: first.publisher });
  t.is(first.publisher.duplicates.length, first.publisher.batches.length);
});

test('bad rows are quarantined, the others flow', async (t) => {
  const s = source();
  const body = loadJsonFixture<{ response: { body: { items: { item: Record<string, unknown>[] } } } }>(import.meta.url, 'fixtures/beds.json');
  body.response.body.items.item[0]!.hpid = 'A1199999';
  body.response.body.items.item[1]!.hvec = 999;
  s.scope.get('/er/beds').query(ALL).reply(200, body);
  const { publisher, run } = await runIntoRecorder(erBeds, { config: s.config, now });
  t.like(run, { outcome: 'partial', fetched: 30, parsed: 29, emitted: 28, dropped: 2 });
  t.is(publisher.quarantine.length, 2);
});

test('empty, transient, unrecoverable and rate-limited answers', async (t) => {
  const s = source();
  s.scope.get('/er/beds').query(ALL).reply(200, { response: { header: { resultCode: '03', resultMsg: 'NODATA_ERROR' } } });
  t.like((await runIntoRecorder(erBeds, { config: s.config, now })).run, { outcome: 'ok', emitted: 0 });
  s.scope.get('/er/beds').query(ALL).reply(200, { response: { header: { resultCode: '05', resultMsg: 'SERVICETIME_OUT' } } });
  t.true((await runIntoRecorder(erBeds, { config: s.config, now })).error instanceof FetchError);
  s.scope.get('/er/beds').query(ALL).reply(404, 'gone');
  t.true((await runIntoRecorder(erBeds, { config: s.config, now })).error instanceof UnrecoverableSourceError);
  t.regex(((await runIntoRecorder(erBeds, { config: {}, now })).error as Error).message, /ER_BEDS_BASE_URL is not set/);
  s.scope.get('/er/beds').query(ALL).reply(200, { response: { header: { resultCode: '22', resultMsg: 'LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR' } } });
  t.true((await runIntoRecorder(erBeds, { config: s.config, now })).error instanceof RateLimitedError);
});

test('against the simulator in process: each update is a new set of events', async (t) => {
  const clock = { t: Date.parse('2024-05-01T03:00:00Z') };
  const sim = await createErSimulator({ now: () => clock.t });
  const viaSim = (async (input: string | URL | Request) => sim.handler(new Request(input))) as typeof fetch;
  const o = { config: { ER_BEDS_BASE_URL: 'http://sim.test/er' }, fetch: viaSim, now: () => clock.t, params: { numOfRows: 7 } };
  const a = await runIntoRecorder(erBeds, o);
  clock.t += 5_000;
  const b = await runIntoRecorder(erBeds, { ...o, publisher: a.publisher });
  t.like(a.run, { outcome: 'ok', emitted: 30 });
  t.like(b.run, { outcome: 'ok', emitted: 30 });
  t.is(a.publisher.events().length, 60);
  t.is(new Set(a.publisher.events().map((e) => e.observedAt)).size, 2);
});
