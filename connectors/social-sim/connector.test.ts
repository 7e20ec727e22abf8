import test from 'ava';
import nock from 'nock';
import { EventBatchSchema } from '../../server/contracts/index.ts';
import { MediaItemSchema, type MediaItem } from '../../server/contracts/trend.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { loadFixture, loadJsonFixture, runIntoRecorder } from '../_kit/testing.ts';
import { detectDistricts } from '../news-feed/districts.ts';
import { socialSim } from './index.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

type Page = { posts: Record<string, unknown>[]; next: { since: string; after: string } | null };
let hostSeq = 0;
const source = () => {
  const host = `http://social-${++hostSeq}.test`;
  return { scope: nock(host), config: { SOCIAL_SIM_BASE_URL: `${host}/social/` } };
};
/** One wall minute after the recorded stream started. */
const now = () => Date.parse('2024-06-01T00:01:00Z');

test('a scheduled run: every post one synthetic social item, in the gu it names', async (t) => {
  const s = source();
  s.scope.get('/social/posts').query({ limit: '500' }).reply(200, loadFixture(import.meta.url, 'fixtures/window.json'));
  const { publisher, run, error } = await runIntoRecorder(socialSim, { config: s.config, now });
  t.is(error, null);
  t.like(run, { outcome: 'ok', fetched: 288, parsed: 288, emitted: 288, dropped: 0, newestObservedAt: '2024-05-14T02:46:29.813Z' });
  for (const { subject, batch } of publisher.batches) {
    t.notThrows(() => EventBatchSchema.parse(batch));
    t.regex(subject, /^city\.media\.published\.(11\d{3}|all)$/);
  }
  const items = publisher.events().map((e) => e.payload as MediaItem);
  for (const i of items) t.notThrows(() => MediaItemSchema.parse(i));
  t.true(items.every((i) => i.kind === 'social' && i.synthetic && i.title === null && i.url === null && /^social-sim:p-\d{10}-\d{3}$/.test(i.id)));
  t.true(items.every((i) => JSON.stringify(i.districts) === JSON.stringify(detectDistricts(i.text))));
  t.true(items.some((i) => i.language === 'en') && items.some((i) => i.language === 'ko'));
});

test('the cursor is followed page after page, each post once', async (t) => {
  const s = source();
  const pages = [1, 2, 3, 4, 5, 6].map((n) => loadJsonFixture<Page>(import.meta.url, `fixtures/paged-${n}.json`));
  s.scope.get('/social/posts').query({ limit: '20', since: '2024-05-13T00:00:00+09:00' }).reply(200, pages[0]);
  for (let i = 1; i < pages.length; i++) s.scope.get('/social/posts').query({ limit: '20', ...pages[i - 1]!.next! }).reply(200, pages[i]);
  const { run, publisher } = await runIntoRecorder(socialSim, { config: s.config, now, params: { since: '2024-05-13T00:00:00+09:00', limit: 20 } });
  t.true(s.scope.isDone());
  const total = pages.reduce((n, p) => n + p.posts.length, 0);
  t.like(run, { outcome: 'ok', fetched: total, emitted: total });
  t.is(new Set(publisher.events().map((e) => e.id)).size, total);
});

test('a repeated run publishes nothing new', async (t) => {
  const s = source();
  s.scope.get('/social/posts').query({ limit: '500' }).twice().reply(200, loadFixture(import.meta.url, 'fixtures/window.json'));
  const first = await runIntoRecorder(socialSim, { config: s.config, now });
  await runIntoRecorder(socialSim, { config: s.config, now, publisher: first.publisher });
  t.is(first.publisher.duplicates.length, first.publisher.batches.length);
});

test('bad posts are quarantined with their reason, the others flow', async (t) => {
  const s = source();
  const body = loadJsonFixture<Page>(import.meta.url, 'fixtures/window.json');
  body.posts[0]!.lang = 'ja';
  body.posts[1]!.postedAt = '2024-05-13 12:00';
  body.posts[2]!.district = '41135';
  body.posts[3]!.text = '  ';
  s.scope.get('/social/posts').query({ limit: '500' }).reply(200, body);
  const { publisher, run } = await runIntoRecorder(socialSim, { config: s.config, now });
  t.like(run, { outcome: 'partial', fetched: 288, parsed: 284, emitted: 284, dropped: 4 });
  t.deepEqual(publisher.quarantine.map((q) => q.reason.split(':')[1]), [' lang', ' postedAt', ' district', ' text']);
});

test('unreadable answers, errors and configuration', async (t) => {
  const s = source();
  s.scope.get('/social/posts').query({ limit: '500' }).reply(200, '<html>maintenance</html>');
  t.like((await runIntoRecorder(socialSim, { config: s.config, now })).run, { outcome: 'failed', emitted: 0, dropped: 1 });
  s.scope.get('/social/posts').query({ limit: '500' }).reply(200, { items: [] });
  t.like((await runIntoRecorder(socialSim, { config: s.config, now })).run, { outcome: 'failed' });
  s.scope.get('/social/posts').query({ limit: '500' }).reply(200, { posts: [], next: null });
  t.like((await runIntoRecorder(socialSim, { config: s.config, now })).run, { outcome: 'ok', emitted: 0 });
  s.scope.get('/social/posts').query({ limit: '500' }).reply(503);
  t.true((await runIntoRecorder(socialSim, { config: s.config, now })).error instanceof FetchError);
  s.scope.get('/social/posts').query({ limit: '500' }).reply(400, { error: 'bad' });
  t.true((await runIntoRecorder(socialSim, { config: s.config, now })).error instanceof UnrecoverableSourceError);
  s.scope.get('/social/posts').query({ limit: '500' }).reply(429, '', { 'retry-after': '7' });
  t.is(((await runIntoRecorder(socialSim, { config: s.config, now })).error as RateLimitedError).retryAfterMs, 7000);
  t.regex(((await runIntoRecorder(socialSim, { config: {}, now })).error as Error).message, /SOCIAL_SIM_BASE_URL is not set/);
  t.true((await runIntoRecorder(socialSim, { config: s.config, now, params: { limit: 0 } })).error instanceof UnrecoverableSourceError);
});
