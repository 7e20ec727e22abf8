import test from 'ava';
import nock from 'nock';
import { readFileSync } from 'node:fs';
import { EventBatchSchema } from '../../server/contracts/index.ts';
import { MediaItemSchema, type MediaItem } from '../../server/contracts/trend.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { runIntoRecorder } from '../_kit/testing.ts';
import { newsFeed } from './index.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
/** 2024-05-01 18:10 KST. */
const now = () => Date.parse('2024-05-01T09:10:00Z');
let hostSeq = 0;
const host = () => `http://feeds-${++hostSeq}.test`;
const payloads = (p: { events(): { payload: unknown }[] }): MediaItem[] => p.events().map((e) => e.payload as MediaItem);

test('four feeds of three formats and two encodings: every good item once, in its gu', async (t) => {
  const h = host();
  const scope = nock(h)
    .get('/seoul/press.xml').reply(200, fixture('seoul-press-rss2.xml'), { 'content-type': 'application/rss+xml; charset=utf-8' })
    .get('/en/atom.xml').reply(200, fixture('english-atom.xml'), { 'content-type': 'application/atom+xml' })
    .get('/mapo/rss.rdf').reply(200, fixture('rdf-feed.xml'), { 'content-type': 'application/rdf+xml' })
    .get('/nowon/rss.asp').reply(200, fixture('euc-kr-rss.xml'), { 'content-type': 'text/xml' });
  const config = { NEWS_FEED_URLS: `${h}/seoul/press.xml, ${h}/en/atom.xml,${h}/mapo/rss.rdf , ${h}/nowon/rss.asp` };
  const { publisher, run, error } = await runIntoRecorder(newsFeed, { config, now });
  t.is(error, null);
  t.true(scope.isDone());
  t.like(run, { outcome: 'partial', fetched: 21, parsed: 19, emitted: 19, dropped: 2 });
  for (const { subject, batch } of publisher.batches) {
    t.notThrows(() => EventBatchSchema.parse(batch));
    t.regex(subject, /^city\.media\.published\.(11\d{3}|all)$/);
  }
  const items = payloads(publisher);
  for (const i of items) t.notThrows(() => MediaItemSchema.parse(i));
  t.true(items.every((i) => i.synthetic && i.kind === 'news'));
  t.deepEqual(items.filter((i) => i.language === 'en').length, 4);
  const byTitle = new Map(items.map((i) => [i.title, i]));
  t.deepEqual(byTitle.get('마포구 상암동 일대 불법 주정차 집중 단속 ‧ 견인 확대')?.districts, ['11440']);
  t.deepEqual(byTitle.get('Seoul to repair 3,000 potholes after the spring thaw')?.districts, ['11440']);
  t.deepEqual(byTitle.get('Late-night bus routes expanded to Nowon and Dobong')?.districts, ['11350', '11320']);
  t.deepEqual(byTitle.get('중계동 학원가 불법 주정차 단속 강화')?.districts, ['11350']);
  t.deepEqual(byTitle.get('한강 봄꽃 축제, 여의동 일대서 3일 개막')?.districts, ['11560']);
  t.deepEqual(publisher.quarantine.map((q) => q.reason.replace(/ in http\S+:/, ':')), ['bad rss entry: date: not a date ("내일 오전")', 'bad rss entry: title: neither a title nor a description']);
  t.is(run?.newestObservedAt, '2024-05-01T17:10:00.000Z');
});

test('a repeated run publishes nothing new', async (t) => {
  const h = host();
  nock(h).get('/rss').twice().reply(200, fixture('rdf-feed.xml'));
  const config = { NEWS_FEED_URLS: `${h}/rss` };
  const first = await runIntoRecorder(newsFeed, { config, now });
  t.is(first.run?.emitted, 3);
  await runIntoRecorder(newsFeed, { config, now, publisher: first.publisher });
  t.is(first.publisher.duplicates.length, first.publisher.batches.length);
  t.is(new Set(first.publisher.events().map((e) => e.id)).size, 3);
});

