/**
 * @module scripts/simulator/news/generator
 * Pure (given its seed): SYNTHETIC city news, any stretch on demand, always the same for a seed. Data time runs
 * `speedup` times faster than the wall clock from `dataStart` (default: the start itself); items before the start
 * exist too, so a trend reader has a baseline at once. Each day in Seoul has its own random stream:
 *   - how many items: about 42 on weekdays and 26 on weekends (±8), 10 more on a burst day, kept within 20–60;
 *   - with `burstChance` one burstable topic bursts all day (its weight times `burstFactor`), in one gu for most of
 *     its placed items 60 % of the time;
 *   - each item: an hour by the press-release rhythm, a topic by weight, English with `englishShare`, a template,
 *     a gu (and one of its dong) when the template names one.
 * Every item says `synthetic: true`.
 */
import { kstDate, kstDayStart, kstWeekday } from '../../../connectors/_safety/kst.ts';
import { topicBursts, type TopicBurst } from '../safety-common/bursts.ts';
import { cumulative, pick, pickIndex, streamOf, type Rand } from '../safety-common/random.ts';
import { MAX_ITEMS_PER_DAY, MIN_ITEMS_PER_DAY, NEWS_SITE } from './defaults.ts';
import { NEWS_PLACES, placeOf } from './places.ts';
import { NEWS_HOUR_WEIGHTS, NEWS_TOPICS, type NewsTemplate, type NewsTopic } from './topics.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** The longest stretch one call may ask for. */
export const MAX_NEWS_RANGE_MS = 31 * DAY_MS;

export interface NewsItem {
  /** `YYYYMMDD-NNN`: the day in Seoul and the item's place in it. */
  id: string;
  /** Epoch ms (data time). */
  at: number;
  lang: 'ko' | 'en';
  title: string;
  body: string;
  /** The issuing department. */
  author: string;
  link: string;
  /** The gu the item names, if it names one. */
  district: string | null;
  topic: string;
  synthetic: true;
}

export type NewsBurst = TopicBurst;

export interface NewsGeneratorOptions {
  seed: number;
  speedup: number;
  /** Wall time (epoch ms) the simulation started. */
  startedAt: number;
  /** Data time at `startedAt` (default `startedAt`). */
  dataStart?: number | undefined;
  englishShare?: number;
  burstChance?: number;
  burstFactor?: number;
}

export interface NewsGenerator {
  dataOf(wallMs: number): number;
  burstOf(day: string): NewsBurst | null;
  /** Every item of a day in Seoul, oldest first. */
  day(day: string): NewsItem[];
  /** Items with data time in [lo, hi), oldest first. */
  itemsBetween(lo: number, hi: number): NewsItem[];
}

export class NewsGeneratorError extends Error {
  override name = 'NewsGeneratorError';
}

export const kstDayOf = kstDate;

const checked = (name: string, v: number, lo: number, hi: number): number => {
  if (!Number.isFinite(v) || v < lo || v > hi) throw new NewsGeneratorError(`${name} must be a number from ${lo} to ${hi}: ${v}`);
  return v;
};

const fill = (tpl: NewsTemplate, values: Readonly<Record<string, string>>): NewsTemplate => {
  const sub = (s: string): string => s.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
  return { title: sub(tpl.title), body: sub(tpl.body) };
};

const namesPlace = (tpl: NewsTemplate): boolean => /\{(gu|guEn|dong)\}/.test(tpl.title + tpl.body);

export const createNewsGenerator = (o: NewsGeneratorOptions): NewsGenerator => {
  const speedup = checked('speedup', o.speedup, Number.MIN_VALUE, 1e6);
  const englishShare = checked('englishShare', o.englishShare ?? 0.1, 0, 1);
  const burstChance = checked('burstChance', o.burstChance ?? 0.35, 0, 1);
  const burstFactor = checked('burstFactor', o.burstFactor ?? 6, 1, 100);
  const dataStart = o.dataStart ?? o.startedAt;
  const hourCum = cumulative(NEWS_HOUR_WEIGHTS);

  const burstOf = topicBursts({ seed: o.seed, stream: 'news-burst', chance: burstChance, topics: NEWS_TOPICS, places: NEWS_PLACES });

  const itemOf = (rand: Rand, dayStart: number, topic: NewsTopic, burst: NewsBurst | null): Omit<NewsItem, 'id' | 'link'> => {
    const at = dayStart + pickIndex(rand, hourCum) * HOUR_MS + Math.floor(rand() * HOUR_MS / 1000) * 1000;
    const lang = rand() < englishShare ? 'en' : 'ko';
    const tpl = pick(rand, lang === 'en' ? topic.en : topic.ko);
    const code = burst?.topic === topic.id && burst.district !== null && rand() < 0.75 ? burst.district : pick(rand, NEWS_PLACES).code;
    const place = placeOf(code);
    const n = String(2 + Math.floor(rand() * 38));
    const text = fill(tpl, { gu: place.ko, guEn: place.en, dong: place.dongs.length > 0 ? pick(rand, place.dongs) : place.ko, n, d: String(Number(kstDayOf(dayStart).slice(8))) });
    return { at, lang, ...text, author: topic.author, district: namesPlace(tpl) ? code : null, topic: topic.id, synthetic: true };
  };

  const day = (d: string): NewsItem[] => {
    const dayStart = kstDayStart(Date.parse(`${d}T12:00:00+09:00`));
    const rand = streamOf(o.seed, 'news-day', d);
    const burst = burstOf(d);
    const weekend = [0, 6].includes(kstWeekday(dayStart));
    const mean = (weekend ? 26 : 42) + (burst === null ? 0 : 10);
    const n = Math.min(MAX_ITEMS_PER_DAY, Math.max(MIN_ITEMS_PER_DAY, Math.round(mean + (rand() * 2 - 1) * 8)));
    const cum = cumulative(NEWS_TOPICS.map((t) => (burst?.topic === t.id ? t.weight * burstFactor : t.weight)));
    const items = Array.from({ length: n }, () => itemOf(rand, dayStart, NEWS_TOPICS[pickIndex(rand, cum)] as NewsTopic, burst));
    const digits = d.replaceAll('-', '');
    return items
      .map((x, k) => ({ x, k }))
      .sort((a, b) => a.x.at - b.x.at || a.k - b.k)
      .map(({ x }, j) => {
        const ordinal = String(j + 1).padStart(3, '0');
        return { id: `${digits}-${ordinal}`, ...x, link: `${NEWS_SITE}/${d.replaceAll('-', '/')}/${ordinal}` };
      });
  };

  const itemsBetween = (lo: number, hi: number): NewsItem[] => {
    if (!(hi - lo <= MAX_NEWS_RANGE_MS)) throw new NewsGeneratorError(`at most 31 days at once: ${new Date(lo).toISOString()} … ${new Date(hi).toISOString()}`);
    const out: NewsItem[] = [];
    for (let start = kstDayStart(lo); start < hi; start += DAY_MS) for (const i of day(kstDayOf(start))) if (i.at >= lo && i.at < hi) out.push(i);
    return out;
  };

  return { dataOf: (wallMs) => dataStart + (wallMs - o.startedAt) * speedup, burstOf, day, itemsBetween };
};
