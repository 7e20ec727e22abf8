import test from 'ava';
import { detectDistricts } from '../../../connectors/news-feed/districts.ts';
import { createSocialGenerator, kstDay, MAX_RANGE_MS, SocialGeneratorError } from './generator.ts';
import { TOPICS } from './topics.ts';

const START = Date.parse('2024-05-01T00:00:00+09:00');
const make = (seed = 2024) => createSocialGenerator({ seed, postsPerHour: 24, speedup: 720, startedAt: 0, dataStart: START });
const week = (g = make()) => g.postsBetween(START, START + 7 * 86_400_000);

test('the same seed, the same stream; another seed, another', (t) => {
  t.deepEqual(make().hour(476_000), make().hour(476_000));
  t.notDeepEqual(make(7).hour(476_000), make().hour(476_000));
  const a = make().postsBetween(START + 3_600_000 * 5.5, START + 3_600_000 * 9);
  const b = make().postsBetween(START, START + 86_400_000).filter((p) => p.at >= START + 3_600_000 * 5.5 && p.at < START + 3_600_000 * 9);
  t.deepEqual(a, b, 'any stretch on its own comes out the same');
});

test('a week of short posts: synthetic, time-ordered, ids unique, some English, daily rhythm', (t) => {
  const posts = week();
  t.true(posts.length > 24 * 24 * 7 * 0.9 && posts.length < 24 * 24 * 7 * 1.6, `${posts.length} (bursts add posts)`);
  t.true(posts.every((p) => p.synthetic && p.text.length > 0 && p.text.length < 200 && /^user_[0-9a-z]+$/.test(p.author)));
  t.is(new Set(posts.map((p) => p.id)).size, posts.length);
  t.deepEqual(posts.map((p) => p.at), [...posts.map((p) => p.at)].sort((x, y) => x - y));
  t.true(posts.every((p) => /^p-\d{10}-\d{3}$/.test(p.id) && p.postedAt === new Date(p.at).toISOString()));
  const en = posts.filter((p) => p.lang === 'en').length / posts.length;
  t.true(en > 0.1 && en < 0.2, `${en}`);
  const hourOf = (ms: number) => new Date(ms + 9 * 3_600_000).getUTCHours();
  const night = posts.filter((p) => hourOf(p.at) >= 2 && hourOf(p.at) < 5).length;
  const evening = posts.filter((p) => hourOf(p.at) >= 18 && hourOf(p.at) < 21).length;
  t.true(evening > 5 * night, `${evening} vs ${night}`);
  t.true(posts.some((p) => p.hashtags.length > 0 && p.text.includes(`#${p.hashtags[0]}`)));
});

test('the gu a post names is the gu the news reader finds in it', (t) => {
  const posts = week();
  t.true(posts.filter((p) => p.district !== null).length > posts.length / 2);
  for (const p of posts) t.deepEqual(detectDistricts(p.text), p.district === null ? [] : [p.district], p.text);
});

test('a burst day: its topic far above its everyday share, mostly in its gu', (t) => {
  const g = make();
  const days = Array.from({ length: 20 }, (_, i) => kstDay(START + i * 86_400_000));
  const bursts = days.map((d) => g.burstOf(d)).filter((b) => b !== null);
  t.true(bursts.length >= 3 && bursts.length <= 13, `${bursts.length}`);
  t.true(bursts.every((b) => TOPICS.find((x) => x.id === b.topic)?.burstable));
  const burst = bursts.find((b) => b.district !== null)!;
  const dayStart = Date.parse(`${burst.day}T00:00:00+09:00`);
  const day = g.postsBetween(dayStart, dayStart + 86_400_000);
  const quiet = days.find((d) => g.burstOf(d) === null)!;
  const quietStart = Date.parse(`${quiet}T00:00:00+09:00`);
  const normal = g.postsBetween(quietStart, quietStart + 86_400_000);
  const share = (list: typeof day) => list.filter((p) => p.topic === burst.topic).length / list.length;
  t.true(share(day) > 3 * share(normal), `${share(day)} vs ${share(normal)}`);
  const placed = day.filter((p) => p.topic === burst.topic && p.district !== null);
  t.true(placed.filter((p) => p.district === burst.district).length > 0.6 * placed.length);
});

test('bad options and ranges are refused', (t) => {
  t.throws(() => createSocialGenerator({ seed: 1, postsPerHour: 24, speedup: 0, startedAt: 0 }), { instanceOf: SocialGeneratorError });
  t.throws(() => createSocialGenerator({ seed: 1, postsPerHour: -1, speedup: 1, startedAt: 0 }), { instanceOf: SocialGeneratorError });
  t.throws(() => make().postsBetween(START, START + MAX_RANGE_MS + 1), { instanceOf: SocialGeneratorError });
  t.deepEqual(createSocialGenerator({ seed: 1, postsPerHour: 0, speedup: 1, startedAt: 0 }).hour(476_000), []);
  t.is(make().dataOf(1000), START + 720_000);
});