test('one feed failing does not stop the others: it is quarantined with its error', async (t) => {
  const h = host();
  nock(h).get('/good').reply(200, fixture('rdf-feed.xml')).get('/gone').reply(404, 'not found').get('/broken').reply(200, fixture('broken.xml')).get('/down').reply(503, '');
  const { publisher, run, error } = await runIntoRecorder(newsFeed, { config: { NEWS_FEED_URLS: `${h}/good,${h}/gone,${h}/broken,${h}/down` }, now });
  t.is(error, null);
  t.like(run, { outcome: 'partial', emitted: 3, dropped: 3 });
  const reasons = publisher.quarantine.map((q) => q.reason);
  t.deepEqual(reasons.length, 3);
  t.regex(reasons[0]!, /unreadable page .*\/gone: the feed could not be fetched: UnrecoverableSourceError: HTTP 404/);
  t.regex(reasons[1]!, /unreadable page .*\/broken: not well-formed XML/);
  t.regex(reasons[2]!, /unreadable page .*\/down: the feed could not be fetched: FetchError: HTTP 503/);
});

test('a feed larger than 5 MiB is refused, the others flow', async (t) => {
  const h = host();
  nock(h).get('/huge').reply(200, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20)).get('/good').reply(200, fixture('rdf-feed.xml'));
  const { publisher, run } = await runIntoRecorder(newsFeed, { config: { NEWS_FEED_URLS: `${h}/huge,${h}/good` }, now });
  t.like(run, { outcome: 'partial', emitted: 3, dropped: 1 });
  t.regex(publisher.quarantine[0]!.reason, /sent 5242881 bytes; a feed may have at most 5242880/);
});

test('every feed failing: the run fails with the gentlest retry', async (t) => {
  const h = host();
  nock(h).get('/a').reply(404).get('/b').reply(502);
  const transient = await runIntoRecorder(newsFeed, { config: { NEWS_FEED_URLS: `${h}/a,${h}/b` }, now });
  t.true(transient.error instanceof FetchError);
  t.regex((transient.error as Error).message, /every feed failed: UnrecoverableSourceError: HTTP 404 .*; FetchError: HTTP 502/);
  nock(h).get('/a').reply(403).get('/b').reply(410);
  t.true((await runIntoRecorder(newsFeed, { config: { NEWS_FEED_URLS: `${h}/a,${h}/b` }, now })).error instanceof UnrecoverableSourceError);
  nock(h).get('/a').reply(429, '', { 'retry-after': '30' }).get('/b').reply(500);
  const limited = await runIntoRecorder(newsFeed, { config: { NEWS_FEED_URLS: `${h}/a,${h}/b` }, now });
  t.is((limited.error as RateLimitedError).retryAfterMs, 30_000);
  nock(h).get('/a').replyWithError('connection reset');
  t.true((await runIntoRecorder(newsFeed, { config: { NEWS_FEED_URLS: `${h}/a` }, now })).error instanceof FetchError);
});

test('an empty feed is an ok run with nothing emitted', async (t) => {
  const h = host();
  nock(h).get('/empty').reply(200, '<rss version="2.0"><channel><title>비어 있음</title></channel></rss>');
  t.like((await runIntoRecorder(newsFeed, { config: { NEWS_FEED_URLS: `${h}/empty` }, now })).run, { outcome: 'ok', emitted: 0, dropped: 0 });
});

test('configuration: unset, not http(s), too many', async (t) => {
  const none = await runIntoRecorder(newsFeed, { config: {}, now });
  t.true(none.error instanceof UnrecoverableSourceError);
  t.is((none.error as Error).message, 'NEWS_FEED_URLS is not set');
  const ftp = await runIntoRecorder(newsFeed, { config: { NEWS_FEED_URLS: 'ftp://x.example/rss' }, now });
  t.is((ftp.error as Error).message, 'NEWS_FEED_URLS: not an http(s) address: ftp://x.example/rss');
  const many = Array.from({ length: 51 }, (_, i) => `http://x.example/${i}`).join(',');
  const tooMany = (await runIntoRecorder(newsFeed, { config: { NEWS_FEED_URLS: many }, now })).error;
  t.true(tooMany instanceof UnrecoverableSourceError);
  t.is((tooMany as Error).message, 'NEWS_FEED_URLS lists 51 feeds; at most 50');
});
