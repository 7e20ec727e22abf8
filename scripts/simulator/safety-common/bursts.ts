/**
 * @module simulator/safety-common/bursts
 * The day a topic bursts in a simulated stream (news, social media): seeded per day, so every
 * process and every replay agrees; a burst may centre on one gu. Pure.
 */
import { cumulative, pick, pickIndex, streamOf } from './random.ts';

export interface TopicBurst {
  /** `YYYY-MM-DD` in Seoul. */
  day: string;
  topic: string;
  district: string | null;
}

export interface BurstOptions {
  seed: number;
  /** The random stream's name: each simulated source bursts on its own days. */
  stream: string;
  /** The chance that a day has a burst (0–1). */
  chance: number;
  topics: readonly { id: string; weight: number; burstable: boolean }[];
  places: readonly { code: string }[];
  /** The chance that a burst centres on one gu (default 0.6). */
  localShare?: number;
}

/** The burst of a day, or null: a burstable topic by weight, and a gu for most. */
export function topicBursts(o: BurstOptions): (day: string) => TopicBurst | null {
  const burstable = o.topics.filter((t) => t.burstable);
  const cum = cumulative(burstable.map((t) => t.weight));
  const local = o.localShare ?? 0.6;
  return (day) => {
    const rand = streamOf(o.seed, o.stream, day);
    if (rand() >= o.chance) return null;
    const topic = burstable[pickIndex(rand, cum)];
    if (!topic) return null;
    return { day, topic: topic.id, district: rand() < local ? pick(rand, o.places).code : null };
  };
}
