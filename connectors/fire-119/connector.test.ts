import test from 'ava';
import nock from 'nock';
import { ConnectorRunSchema, EventBatchSchema } from '../../server/contracts/index.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { loadFixture, loadJsonFixture, runIntoRecorder } from '../_kit/testing.ts';
import { createFireSimulator } from '../../scripts/simulator/fire-119/simulator.ts';
import { fire119 } from './index.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

let hostSeq = 0;
/** Each test gets its own host, so interceptors of tests running at once never meet. */
const source = () => {
  const host = `http://fire-${++hostSeq}.test`;
  return { scope: nock(host), config: { FIRE_119_BASE_URL: `${host}/119` } };
};
/** 12:10:30 KST, when the fixtures were recorded: a scheduled run reads from 11:40 (the simulator started at 12:00). */
const now = () => Date.parse('2024-05-01T03:10:30Z');
const WINDOW = { from: '20240501114000', limit: '500' };
const json = { 'content-type': 'application/json; charset=utf-8' };
type Feed = { response: { body: { items: { item: Record<string, unknown>[] }; nextCursor: string | null } } };

test('a scheduled run: every stage change becomes one event, batched per kind and gu', async (t) => {
  const s = source();
  s.scope.get('/119/incidents').query(WINDOW).reply(200, loadFixture(import.meta.url, 'fixtures/window.json'), json);
  const { publisher, run, error } = await runIntoRecorder(fire119, { config: s.config, now });
  t.is(error, null);
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', fetched: 36, parsed: 36, emitted: 36, dropped: 0, newestObservedAt: '2024-05-01T03:10:18.000Z' });
  t.notThrows(() => ConnectorRunSchema.parse(run));
  for (const { subject, batch } of publisher.batches) {
    t.notThrows(() => EventBatchSchema.parse(batch));
    t.regex(subject, /^city\.incident\.(reported|dispatched|arrived|resolved)\.11\d{3}$/);
    t.true(batch.events.every((e) => subject === `city.${e.kind}.${e.district}`));
  }
  const events = publisher.events();
  t.is(new Set(events.map((e) => e.id)).size, 36);
  const first = events.filter((e) => e.entity === 'incident:fire-119:20240501-120000-000000').map((e) => [e.kind, e.observedAt]);
  t.deepEqual(first, [['incident.reported', '2024-05-01T03:00:00.000Z'], ['incident.dispatched', '2024-05-01T03:01:10.000Z'], ['incident.arrived', '2024-05-01T03:08:11.000Z']]);
  t.deepEqual(new Set(events.map((e) => e.kind)), new Set(['incident.reported', 'incident.dispatched', 'incident.arrived', 'incident.resolved']));
});

test('the cursor is followed page after page; the result equals one big page', async (t) => {
  const s = source();
  const pages = [1, 2, 3].map((n) => loadJsonFixture<Feed>(import.meta.url, `fixtures/paged-${n}.json`));
  s.scope.get('/119/incidents').query({ from: '20240501120500', limit: '10' }).reply(200, pages[0]);
  for (let i = 1; i < pages.length; i++) s.scope.get('/119/incidents').query({ since: pages[i - 1]!.response.body.nextCursor!, limit: '10' }).reply(200, pages[i]);
  const paged = await runIntoRecorder(fire119, { config: s.config, now, params: { from: '2024-05-01T12:05:00+09:00', limit: 10 } });
  t.true(s.scope.isDone());
  t.like(paged.run, { outcome: 'ok', fetched: 25, emitted: 25 });
  s.scope.get('/119/incidents').query(WINDOW).reply(200, loadFixture(import.meta.url, 'fixtures/window.json'));
  const whole = await runIntoRecorder(fire119, { config: s.config, now });
  const tail = whole.publisher.events().filter((e) => e.observedAt >= '2024-05-01T03:05:00.000Z');
  t.deepEqual(paged.publisher.events().map((e) => e.id).sort(), tail.map((e) => e.id).sort());
});

