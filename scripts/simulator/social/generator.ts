/**
 * @module scripts/simulator/social/generator
 * Pure (given its seed): a SYNTHETIC social stream, any stretch on demand, always the same for a seed.
 * Data time runs `speedup` times faster than the wall clock from `dataStart` (default: the start itself); posts
 * before the start exist too, so a reader has a baseline at once. Each data hour H (epoch hours) has its own
 * random stream: Poisson(postsPerHour × the hour's weight × the burst's extra) posts at uniform times in the hour,
 * each on a topic drawn by weight, in English with `englishShare`, naming a place in a gu when its template has one.
 * Each day in Seoul has its own stream too: with `burstChance` one burstable topic bursts all day (its weight times
 * `burstFactor`), in one gu for most of its posts 60 % of the time. Every post says `synthetic: true`.
 */
import { kstDate, kstDigits, kstHour } from '../../../connectors/_safety/kst.ts';
import { topicBursts, type TopicBurst } from '../safety-common/bursts.ts';
import { cumulative, hashSeed, pick, pickIndex, poisson, streamOf, type Rand } from '../safety-common/random.ts';
import { GU_PLACES, placeName } from './places.ts';
import { HOUR_WEIGHTS, TOPICS, type Topic } from './topics.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const MAX_PER_HOUR = 999;
/** The longest stretch one call may ask for. */
export const MAX_RANGE_MS = 31 * DAY_MS;

export interface SocialPost {
  /** `p-<YYYYMMDDHH of the data hour, KST>-<ordinal>`. */
  id: string;
  /** ISO 8601, UTC. */
  postedAt: string;
  lang: 'ko' | 'en';
  text: string;
  /** A synthetic handle. */
  author: string;
  /** The gu the post names, if it names a place. */
  district: string | null;
  hashtags: string[];
  synthetic: true;
}

export interface GeneratedPost extends SocialPost {
  topic: string;
  /** Epoch ms of `postedAt` (data time). */
  at: number;
}

export type Burst = TopicBurst;

export interface SocialGeneratorOptions {
  seed: number;
  postsPerHour: number;
  speedup: number;
  /** Wall time (epoch ms) the simulation started. */
  startedAt: number;
  /** Data time at `startedAt` (default `startedAt`). */
  dataStart?: number | undefined;
  englishShare?: number;
  burstChance?: number;
  burstFactor?: number;
}

export interface SocialGenerator {
  /** Data time at wall time `wallMs`. */
  dataOf(wallMs: number): number;
  /** The burst of a day in Seoul, if any. */
  burstOf(day: string): Burst | null;
  /** Every post of data hour H (epoch hours). */
  hour(h: number): GeneratedPost[];
  /** Posts with data time in [lo, hi), by time then id. */
  postsBetween(lo: number, hi: number): GeneratedPost[];
}

export class SocialGeneratorError extends Error {
  override name = 'SocialGeneratorError';
}

export const kstDay = kstDate;

const positive = (name: string, v: number, allowZero = false): number => {
  if (!Number.isFinite(v) || v < 0 || (!allowZero && v === 0)) throw new SocialGeneratorError(`${name} must be a positive number: ${v}`);
  return v;
};

export const createSocialGenerator = (o: SocialGeneratorOptions): SocialGenerator => {
  positive('speedup', o.speedup);
  positive('postsPerHour', o.postsPerHour, true);
  const englishShare = o.englishShare ?? 0.15;
  const burstChance = o.burstChance ?? 0.35;
  const burstFactor = positive('burstFactor', o.burstFactor ?? 8);
  const dataStart = o.dataStart ?? o.startedAt;

  const burstOf = topicBursts({ seed: o.seed, stream: 'burst', chance: burstChance, topics: TOPICS, places: GU_PLACES });

  /** A post of hour H, its ordinal set once the hour's posts are in time order. */
  const postOf = (h: number, rand: Rand, topic: Topic, burst: Burst | null): GeneratedPost => {
    const at = h * HOUR_MS + Math.floor(rand() * HOUR_MS);
    const lang = rand() < englishShare ? 'en' : 'ko';
    const template = pick(rand, lang === 'en' ? topic.en : topic.ko);
    let district: string | null = null;
    let text = template.replace('{hour}', String(kstHour(at)));
    if (text.includes('{place}')) {
      district = burst?.topic === topic.id && burst.district !== null && rand() < 0.8 ? burst.district : pick(rand, GU_PLACES).code;
      text = text.replace('{place}', placeName(rand, district, lang));
    }
    const author = `user_${hashSeed(o.seed, 'author', Math.floor(rand() * 5000)).toString(36).slice(0, 6)}`;
    const hashtags = [...text.matchAll(/#([^\s#]+)/g)].map((m) => m[1] as string);
    return { id: '', postedAt: new Date(at).toISOString(), lang, text, author, district, hashtags, synthetic: true, topic: topic.id, at };
  };

  const hour = (h: number): GeneratedPost[] => {
    const start = h * HOUR_MS;
    const burst = burstOf(kstDay(start));
    const weights = TOPICS.map((t) => (burst?.topic === t.id ? t.weight * burstFactor : t.weight));
    const base = TOPICS.reduce((s, t) => s + t.weight, 0);
    const total = weights.reduce((s, w) => s + w, 0);
    const rand = streamOf(o.seed, 'hour', h);
    const n = Math.min(MAX_PER_HOUR, poisson(rand, o.postsPerHour * (HOUR_WEIGHTS[kstHour(start)] as number) * (total / base)));
    const cum = cumulative(weights);
    const posts = Array.from({ length: n }, () => postOf(h, rand, TOPICS[pickIndex(rand, cum)] as Topic, burst));
    const prefix = `p-${kstDigits(start).slice(0, 10)}-`;
    return posts.sort((a, b) => a.at - b.at).map((p, j) => ({ ...p, id: `${prefix}${String(j).padStart(3, '0')}` }));
  };

  const postsBetween = (lo: number, hi: number): GeneratedPost[] => {
    if (!(hi - lo <= MAX_RANGE_MS)) throw new SocialGeneratorError(`at most 31 days at once: ${new Date(lo).toISOString()} … ${new Date(hi).toISOString()}`);
    const out: GeneratedPost[] = [];
    for (let h = Math.floor(lo / HOUR_MS); h * HOUR_MS < hi; h++) for (const p of hour(h)) if (p.at >= lo && p.at < hi) out.push(p);
    return out;
  };

  return { dataOf: (wallMs) => dataStart + (wallMs - o.startedAt) * o.speedup, burstOf, hour, postsBetween };
};
