/**
 * @module wall/commands/feed
 * Which items of a wall's command feed (`walls/wall/<wall>`, the latest commands, oldest first) to
 * apply, each exactly once: the first value after the page loads is history (its items are
 * remembered, none applied — but for commands this page posted before that value came); after
 * that, and after every reconnect's snapshot, the items not seen before are applied in order. Pure.
 */
import type { WallFeed, WallFeedItem } from '../../../server/contracts/index.ts';

export interface FeedCursor {
  /** Whether the first value has been seen. */
  primed: boolean;
  /** The ids of the last feed seen (an id that left the feed never comes back). */
  seen: ReadonlySet<string>;
}

export const NEW_CURSOR: FeedCursor = { primed: false, seen: new Set() };

export interface FeedStep {
  cursor: FeedCursor;
  /** The items to apply now, in order. */
  fresh: WallFeedItem[];
}

/**
 * The cursor after one value of the feed (null: the wall has no commands yet), and what to apply.
 * `posted`: the ids of commands this page posted (they are new even in the first value).
 */
export function advanceFeed(cursor: FeedCursor, feed: WallFeed | null, posted: ReadonlySet<string> = new Set()): FeedStep {
  if (feed === null) return { cursor: cursor.primed ? cursor : { primed: true, seen: new Set() }, fresh: [] };
  const seen = new Set(feed.items.map((i) => i.id));
  if (!cursor.primed) return { cursor: { primed: true, seen }, fresh: feed.items.filter((i) => posted.has(i.id)) };
  const items = feed.items;
  const fresh = items.filter((i) => !cursor.seen.has(i.id));
  return { cursor: { primed: true, seen }, fresh };
}
