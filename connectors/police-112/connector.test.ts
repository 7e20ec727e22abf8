import test from 'ava';
import nock from 'nock';
import { EventBatchSchema } from '../../server/contracts/index.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { loadFixture, loadJsonFixture, runIntoRecorder } from '../_kit/testing.ts';
import { police112 } from './index.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

let hostSeq = 0;
const source = () => {
  const host = `http://police-${++hostSeq}.test`;
  return { scope: nock(host), config: { POLICE_112_BASE_URL: `${host}/112` } };
};
/** 12:10:30 KST, when the fixtures were recorded: a scheduled run reads from 11:40. */
const now = () => Date.parse('2024-05-01T03:10:30Z');
const WINDOW = { from: '20240501114000', limit: '500' };
type Feed = { response: { body: { items: { item: Record<string, unknown>[] }; nextCursor: string | null } } };

test('a scheduled run: every stage change becomes one synthetic incident event', async (t) => {
  const s = source();
  s.scope.get('/112/incidents').query(WINDOW).reply(200, loadFixture(import.meta.url, 'fixtures/window.json'));
  const { publisher, run, error } = await runIntoRecorder(police112, { config: s.config, now });
  t.is(error, null);
  t.like(run, { outcome: 'ok', fetched: 75, parsed: 75, emitted: 75, dropped: 0, newestObservedAt: '2024-05-01T03:10:26.000Z' });
  for (const { subject, batch } of publisher.batches) {
    t.notThrows(() => EventBatchSchema.parse(batch));
    t.regex(subject, /^city\.incident\.(reported|dispatched|arrived)\.11\d{3}$/);
  }
  const reported = publisher.events().filter((e) => e.kind === 'incident.reported');
  t.is(reported.length, 38);
  t.true(reported.every((e) => (e.payload as { synthetic: boolean; agency: string }).synthetic && (e.payload as { agency: string }).agency === 'police'));
});

test('the cursor is followed page after page', async (t) => {
  const s = source();
  const pages = [1, 2, 3, 4, 5, 6].map((n) => loadJsonFixture<Feed>(import.meta.url, `fixtures/paged-${n}.json`));
  s.scope.get('/112/incidents').query({ from: '20240501120500', limit: '10' }).reply(200, pages[0]);
  for (let i = 1; i < pages.length; i++) s.scope.get('/112/incidents').query({ since: pages[i - 1]!.response.body.nextCursor!, limit: '10' }).reply(200, pages[i]);
  const { run, publisher } = await runIntoRecorder(police112, { config: s.config, now, params: { from: '2024-05-01T12:05:00+09:00', limit: 10 } });
  t.true(s.scope.isDone());
  t.like(run, { outcome: 'ok', fetched: 53, emitted: 53 });
  t.is(new Set(publisher.events().map((e) => e.id)).size, 53);
});

test('a repeated run publishes nothing new', async (t) => {
  const s = source();
  s.scope.get('/112/incidents').query(WINDOW).twice().reply(200, loadFixture(import.meta.url, 'fixtures/window.json'));
  const first = await runIntoRecorder(police112, { config: s.config, now });
  await runIntoRecorder(police112, { config: s.config, now, publisher: first.publisher });
  t.is(first.publisher.duplicates.length, first.publisher.batches.length);
});

test('bad rows are quarantined with their reason, the others flow', async (t) => {
  const s = source();
  const body = loadJsonFixture<Feed>(import.meta.url, 'fixtures/window.json');
  body.response.body.items.item[0]!.관할경찰서 = '분당경찰서';
  body.response.body.items.item[1]!.대응코드 = '긴급';
  s.scope.get('/112/incidents').query(WINDOW).reply(200, body);
  const { publisher, run } = await runIntoRecorder(police112, { config: s.config, now });
  t.like(run, { outcome: 'partial', fetched: 75, parsed: 74, emitted: 73, dropped: 2 });
  const reasons = publisher.quarantine.map((q) => q.reason).join('\n');
  t.regex(reasons, /대응코드: unknown response code/);
  t.regex(reasons, /unknown police station "분당경찰서"/);
  t.is(publisher.quarantine.length, 2);
});

test('empty, transient, unrecoverable and rate-limited answers', async (t) => {
  const s = source();
  s.scope.get('/112/incidents').query(WINDOW).reply(200, { response: { header: { resultCode: '03', resultMsg: 'NODATA_ERROR' } } });
  t.like((await runIntoRecorder(police112, { config: s.config, now })).run, { outcome: 'ok', emitted: 0 });
  s.scope.get('/112/incidents').query(WINDOW).reply(502, 'bad gateway');
  t.true((await runIntoRecorder(police112, { config: s.config, now })).error instanceof FetchError);
  s.scope.get('/112/incidents').query(WINDOW).reply(403, 'forbidden');
  t.true((await runIntoRecorder(police112, { config: s.config, now })).error instanceof UnrecoverableSourceError);
  const none = await runIntoRecorder(police112, { config: {}, now });
  t.regex((none.error as Error).message, /POLICE_112_BASE_URL is not set/);
  s.scope.get('/112/incidents').query(WINDOW).reply(429, '', { 'retry-after': '3' });
  const limited = await runIntoRecorder(police112, { config: s.config, now });
  t.is((limited.error as RateLimitedError).retryAfterMs, 3000);
});
