import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import type { MediaItem } from '../contracts/index.ts';
import { at, corpus, dayBefore, newsItem, socialItem, TODAY } from '../actors/trends/testing.ts';
import { countMediaItems, itemsByTerm, kstDayBounds, mediaItemsSince, mediaItemTerms, upsertMediaItems } from './media-items.ts';

const all = (): MediaItem[] => {
  const { before, today } = corpus();
  return [...before, ...today];
};

test('upsert is idempotent, an edited item replaces its row, the last of a batch wins; items read back whole', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const items = all();
    await upsertMediaItems(db, items);
    const versions = async () => (await db.query<{ v: string }>('select xmin::text as v from media_items order by id')).map((r) => r.v);
    const first = await versions();
    await upsertMediaItems(db, items);
    t.deepEqual(await versions(), first, 'the same items again rewrite no row');
    const since = new Date(Date.parse(`${dayBefore(TODAY, 7)}T00:00:00+09:00`));
    const back = await mediaItemsSince(db, since);
    t.is(back.length, items.length);
    t.deepEqual(back.map((i) => i.id).sort(), items.map((i) => i.id).sort());
    t.deepEqual(back.map((i) => i.publishedAt), [...back.map((i) => i.publishedAt)].sort(), 'oldest first');
    const news = items.find((i) => i.kind === 'news') as MediaItem;
    t.deepEqual(back.find((i) => i.id === news.id), news);
    const edited = { ...news, title: '서울시, 초미세먼지 비상저감조치 발령' };
    await upsertMediaItems(db, [news, edited]);
    const [row] = await db.query<{ title: string; terms: string[]; n: number }>('select title, terms, (select count(*)::int from media_items) as n from media_items where id = $1', [news.id]);
    t.is(row?.title, edited.title);
    t.is(row?.n, items.length);
    t.deepEqual(row?.terms, mediaItemTerms(edited));
    t.true(row?.terms.includes('초미세먼지'));
    await t.throwsAsync(upsertMediaItems(db, [{ ...news, id: 'no id' }]));
    await upsertMediaItems(db, []);
    const until = new Date(Date.parse(`${dayBefore(TODAY, 3)}T00:00:00+09:00`));
    t.is((await mediaItemsSince(db, since, { until })).length, 16, 'four items a day on the four days before');
    t.is((await mediaItemsSince(db, since, { limit: 3 })).at(-1)?.publishedAt, at(TODAY, 15), 'the limit keeps the newest');
  } finally {
    await done();
  }
});

test('the items behind a term: words and phrases, by day and gu, newest first, through the GIN index', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    await upsertMediaItems(db, all());
    const dust = await itemsByTerm(db, { term: '미세먼지', limit: 50 });
    t.is(dust.length, 4);
    t.deepEqual(dust.map((i) => i.publishedAt), [at(TODAY, 12), at(TODAY, 11), at(TODAY, 9), at(TODAY, 7)]);
    const parking = await itemsByTerm(db, { term: ' 불법   주정차 ', day: TODAY, district: '11440', limit: 50 });
    t.is(parking.length, 4, 'a phrase, spaces as the board writes them');
    t.is((await itemsByTerm(db, { term: '불법 주정차', district: '11680', limit: 50 })).length, 0);
    t.is((await itemsByTerm(db, { term: '출근길', day: dayBefore(TODAY, 2), limit: 50 })).length, 2);
    t.is((await itemsByTerm(db, { term: '출근길', limit: 3 })).length, 3);
    t.deepEqual((await itemsByTerm(db, { term: 'Park', limit: 50 })).map((i) => i.language), Array(7).fill('en'), 'English terms are lowercase');
    await t.throwsAsync(itemsByTerm(db, { term: '', limit: 5 }));
    await t.throwsAsync(itemsByTerm(db, { term: 'x', day: '2026-02-30', limit: 5 }));
    // the plan the query gets once sequential scans are ruled out: the GIN index exists and serves it
    const plan = await db.session(async (s) => {
      await s.query('set enable_seqscan = off');
      const rows = await s.query<{ 'QUERY PLAN': string }>("explain select id from media_items where terms @> array['미세먼지']::text[]");
      await s.query('reset enable_seqscan');
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    t.regex(plan, /media_items_terms_idx/);
  } finally {
    await done();
  }
});

test('counts of a day, city-wide and per gu; day bounds are Seoul days', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const late = socialItem(at(TODAY, 23, 59), '마포구 밤 공사장 소음', { districts: ['11440'] });
    const next = newsItem(at(dayBefore(TODAY, -1), 0, 1), '마포구 소음 단속', '마포구는 공사장 소음을 단속한다.', { districts: ['11440'] });
    await upsertMediaItems(db, [...all(), late, next]);
    const day = kstDayBounds(TODAY);
    t.is(day.from.toISOString(), '2026-05-12T15:00:00.000Z');
    t.is(await countMediaItems(db, day), 10);
    t.is(await countMediaItems(db, { ...day, district: '11440' }), 5);
    t.is(await countMediaItems(db, kstDayBounds(dayBefore(TODAY, -1))), 1);
  } finally {
    await done();
  }
});
