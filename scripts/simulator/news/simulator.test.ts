import test from 'ava';
import { PLACE_NAME_LIST } from '../../../connectors/news-feed/districts.ts';
import { normalizeNewsFeed } from '../../../connectors/news-feed/normalize.ts';
import { parseNewsFeedPage } from '../../../connectors/news-feed/parse.ts';
import { MediaItemSchema, type MediaItem } from '../../../server/contracts/trend.ts';
import { wordsOfNames } from '../../../server/trends/keywords.ts';
import { trendingTerms } from '../../../server/trends/trending.ts';
import { kstDayOf } from './generator.ts';
import { createNewsSimulator, NEWS_CHANNEL_TITLE } from './simulator.ts';
import { NEWS_TOPICS } from './topics.ts';

const D = 86_400_000;
const WALL = Date.parse('2026-06-01T00:00:00Z');
/** Data time at the start: Thursday 2026-05-14 00:00 in Seoul. */
const START = '2026-05-14T00:00:00+09:00';
const make = (o: { speedup?: number; seed?: number } = {}) => {
  const clock = { t: WALL };
  const sim = createNewsSimulator({ now: () => clock.t, startAt: START, ...o });
  const get = async (path: string) => {
    const res = await sim.handler(new Request(`http://sim.test${path}`));
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  };
  return { sim, clock, get };
};

/** The news connector's own reading of a feed: parse, then normalize each record. */
const read = (xml: string, runStartedAt: number): { items: MediaItem[]; rejects: number } => {
  const url = 'http://sim.test/news/rss.xml';
  const page = parseNewsFeedPage({ body: Buffer.from(xml, 'utf8'), contentType: 'application/rss+xml; charset=utf-8', url });
  const items = page.records.flatMap((r) => normalizeNewsFeed(r, { source: 'news-feed', pageUrl: url, runStartedAt })).map((e) => e.payload as MediaItem);
  return { items, rejects: page.rejects.length };
};

test('the news connector reads the feed: every item valid, synthetic, in its language and gu, nothing past the data time', async (t) => {
  const { sim, get } = make();
  const res = await get('/news/rss.xml');
  t.is(res.status, 200);
  t.is(res.type, 'application/rss+xml; charset=utf-8');
  t.true(res.body.includes(`<title>${NEWS_CHANNEL_TITLE}</title>`) && res.body.includes('합성(synthetic) 데이터'));
  const { items, rejects } = read(res.body, Date.parse(START));
  t.is(rejects, 0);
  const generated = sim.generator.itemsBetween(Date.parse(START) - 5 * D, Date.parse(START));
  t.is(items.length, generated.length, 'ten wall minutes at 720×: five data days before the start');
  for (const i of items) t.notThrows(() => MediaItemSchema.parse(i));
  t.true(items.every((i) => i.synthetic && i.kind === 'news' && i.outlet === NEWS_CHANNEL_TITLE && i.author !== null));
  const byUrl = new Map(generated.map((g) => [g.link, g]));
  for (const i of items) {
    const g = byUrl.get(i.url as string);
    t.truthy(g, i.url ?? '');
    t.is(i.publishedAt, new Date(g!.at).toISOString());
    t.is(i.language, g!.lang);
    t.deepEqual(i.districts, g!.district === null ? [] : [g!.district]);
    t.is(i.title, g!.title);
    t.is(i.text, g!.body.replace(/(?<=[.!?])\s+(?=\S)/gu, '\n'), 'one paragraph a sentence');
  }
  t.deepEqual(items.map((i) => i.publishedAt), [...items.map((i) => i.publishedAt)].sort().reverse(), 'newest first');
});

test('the feed follows the replay clock; days and limit choose the window; ids are stable across polls', async (t) => {
  const { get, clock, sim } = make();
  const first = read((await get('/news/rss.xml')).body, WALL);
  clock.t += 60_000; // 12 data hours at 720×
  const later = read((await get('/news/rss.xml')).body, WALL);
  const dataNow = sim.generator.dataOf(clock.t);
  t.true(later.items.every((i) => Date.parse(i.publishedAt) <= dataNow));
  t.true(later.items.some((i) => Date.parse(i.publishedAt) > Date.parse(START)), 'the new day\'s morning news');
  const ids = new Set(later.items.map((i) => i.id));
  t.true(first.items.filter((i) => Date.parse(i.publishedAt) >= dataNow - D).every((i) => ids.has(i.id)), 'the same item, the same id');
  const slow = make({ speedup: 1 });
  slow.clock.t += 3_600_000;
  const slowNow = slow.sim.generator.dataOf(slow.clock.t);
  const day = read((await slow.get('/news/rss.xml')).body, WALL);
  t.is(day.items.length, slow.sim.generator.itemsBetween(slowNow - D, slowNow + 1).length, 'at real speed: one data day at least');
  const week = read((await get('/news/rss.xml?days=7')).body, WALL);
  t.is(week.items.length, sim.generator.itemsBetween(sim.generator.dataOf(clock.t) - 7 * D, sim.generator.dataOf(clock.t) + 1).length);
  const five = read((await get('/news/rss.xml?days=7&limit=5')).body, WALL);
  t.deepEqual(five.items.map((i) => i.id), week.items.slice(0, 5).map((i) => i.id), 'the newest');
});

test('bad parameters are 400; other paths and methods 404; same seed and clock, same feed', async (t) => {
  const { get, sim } = make();
  for (const q of ['days=0', 'days=32', 'days=two', 'limit=0', 'limit=1001', 'limit=1.5']) {
    const res = await get(`/news/rss.xml?${q}`);
    t.is(res.status, 400, q);
    t.regex(JSON.parse(res.body).error, /must be an integer/);
  }
  t.is((await get('/news/other')).status, 404);
  t.is((await get('/social/posts')).status, 404);
  t.is((await sim.handler(new Request('http://sim.test/news/rss.xml', { method: 'POST' }))).status, 404);
  t.is((await make().get('/news/rss.xml?days=3')).body, (await make().get('/news/rss.xml?days=3')).body);
  t.not((await make({ seed: 5 }).get('/news/rss.xml?days=3')).body, (await make().get('/news/rss.xml?days=3')).body);
});

test('the trend reader finds each burst in the news it reads: its topic\'s term rises to the top three of the day', async (t) => {
  const { sim, get } = make();
  const { items } = read((await get('/news/rss.xml?days=21')).body, WALL);
  const exclude = wordsOfNames(PLACE_NAME_LIST);
  let checked = 0;
  for (let k = 1; k <= 12; k++) {
    const day = kstDayOf(Date.parse(START) - k * D);
    const burst = sim.generator.burstOf(day);
    if (burst === null) continue;
    checked++;
    const board = trendingTerms(items, { day, top: 3, exclude });
    const term = NEWS_TOPICS.find((x) => x.id === burst.topic)!.term;
    t.true(board.terms.some((x) => x.term === term && x.rising), `${day} ${term}: ${board.terms.map((x) => x.term).join(', ')}`);
  }
  t.true(checked >= 3, `${checked} burst days`);
});
