import test from 'ava';
import { PLACE_NAME_LIST } from '../../../connectors/news-feed/districts.ts';
import { TrendBoardSchema, type MediaItem, type TrendBoard } from '../../contracts/index.ts';
import { wordsOfNames } from '../../trends/keywords.ts';
import { createActorSystem } from '../runtime/system.ts';
import { silentLog, waitFor } from '../runtime/testing.ts';
import type { Timers } from '../runtime/types.ts';
import { TRENDS_CHANNEL } from './live.ts';
import { startTrendActors, trendWindowStart, type TrendActorsOptions } from './trend-actors.ts';
import { at, corpus, dayBefore, envelopeOf, H, newsItem, socialItem, T0, TODAY } from './testing.ts';

const S = 1000;

/** A clock and timers that move only when told: `advance(ms)` runs the timers that fall due. */
const fakeTime = (start: number) => {
  let clock = start;
  let queue: Array<{ at: number; fn: () => void; id: number }> = [];
  let ids = 0;
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = ++ids;
      queue.push({ at: clock + ms, fn, id });
      return id;
    },
    clearTimeout: (h) => void (queue = queue.filter((x) => x.id !== h)),
    yieldThen: (fn) => void setImmediate(fn),
  };
  const advance = (ms: number): void => {
    clock += ms;
    const due = queue.filter((x) => x.at <= clock).sort((a, b) => a.at - b.at);
    queue = queue.filter((x) => x.at > clock);
    for (const x of due) x.fn();
  };
  return { now: () => clock, timers, advance, pending: () => queue.length };
};

const setup = (extra: Partial<TrendActorsOptions> = {}, start = T0) => {
  const time = fakeTime(start);
  const emitted: Array<{ channel: string; data: unknown }> = [];
  const saved: MediaItem[] = [];
  const system = createActorSystem({ log: silentLog(), now: time.now, timers: time.timers });
  const trends = startTrendActors(system, {
    log: silentLog(), now: time.now,
    emit: (channel, data) => void emitted.push({ channel, data }),
    save: async (i) => void saved.push(i),
    exclude: wordsOfNames(PLACE_NAME_LIST),
    ...extra,
  });
  const boards = () => emitted.filter((e) => e.channel === TRENDS_CHANNEL).map((e) => e.data as TrendBoard);
  return { system, trends, saved, boards, time };
};

const term = (b: TrendBoard | null | undefined, t: string) => b?.terms.find((x) => x.term === t);

test('media events become the day\'s board: bursts rise against their baseline; places are left out; no author is carried', async (t) => {
  const { system, trends, saved, boards } = setup();
  const { before, today } = corpus();
  const all = [...before, ...today];
  t.deepEqual(await trends.observeAll(all.map((i) => envelopeOf(i))), { routed: all.length, invalid: 0, persisted: true });
  t.is(saved.length, all.length);
  await waitFor(() => boards().length === 1);
  const board = boards()[0] as TrendBoard;
  t.notThrows(() => TrendBoardSchema.parse(board));
  t.like(board, { day: TODAY, baselineDays: 7, itemCount: today.length });
  t.like(term(board, '미세먼지'), { count: 4, baseline: 0, rising: true });
  t.like(term(board, '불법 주정차'), { phrase: true, count: 4, rising: true, districts: ['11440'] });
  t.is(term(board, '출근길'), undefined, 'steady talk under the minimum count');
  t.false(board.terms.some((x) => ['마포', '상암동', '마포구', '망원동'].includes(x.term)), 'place names are left out');
  t.true((board.byDistrict['11440'] ?? []).some((x) => x.term === '불법 주정차'));
  const json = JSON.stringify(board);
  for (const i of all) if (i.author !== null) t.false(json.includes(i.author), `author ${i.author} on the board`);
  t.deepEqual(trends.board(), board);
  t.like(trends.counters(), { accepted: all.length, invalid: 0, boards: 1 });
  await system.stopAll();
});

test('invalid events are counted and dropped; the rest still flow', async (t) => {
  const { system, trends, saved } = setup();
  const good = socialItem(at(TODAY, 9), '따릉이 대여소 자전거가 없어요');
  const r = await trends.observeAll([
    envelopeOf(good),
    envelopeOf(good, { kind: 'complaint.filed' }),
    envelopeOf(good, { id: 'social-sim:other' }),
    envelopeOf({ ...good, id: 'news-feed:abc', source: 'news-feed' }, { source: 'social-sim' }),
    envelopeOf({ ...good, text: 'x'.repeat(5000) }),
    envelopeOf({ ...good, publishedAt: 'yesterday' }),
    { junk: true },
    null,
  ]);
  t.deepEqual(r, { routed: 1, invalid: 7, persisted: true });
  t.deepEqual(saved.map((i) => i.id), [good.id]);
  t.is(trends.counters().invalid, 7);
  t.is(system.stats().failed, 0);
  await system.stopAll();
});

