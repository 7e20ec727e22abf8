/**
 * @module walls/feed
 * A wall's command feed (`walls/wall/<wall>`): the latest issued commands, oldest first. Pure.
 * A replica publishes only the commands it issued; every replica merges what it receives into the
 * feed it holds (`receivedLive`), so two replicas issuing to one wall at once both reach it.
 */
import { WALL_FEED_LENGTH, WallFeedSchema, type WallFeed, type WallFeedItem } from '../contracts/wall-remote.ts';

const WALL_CHANNEL = /^walls\/wall\/([^/]+)$/;

/** The feed held for `wall` (any value, validated) with `items` appended, trimmed to its length. */
export function appendToFeed(held: unknown, wall: string, items: readonly WallFeedItem[]): WallFeed {
  const parsed = WallFeedSchema.safeParse(held);
  const before = parsed.success && parsed.data.wall === wall ? parsed.data.items : [];
  const seen = new Set(before.map((i) => i.id));
  const all = [...before, ...items.filter((i) => !seen.has(i.id))];
  return { wall, items: all.slice(-WALL_FEED_LENGTH) };
}

/**
 * The value a hub keeps for a live message: a wall's feed merges the commands received into the
 * feed held; any other channel's value replaces the last one.
 */
export function receivedLive(channel: string, held: unknown, data: unknown): unknown {
  const wall = WALL_CHANNEL.exec(channel)?.[1];
  if (wall === undefined) return data;
  const incoming = WallFeedSchema.safeParse(data);
  return incoming.success && incoming.data.wall === wall ? appendToFeed(held, wall, incoming.data.items) : held ?? data;
}
