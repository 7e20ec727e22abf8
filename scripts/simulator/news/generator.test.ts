import test from 'ava';
import { detectDistricts } from '../../../connectors/news-feed/districts.ts';
import { MAX_ITEMS_PER_DAY, MIN_ITEMS_PER_DAY } from './defaults.ts';
import { createNewsGenerator, kstDayOf, MAX_NEWS_RANGE_MS, NewsGeneratorError } from './generator.ts';
import { NEWS_PLACES } from './places.ts';
import { NEWS_TOPICS } from './topics.ts';

const D = 86_400_000;
const START = Date.parse('2026-03-01T00:00:00+09:00');
const make = (seed = 2026) => createNewsGenerator({ seed, speedup: 720, startedAt: 0, dataStart: START });
const days = (n: number) => Array.from({ length: n }, (_, i) => kstDayOf(START + i * D));

test('the same seed, the same news; another seed, other news; any stretch comes out the same on its own', (t) => {
  t.deepEqual(make().day('2026-03-05'), make().day('2026-03-05'));
  t.notDeepEqual(make(7).day('2026-03-05'), make().day('2026-03-05'));
  const lo = Date.parse('2026-03-05T10:30:00+09:00');
  const hi = Date.parse('2026-03-07T09:00:00+09:00');
  const joined = [...make().day('2026-03-05'), ...make().day('2026-03-06'), ...make().day('2026-03-07')].filter((i) => i.at >= lo && i.at < hi);
  t.deepEqual(make().itemsBetween(lo, hi), joined);
});

test('20–60 items a day, fewer on weekends, in office hours; ids, links and times in order; some English; all synthetic', (t) => {
  const g = make();
  const counts = days(70).map((d) => ({ d, n: g.day(d).length, weekend: [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) }));
  t.true(counts.every((c) => c.n >= MIN_ITEMS_PER_DAY && c.n <= MAX_ITEMS_PER_DAY), counts.map((c) => c.n).join(' '));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  t.true(mean(counts.filter((c) => !c.weekend).map((c) => c.n)) > mean(counts.filter((c) => c.weekend).map((c) => c.n)) + 10);
  const items = days(70).flatMap((d) => g.day(d));
  t.is(new Set(items.map((i) => i.id)).size, items.length);
  t.is(new Set(items.map((i) => i.link)).size, items.length);
  t.deepEqual(items.map((i) => i.at), [...items.map((i) => i.at)].sort((a, b) => a - b));
  t.true(items.every((i) => i.synthetic && /^\d{8}-\d{3}$/.test(i.id) && i.link.startsWith('https://news.seoul.example/sim/')));
  const hourOf = (ms: number) => new Date(ms + 9 * 3_600_000).getUTCHours();
  t.true(items.filter((i) => hourOf(i.at) >= 1 && hourOf(i.at) < 5).length === 0);
  t.true(items.filter((i) => hourOf(i.at) >= 9 && hourOf(i.at) < 12).length > items.length / 4);
  const en = items.filter((i) => i.lang === 'en').length / items.length;
  t.true(en > 0.06 && en < 0.14, `${en}`);
  t.true(items.filter((i) => i.lang === 'en').every((i) => !/[가-힣]/.test(i.title + i.body)));
  t.true(items.every((i) => !/\{\w+\}/.test(i.title + i.body)), 'every placeholder filled');
});

test('the gu an item names is the gu the news connector finds in it', (t) => {
  const items = days(30).flatMap((d) => make().day(d));
  t.true(items.filter((i) => i.district !== null).length > items.length * 0.8);
  for (const i of items) t.deepEqual(detectDistricts(`${i.title}\n${i.body}`), i.district === null ? [] : [i.district], `${i.title} ${i.body}`);
  t.is(NEWS_PLACES.length, 25);
  t.true(NEWS_PLACES.every((p) => p.dongs.length >= 3));
});

test('a burst day: its topic far above its everyday share, mostly in its gu', (t) => {
  const g = make();
  const bursts = days(40).map((d) => g.burstOf(d)).filter((b) => b !== null);
  t.true(bursts.length >= 6 && bursts.length <= 24, `${bursts.length}`);
  t.true(bursts.every((b) => NEWS_TOPICS.find((x) => x.id === b.topic)?.burstable));
  const burst = bursts.find((b) => b.district !== null)!;
  const quiet = days(40).filter((d) => g.burstOf(d) === null).flatMap((d) => g.day(d));
  const share = (list: ReturnType<typeof g.day>) => list.filter((i) => i.topic === burst.topic).length / list.length;
  const day = g.day(burst.day);
  t.true(share(day) > 3 * share(quiet), `${share(day)} vs ${share(quiet)}`);
  const placed = day.filter((i) => i.topic === burst.topic && i.district !== null);
  t.true(placed.filter((i) => i.district === burst.district).length > 0.5 * placed.length);
});

test('every Korean template carries its topic\'s term', (t) => {
  for (const topic of NEWS_TOPICS) for (const tpl of topic.ko) t.true(`${tpl.title} ${tpl.body}`.includes(topic.term), `${topic.id}: ${tpl.title}`);
});

test('bad options and ranges are refused', (t) => {
  t.throws(() => createNewsGenerator({ seed: 1, speedup: 0, startedAt: 0 }), { instanceOf: NewsGeneratorError });
  t.throws(() => createNewsGenerator({ seed: 1, speedup: 1, startedAt: 0, englishShare: 2 }), { instanceOf: NewsGeneratorError });
  t.throws(() => make().itemsBetween(START, START + MAX_NEWS_RANGE_MS + 1), { instanceOf: NewsGeneratorError });
  t.is(make().dataOf(1000), START + 720_000);
});