test('a repeated run publishes nothing new: the same ids, the same batches', async (t) => {
  const s = source();
  s.scope.get('/119/incidents').query(WINDOW).twice().reply(200, loadFixture(import.meta.url, 'fixtures/window.json'));
  const first = await runIntoRecorder(fire119, { config: s.config, now });
  const again = await runIntoRecorder(fire119, { config: s.config, now: () => now() + 4_000, publisher: first.publisher });
  t.is(again.run?.outcome, 'ok');
  t.true(first.publisher.batches.length > 0);
  t.is(first.publisher.duplicates.length, first.publisher.batches.length);
});

test('bad rows are quarantined with their reason, the others flow', async (t) => {
  const s = source();
  const body = loadJsonFixture<Feed>(import.meta.url, 'fixtures/window.json');
  const items = body.response.body.items.item;
  items[0]!.시군구명 = '과천시';
  items[1]!.단계일시 = '2024-05-01 25:00:00';
  items[2]!.관할소방서 = '';
  s.scope.get('/119/incidents').query(WINDOW).reply(200, body);
  const { publisher, run } = await runIntoRecorder(fire119, { config: s.config, now });
  t.like(run, { outcome: 'partial', fetched: 36, parsed: 34, emitted: 33, dropped: 3 });
  t.is(publisher.quarantine.length, 3);
  const reasons = publisher.quarantine.map((q) => q.reason).join('\n');
  t.regex(reasons, /단계일시: not a KST time/);
  t.regex(reasons, /관할소방서/);
  t.regex(reasons, /unknown gu "과천시" in incident 20240501-120000-000000/);
  t.true(publisher.quarantine.every((q) => q.source === 'fire-119' && q.subject === 'ops.quarantine.fire-119'));
});

test('an empty feed (00 with no items, or 03) is a successful run with nothing published', async (t) => {
  const s = source();
  s.scope.get('/119/incidents').query(WINDOW).reply(200, { response: { header: { resultCode: '00', resultMsg: 'NORMAL SERVICE.' }, body: { items: { item: [] }, numOfRows: 0, hasMore: false, nextCursor: null } } });
  s.scope.get('/119/incidents').query(WINDOW).reply(200, { response: { header: { resultCode: '03', resultMsg: 'NODATA_ERROR' } } });
  for (let i = 0; i < 2; i++) {
    const { publisher, run, error } = await runIntoRecorder(fire119, { config: s.config, now });
    t.is(error, null);
    t.like(run, { outcome: 'ok', fetched: 0, emitted: 0 });
    t.is(publisher.batches.length, 0);
  }
});

test('transient failures (HTTP 503, network, result 99) are FetchError; a retry then succeeds', async (t) => {
  const s = source();
  s.scope.get('/119/incidents').query(WINDOW).reply(503, 'busy');
  s.scope.get('/119/incidents').query(WINDOW).replyWithError('socket hang up');
  s.scope.get('/119/incidents').query(WINDOW).reply(200, { response: { header: { resultCode: '99', resultMsg: 'UNKNOWN_ERROR' } } });
  for (const what of [/HTTP 503/, /socket hang up/, /result 99/]) {
    const r = await runIntoRecorder(fire119, { config: s.config, now });
    t.true(r.error instanceof FetchError);
    t.regex((r.error as Error).message, what);
    t.like(r.run, { outcome: 'failed', emitted: 0 });
  }
  s.scope.get('/119/incidents').query(WINDOW).reply(200, loadFixture(import.meta.url, 'fixtures/window.json'));
  t.is((await runIntoRecorder(fire119, { config: s.config, now })).run?.outcome, 'ok');
});

