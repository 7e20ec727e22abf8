/**
 * @module walls/feed
 * A wall's command feed (`walls/wall/<wall>`): the latest issued commands, oldest first. Pure.
 */
import { WALL_FEED_LENGTH, WallFeedSchema, type WallFeed, type WallFeedItem } from '../contracts/wall-remote.ts';

/** The feed held for `wall` (any value, validated) with `items` appended, trimmed to its length. */
export function appendToFeed(held: unknown, wall: string, items: readonly WallFeedItem[]): WallFeed {
  const parsed = WallFeedSchema.safeParse(held);
  const before = parsed.success && parsed.data.wall === wall ? parsed.data.items : [];
  const seen = new Set(before.map((i) => i.id));
  const all = [...before, ...items.filter((i) => !seen.has(i.id))];
  return { wall, items: all.slice(-WALL_FEED_LENGTH) };
}
