/**
 * @module http/routes/trends-port
 * The `TrendsPort` of the trend routes over any source of items: the store in the platform
 * (`media-items.ts` queries), an array in tests (`memoryTrendsPort`), with one meaning.
 *   board(day)  the live board when it is of that day (the trend actor's, from the live hub), else computed
 *               from the items of the day and its baseline days (`trendingTerms`, the actor's settings), kept
 *               for `cacheMs`; narrowed to a gu, its terms and the count of the items that mention it
 *   items(q)    the items whose terms hold the term (`mediaItemTerms`, as the board counts them)
 */
import type { MediaItem, TrendBoard } from '../../contracts/index.ts';
import type { BoardSettings } from '../../actors/trends/board-actor.ts';
import { DEFAULT_BASELINE_DAYS } from '../../actors/trends/trend-actors.ts';
import { kstDayBounds, mediaItemTerms, normalizeTerm } from '../../store/media-items.ts';
import { trendingTerms } from '../../trends/trending.ts';
import type { TrendBoardView, TrendItemsQuery, TrendsPort } from './trends.ts';

const DAY_MS = 86_400_000;

/** Where the items come from. */
export interface TrendSource {
  /** Items published in `[from, to)`. */
  itemsBetween(from: Date, to: Date): Promise<MediaItem[]>;
  /** Items carrying a term, newest first (`itemsByTerm` of the store). */
  itemsByTerm(q: TrendItemsQuery): Promise<MediaItem[]>;
  countItems(q: { from: Date; to: Date; district?: string }): Promise<number>;
}

export interface TrendsPortOptions {
  /** Today's board as the trend actor published it, if any (e.g. the live hub's `trends/city/board`). */
  live?: () => TrendBoard | null;
  /** As the trend actor leaves them out, e.g. `wordsOfNames(PLACE_NAME_LIST)`. */
  exclude?: ReadonlySet<string>;
  baselineDays?: number;
  board?: BoardSettings;
  /** How long a computed board is reused (default 60 s) and how many are kept (default 16). */
  cacheMs?: number;
  cacheSize?: number;
  clock?: () => number;
}

export function createTrendsPort(source: TrendSource, opts: TrendsPortOptions = {}): TrendsPort {
  const baselineDays = opts.baselineDays ?? DEFAULT_BASELINE_DAYS;
  const cacheMs = opts.cacheMs ?? 60_000;
  const cacheSize = opts.cacheSize ?? 16;
  const clock = opts.clock ?? Date.now;
  const cache = new Map<string, { at: number; board: Promise<TrendBoard> }>();

  const compute = async (day: string): Promise<TrendBoard> => {
    const { from, to } = kstDayBounds(day);
    const items = await source.itemsBetween(new Date(from.getTime() - baselineDays * DAY_MS), to);
    return trendingTerms(items, { ...opts.board, day, baselineDays, exclude: opts.exclude ?? new Set() });
  };

  /** One computation per day at a time; a failed one is not kept. */
  const stored = (day: string): Promise<TrendBoard> => {
    const hit = cache.get(day);
    if (hit !== undefined && clock() - hit.at < cacheMs) return hit.board;
    const board = compute(day);
    cache.delete(day);
    cache.set(day, { at: clock(), board });
    board.catch(() => cache.get(day)?.board === board && cache.delete(day));
    for (const k of cache.keys()) if (cache.size > cacheSize) cache.delete(k);
    return board;
  };

  return {
    async board(day, district) {
      const live = opts.live?.() ?? null;
      const fresh = live !== null && live.day === day ? live : null;
      const origin = fresh === null ? ('store' as const) : ('live' as const);
      const base = fresh ?? (await stored(day));
      if (district === undefined) return { ...base, district: null, source: origin };
      const terms = base.byDistrict[district] ?? [];
      const itemCount = await source.countItems({ ...kstDayBounds(day), district });
      const view: TrendBoardView = { ...base, itemCount, terms, byDistrict: terms.length === 0 ? {} : { [district]: terms }, district, source: origin };
      return view;
    },
    items: (q) => source.itemsByTerm(q),
  };
}

const newestFirst = (a: MediaItem, b: MediaItem): number =>
  Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const within = (i: MediaItem, from: Date, to: Date): boolean => {
  const t = Date.parse(i.publishedAt);
  return t >= from.getTime() && t < to.getTime();
};

/** A source over items held in memory, with the store's meaning (for tests and `http/testing.ts`). */
export function memoryTrendSource(items: readonly MediaItem[]): TrendSource & { asked: TrendItemsQuery[] } {
  const asked: TrendItemsQuery[] = [];
  const terms = new Map(items.map((i) => [i.id, new Set(mediaItemTerms(i))]));
  return {
    asked,
    itemsBetween: async (from, to) => items.filter((i) => within(i, from, to)),
    async itemsByTerm(q) {
      asked.push(q);
      const term = normalizeTerm(q.term);
      const { from, to } = kstDayBounds(q.day);
      return items
        .filter((i) => terms.get(i.id)?.has(term) && within(i, from, to) && (q.district === undefined || i.districts.includes(q.district)))
        .sort(newestFirst)
        .slice(0, q.limit);
    },
    countItems: async (q) => items.filter((i) => within(i, q.from, q.to) && (q.district === undefined || i.districts.includes(q.district))).length,
  };
}

export const memoryTrendsPort = (items: readonly MediaItem[], opts: TrendsPortOptions = {}): TrendsPort & { asked: TrendItemsQuery[] } => {
  const source = memoryTrendSource(items);
  return { ...createTrendsPort(source, opts), asked: source.asked };
};