test('refusals are unrecoverable: HTTP 401, a key error (30), no base URL', async (t) => {
  const s = source();
  s.scope.get('/119/incidents').query(WINDOW).reply(401, 'unauthorized');
  s.scope.get('/119/incidents').query(WINDOW).reply(200, { response: { header: { resultCode: '30', resultMsg: 'SERVICE_KEY_IS_NOT_REGISTERED_ERROR' } } });
  t.true((await runIntoRecorder(fire119, { config: s.config, now })).error instanceof UnrecoverableSourceError);
  const r = await runIntoRecorder(fire119, { config: s.config, now });
  t.true(r.error instanceof UnrecoverableSourceError);
  t.regex((r.error as Error).message, /result 30/);
  const none = await runIntoRecorder(fire119, { config: {}, now });
  t.true(none.error instanceof UnrecoverableSourceError);
  t.regex((none.error as Error).message, /FIRE_119_BASE_URL is not set/);
  const bad = await runIntoRecorder(fire119, { config: s.config, now, params: { windowMinutes: -5 } });
  t.true(bad.error instanceof UnrecoverableSourceError);
});

test('rate limits pause the connector: HTTP 429 with Retry-After, result 22', async (t) => {
  const s = source();
  s.scope.get('/119/incidents').query(WINDOW).reply(429, 'slow down', { 'retry-after': '7' });
  s.scope.get('/119/incidents').query(WINDOW).reply(200, { response: { header: { resultCode: '22', resultMsg: 'LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR' } } });
  const a = await runIntoRecorder(fire119, { config: s.config, now });
  t.true(a.error instanceof RateLimitedError);
  t.is((a.error as RateLimitedError).retryAfterMs, 7000);
  t.is(a.run?.outcome, 'rate-limited');
  const b = await runIntoRecorder(fire119, { config: s.config, now });
  t.is((b.error as RateLimitedError).retryAfterMs, 60_000);
});

test('a feed that says hasMore without moving its cursor fails instead of looping', async (t) => {
  const s = source();
  const body = loadJsonFixture<Feed & { response: { body: { hasMore: boolean } } }>(import.meta.url, 'fixtures/paged-1.json');
  s.scope.get('/119/incidents').query({ from: '20240501120500', limit: '10' }).reply(200, body);
  s.scope.get('/119/incidents').query({ since: body.response.body.nextCursor!, limit: '10' }).reply(200, body);
  const r = await runIntoRecorder(fire119, { config: s.config, now, params: { from: '2024-05-01T12:05:00+09:00', limit: 10 } });
  t.true(r.error instanceof FetchError);
  t.regex((r.error as Error).message, /did not advance its cursor/);
});

test('an unreadable page is quarantined whole and the run fails', async (t) => {
  const s = source();
  s.scope.get('/119/incidents').query(WINDOW).reply(200, '<html>502 Bad Gateway</html>', { 'content-type': 'text/html' });
  const { publisher, run } = await runIntoRecorder(fire119, { config: s.config, now });
  t.like(run, { outcome: 'failed', emitted: 0 });
  t.is(publisher.quarantine.length, 1);
  t.regex(publisher.quarantine[0]!.reason, /unreadable page http:\/\/fire-\d+\.test\/119\/incidents\?from=20240501114000/);
});

test('against the simulator in process: many small pages, every stage change once', async (t) => {
  const clock = { t: Date.parse('2024-05-01T03:00:00Z') };
  const sim = await createFireSimulator({ now: () => clock.t, lifecycleSpeedup: 30 });
  clock.t = Date.parse('2024-05-01T03:40:00Z');
  const urls: string[] = [];
  const viaSim = (async (input: string | URL | Request) => {
    urls.push(String(input));
    return sim.handler(new Request(input));
  }) as typeof fetch;
  const { run, publisher } = await runIntoRecorder(fire119, { config: { FIRE_119_BASE_URL: 'http://sim.test/119' }, fetch: viaSim, now: () => clock.t, params: { limit: 25 } });
  t.is(run?.outcome, 'ok');
  t.true(urls.length > 3, `${urls.length} pages`);
  t.regex(urls[1]!, /since=\d+-\d+&limit=25$/);
  const ids = publisher.events().map((e) => e.id);
  t.is(new Set(ids).size, ids.length);
  t.is(ids.length, run!.emitted);
  const resolved = publisher.events().filter((e) => e.kind === 'incident.resolved');
  t.true(resolved.length > 0);
  t.true(resolved.every((e) => (e.payload as { casualties?: unknown }).casualties !== undefined));
});
