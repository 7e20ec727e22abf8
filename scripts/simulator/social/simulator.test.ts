import test from 'ava';
import { detectDistricts, PLACE_NAME_LIST } from '../../../connectors/news-feed/districts.ts';
import { wordsOfNames } from '../../../server/trends/keywords.ts';
import { trendingTerms } from '../../../server/trends/trending.ts';
import { createSocialSimulator, type PostsPage } from './simulator.ts';
import { TOPICS } from './topics.ts';

const WALL = Date.parse('2024-06-01T00:00:00Z');
const make = (o: { speedup?: number; seed?: number } = {}) => {
  const clock = { t: WALL };
  const sim = createSocialSimulator({ now: () => clock.t, startAt: '2024-05-14T00:00:00+09:00', ...o });
  const get = async (path: string) => {
    const res = await sim.handler(new Request(`http://sim.test${path}`));
    return { status: res.status, body: (await res.json()) as PostsPage & { error?: string } };
  };
  return { sim, clock, get };
};

test('GET /social/posts: a window of data time, never past now, oldest first', async (t) => {
  const { get, clock } = make();
  const { status, body } = await get('/social/posts?since=2024-05-13T09:00:00%2B09:00&until=2024-05-13T12:00:00%2B09:00');
  t.is(status, 200);
  t.true(body.synthetic);
  t.is(body.dataTime, '2024-05-13T15:00:00.000Z');
  t.true(body.posts.length > 20);
  t.true(body.posts.every((p) => p.postedAt >= '2024-05-13T00:00:00.000Z' && p.postedAt < '2024-05-13T03:00:00.000Z'));
  t.deepEqual(body.posts.map((p) => p.postedAt), [...body.posts.map((p) => p.postedAt)].sort());
  t.false('topic' in body.posts[0]!, 'what the generator knows stays inside');
  const future = await get('/social/posts?since=2024-05-13T23:00:00%2B09:00&until=2024-05-14T06:00:00%2B09:00');
  t.true(future.body.posts.every((p) => p.postedAt < '2024-05-13T15:00:00.000Z'), 'nothing beyond the data time');
  clock.t += 30_000;
  t.is((await get('/social/posts')).body.dataTime, '2024-05-13T21:00:00.000Z', '30 s of wall time at 720× is 6 data hours');
});

test('the default window is the last ten wall minutes; next pages through it, each post once', async (t) => {
  const { get, clock, sim } = make();
  clock.t += 60_000;
  const dataNow = sim.generator.dataOf(clock.t);
  const all = sim.generator.postsBetween(Math.floor(sim.generator.dataOf(clock.t - 600_000)), dataNow);
  const seen: string[] = [];
  let path = '/social/posts?limit=700';
  for (let k = 0; k < 50; k++) {
    const { body } = await get(path);
    seen.push(...body.posts.map((p) => p.id));
    if (body.next === null) break;
    path = `/social/posts?since=${encodeURIComponent(body.next.since)}&after=${body.next.after}&limit=700`;
  }
  t.true(all.length > 1400, `${all.length}`);
  t.deepEqual(seen, all.map((p) => p.id));
});

test('bad parameters are 400 with the reason; other paths 404', async (t) => {
  const { get, sim } = make();
  t.like(await get('/social/posts?since=yesterday'), { status: 400, body: { error: 'since must be an ISO 8601 time with a zone or epoch milliseconds: yesterday' } });
  t.is((await get('/social/posts?since=2024-05-13T00:00:00')).status, 400, 'a time without a zone');
  t.is((await get('/social/posts?limit=0')).status, 400);
  t.is((await get('/social/posts?limit=2001')).status, 400);
  t.is((await get('/social/posts?after=x')).status, 400);
  t.like(await get('/social/posts?since=2024-03-01T00:00:00Z'), { status: 400, body: { error: 'since … until may span at most 31 days' } });
  t.is((await get('/social/other')).status, 404);
  t.is((await sim.handler(new Request('http://sim.test/social/posts', { method: 'POST' }))).status, 404);
  t.is((await get('/social/posts?since=1715558400000&until=1715562000000')).status, 200, 'epoch milliseconds');
});

test('determinism over HTTP: the same seed and clock, the same answer', async (t) => {
  const path = '/social/posts?since=2024-05-12T00:00:00Z&until=2024-05-12T06:00:00Z';
  t.deepEqual((await make().get(path)).body, (await make().get(path)).body);
  t.notDeepEqual((await make({ seed: 5 }).get(path)).body.posts, (await make().get(path)).body.posts);
});

test('the trend reader finds each burst: its topic\'s term is among the three top rising terms of the day (places left out)', async (t) => {
  const { sim } = make();
  const from = Date.parse('2024-05-01T00:00:00+09:00');
  const posts = sim.generator.postsBetween(from, Date.parse('2024-05-14T00:00:00+09:00'));
  const items = posts.map((p) => ({ id: `social-sim:${p.id}`, title: null, text: p.text, language: p.lang, districts: detectDistricts(p.text), publishedAt: p.postedAt }));
  const exclude = wordsOfNames(PLACE_NAME_LIST);
  let checked = 0;
  for (let d = 8; d <= 13; d++) {
    const day = `2024-05-${String(d).padStart(2, '0')}`;
    const burst = sim.generator.burstOf(day);
    if (burst === null) continue;
    checked++;
    const board = trendingTerms(items, { day, top: 3, exclude });
    const term = TOPICS.find((x) => x.id === burst.topic)!.term;
    t.true(board.terms.some((x) => x.term === term && x.rising), `${day} ${term}: ${board.terms.map((x) => x.term).join(', ')}`);
    if (burst.district !== null) t.true(board.byDistrict[burst.district]!.some((x) => x.term === term), `${day} in ${burst.district}`);
  }
  t.true(checked >= 1);
});
