/**
 * @module scripts/simulator/safety-common/feed
 * Pure: a dispatch system's stage-change feed over incident timelines, for the 119 and 112 simulators.
 * Every incident has an ordinal (unique, ≥ 0) and the wall times of its four stages; each stage that has
 * happened by `now` is one event keyed (ms, seq) with seq = ordinal × 4 + stage. Events are served in key
 * order; the cursor `<ms>-<seq>` is the key of the last event served, so a client resumes right after it.
 * Every event with ms ≤ now is visible at once, so nothing can appear later behind a cursor.
 */
import { parseKst } from '../../../connectors/_safety/kst.ts';

export const STAGE_INDEX = { reported: 0, dispatched: 1, arrived: 2, resolved: 3 } as const;
export type StageIndex = 0 | 1 | 2 | 3;

export interface Timeline {
  ordinal: number;
  /** Wall ms (integers) of reported, dispatched, arrived, resolved; non-decreasing. */
  at: readonly [number, number, number, number];
}

export interface FeedEvent<T extends Timeline> {
  incident: T;
  stage: StageIndex;
  ms: number;
  seq: number;
}

/** Events strictly after this key are served. */
export interface FeedKey {
  ms: number;
  seq: number;
}

export interface FeedQuery {
  after: FeedKey;
  limit: number;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;
/** Without `from` or `since`, the feed starts this long before now. */
export const DEFAULT_LOOKBACK_MS = 3600_000;

export const cursorOf = (k: FeedKey): string => `${k.ms}-${k.seq}`;

const CURSOR = /^(\d{1,15})-(\d{1,15})$/;

/** Reads `from` (KST digits), `since` (a cursor) and `limit`; an error code ('10') for anything invalid. */
export const parseFeedQuery = (params: URLSearchParams, now: number): FeedQuery | { error: '10' } => {
  const since = params.get('since');
  const from = params.get('from');
  const limitText = params.get('limit');
  if (since !== null && from !== null) return { error: '10' };
  const limit = limitText === null ? DEFAULT_LIMIT : /^\d{1,4}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) return { error: '10' };
  if (since !== null) {
    const m = CURSOR.exec(since);
    return m ? { after: { ms: Number(m[1]), seq: Number(m[2]) }, limit } : { error: '10' };
  }
  if (from !== null) {
    const ms = /^\d{14}$/.test(from) ? parseKst(from) : null;
    return ms === null ? { error: '10' } : { after: { ms, seq: -1 }, limit };
  }
  return { after: { ms: now - DEFAULT_LOOKBACK_MS, seq: -1 }, limit };
};

const isAfter = (ms: number, seq: number, k: FeedKey): boolean => ms > k.ms || (ms === k.ms && seq > k.seq);

/** The events of these incidents after `after` and no later than `now`, in key order. */
export const eventsOf = <T extends Timeline>(incidents: Iterable<T>, after: FeedKey, now: number): FeedEvent<T>[] => {
  const out: FeedEvent<T>[] = [];
  for (const incident of incidents) {
    incident.at.forEach((ms, stage) => {
      const seq = incident.ordinal * 4 + stage;
      if (ms <= now && isAfter(ms, seq, after)) out.push({ incident, stage: stage as StageIndex, ms, seq });
    });
  }
  return out.sort((a, b) => a.ms - b.ms || a.seq - b.seq);
};

export interface FeedPage<T extends Timeline> {
  events: FeedEvent<T>[];
  hasMore: boolean;
  /** After the last event served; the request's own cursor (or null) when nothing was served. */
  nextCursor: string | null;
}

export const pageOf = <T extends Timeline>(events: readonly FeedEvent<T>[], q: FeedQuery): FeedPage<T> => {
  const served = events.slice(0, q.limit);
  const last = served.at(-1);
  return {
    events: served,
    hasMore: events.length > served.length,
    nextCursor: last ? cursorOf(last) : q.after.seq >= 0 ? cursorOf(q.after) : null,
  };
};