test('repeats are not saved again; an edit is saved and recounted; a failed save is not acknowledged and is retried by the redelivery', async (t) => {
  let fail = false;
  const saved: MediaItem[] = [];
  const { system, trends, boards } = setup({
    save: async (i) => {
      if (fail) throw new Error('database down');
      saved.push(i);
    },
  });
  const { today } = corpus();
  await trends.observeAll(today.map((i) => envelopeOf(i)));
  await trends.observeAll(today.map((i) => envelopeOf(i)));
  t.is(saved.length, today.length);
  t.like(trends.counters(), { accepted: today.length, duplicates: today.length });
  const news = today.find((i) => i.kind === 'news') as MediaItem;
  const edited = { ...news, title: '서울시, 초미세먼지 비상저감조치 발령' };
  fail = true;
  t.false((await trends.observeAll([envelopeOf(edited)])).persisted);
  t.is(trends.counters().saveFailures, 1);
  fail = false;
  t.true((await trends.observeAll([envelopeOf(edited)])).persisted);
  t.deepEqual(saved.at(-1), edited);
  t.true((await trends.observeAll([envelopeOf(edited)])).persisted);
  t.is(saved.length, today.length + 1, 'saved once it succeeded, not again');
  t.like(trends.counters(), { updated: 1, duplicates: today.length + 2 });
  t.is(boards().length, 1);
  await system.stopAll();
});

test('at most one board per 10 s: the first change at once, the rest folded into one', async (t) => {
  const { system, trends, boards, time } = setup();
  const { before, today } = corpus();
  await trends.observeAll([...before, ...today.slice(0, 4)].map((i) => envelopeOf(i)));
  await waitFor(() => boards().length === 1);
  t.is(term(boards()[0], '미세먼지')?.count, 3);
  time.advance(3 * S);
  await trends.observeAll([envelopeOf(today[4] as MediaItem)]);
  time.advance(3 * S);
  await trends.observeAll(today.slice(5).map((i) => envelopeOf(i)));
  t.is(boards().length, 1, 'nothing within the interval');
  time.advance(3.9 * S);
  t.is(boards().length, 1);
  time.advance(0.1 * S);
  await waitFor(() => boards().length === 2);
  t.like(term(boards()[1], '미세먼지'), { count: 4 });
  t.like(term(boards()[1], '불법 주정차'), { count: 4 });
  t.is(time.pending(), 0, 'one timer, spent');
  await trends.observeAll([envelopeOf(today[0] as MediaItem)]);
  time.advance(20 * S);
  t.is(boards().length, 2, 'a repeat changes nothing');
  await system.stopAll();
});

test('seeded items give the board at start; the day turns on tick, the window moves and old items are let go', async (t) => {
  const { before, today } = corpus();
  const ancient = socialItem(at(dayBefore(TODAY, 9), 10), '미세먼지 최악');
  const bad = { ...today[0], id: 'not an id' } as MediaItem;
  const { system, trends, boards, time, saved } = setup({ seed: [ancient, bad, ...before, ...today] });
  await waitFor(() => boards().length === 1);
  t.like(boards()[0], { day: TODAY, itemCount: today.length });
  t.is(term(boards()[0], '미세먼지')?.baseline, 0, 'the item nine days back is outside the window');
  t.is(saved.length, 0, 'seeded items are stored already');
  // the next day: yesterday's burst is now baseline, and a quieter day of fine dust does not rise
  time.advance(9 * H + 60 * S); // T0 is 15:00 in Seoul
  trends.tick();
  await waitFor(() => boards().length === 2);
  const next = dayBefore(TODAY, -1);
  t.like(boards()[1], { day: next, itemCount: 0, terms: [] });
  const tomorrow = [0, 1, 2].map((k) => socialItem(at(next, 9 + k), '미세먼지 오늘도 나쁨'));
  await trends.observeAll(tomorrow.map((i) => envelopeOf(i)));
  time.advance(10 * S);
  await waitFor(() => boards().length === 3);
  t.like(term(boards()[2], '미세먼지'), { count: 3, baseline: 0.571, rising: false });
  const stale = socialItem(at(dayBefore(next, 8), 12), '오래된 글');
  t.true((await trends.observeAll([envelopeOf(stale)])).persisted);
  t.like(trends.counters(), { stale: 1 });
  t.deepEqual(saved.at(-1), stale, 'an item older than the window is saved, not held');
  t.is(trendWindowStart(time.now()), Date.parse(`${dayBefore(next, 7)}T00:00:00+09:00`));
  await system.stopAll();
});

test('a news item and its edit count once; both kinds share one board', async (t) => {
  const { system, trends, boards, time } = setup();
  const day = TODAY;
  const items = [
    newsItem(at(day, 9), '따릉이 대여소 40곳 신설', '서울시 따릉이 대여소가 송파구에 40곳 생긴다.', { districts: ['11710'] }),
    socialItem(at(day, 10), '공공자전거 따릉이 대여소 생겼네요 송파구', { districts: ['11710'] }),
    socialItem(at(day, 11), '공공자전거 따릉이 타고 출근했어요'),
  ];
  await trends.observeAll(items.map((i) => envelopeOf(i)));
  await waitFor(() => boards().length === 1);
  t.is(term(boards()[0], '공공자전거'), undefined);
  await trends.observeAll([envelopeOf({ ...items[0] as MediaItem, text: '서울시 공공자전거 따릉이 대여소가 송파구에 40곳 새로 생긴다.' })]);
  time.advance(10 * S);
  await waitFor(() => boards().length === 2);
  t.like(term(boards()[1], '공공자전거'), { count: 3 });
  t.deepEqual(term(boards()[1], '따릉이')?.items, [items[2]?.id, items[1]?.id, items[0]?.id]);
  t.like(trends.counters(), { accepted: 3, updated: 1 });
  await system.stopAll();
});
