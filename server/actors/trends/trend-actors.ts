/**
 * @module actors/trends/trend-actors
 * Starts `trends:board` (the media items of the board's window, and the day's trend board) and returns the
 * handles the server needs. Seed the items stored since the window's start (`trendWindowStart`) so that a
 * restart keeps today's counts and their baseline.
 *
 *   const trends = startTrendActors(system, { emit, save, seed, exclude, log });
 *   const r = await trends.observeAll(batch.events);  // r.persisted: ack, else nak
 */
import type { Logger } from 'pino';
import { MediaItemSchema, type MediaItem, type TrendBoard } from '../../contracts/index.ts';
import type { ActorSystem } from '../runtime/system.ts';
import { trendBoardLogic, type BoardSettings, type TrendCounters, type TrendMsg, type TrendOutput } from './board-actor.ts';
import { parseMediaEvent } from './event.ts';
import { createTrendMemory, windowStartOf } from './memory.ts';

export const TRENDS_BOARD_ID = 'trends:board';
export const DEFAULT_BASELINE_DAYS = 7;

export interface TrendActorsOptions {
  emit: (channel: string, data: unknown) => void;
  /** Upserts one item (e.g. `batchedSave<MediaItem>((list) => upsertMediaItems(db, list))`). */
  save: (item: MediaItem) => Promise<void>;
  log: Logger;
  /** The feed clock: which day is today in Seoul (default: the system clock). */
  now?: () => number;
  /** Items to resume (e.g. `mediaItemsSince(db, new Date(trendWindowStart(Date.now())))`). */
  seed?: readonly MediaItem[];
  /** Normalized words to leave off the board with their phrases, e.g. `wordsOfNames(PLACE_NAME_LIST)`. */
  exclude?: ReadonlySet<string>;
  /** Days before today that make a term's baseline (default 7). */
  baselineDays?: number;
  /** Other settings of `trendingTerms` (top, minimum counts, rising thresholds). */
  board?: BoardSettings;
  /** At most one board per this long while items come in (default 10 s). */
  intervalMs?: number;
  /** How long `observeAll` waits for the items to be saved (default 10 s). */
  settleTimeoutMs?: number;
}

export interface ObserveResult {
  /** Items handed to the actor. */
  routed: number;
  invalid: number;
  /** Every routed item was taken and, when new or edited, saved within the timeout: safe to acknowledge. */
  persisted: boolean;
}

export interface TrendActors {
  observeAll(envelopes: readonly unknown[]): Promise<ObserveResult>;
  /** Turns the day when the feed clock has passed midnight in Seoul (call every few seconds). */
  tick(): void;
  board(): TrendBoard | null;
  counters(): Readonly<TrendCounters>;
  stop(): Promise<void>;
}

/** Where the window of the board starts at `now`: midnight in Seoul `baselineDays` before today, epoch ms. */
export const trendWindowStart = (now: number, baselineDays = DEFAULT_BASELINE_DAYS): number => windowStartOf(now, baselineDays);

const checkedSeed = (seed: readonly MediaItem[], log: Logger): MediaItem[] =>
  seed.flatMap((raw) => {
    const parsed = MediaItemSchema.safeParse(raw);
    if (parsed.success) return [parsed.data];
    log.warn({ reason: parsed.error.issues[0]?.message }, 'seeded media item ignored');
    return [];
  });

export const startTrendActors = (system: ActorSystem, opts: TrendActorsOptions): TrendActors => {
  const log = opts.log.child({ component: 'trends' });
  const now = opts.now ?? Date.now;
  const baselineDays = opts.baselineDays ?? DEFAULT_BASELINE_DAYS;
  const counters: TrendCounters = { accepted: 0, updated: 0, duplicates: 0, invalid: 0, stale: 0, saveFailures: 0, boards: 0, lastComputeMs: 0 };
  const memory = createTrendMemory(checkedSeed(opts.seed ?? [], log), windowStartOf(now(), baselineDays));
  const out: TrendOutput = { board: null };
  system.spawn<TrendMsg, unknown>(TRENDS_BOARD_ID, trendBoardLogic({
    emit: opts.emit, save: opts.save, memory, out, counters, baselineDays,
    exclude: opts.exclude ?? new Set(), board: opts.board ?? {}, intervalMs: opts.intervalMs ?? 10_000,
    ...(opts.now === undefined ? {} : { now: opts.now }),
  }));

  const settleTimeoutMs = opts.settleTimeoutMs ?? 10_000;
  const deliver = (items: MediaItem[]): Promise<boolean> =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), settleTimeoutMs);
      timer.unref();
      const settle = (persisted: boolean): void => {
        clearTimeout(timer);
        resolve(persisted);
      };
      if (!system.tell(TRENDS_BOARD_ID, { type: 'items.observed', items, settle } satisfies TrendMsg)) settle(false);
    });

  return {
    async observeAll(envelopes) {
      const items: MediaItem[] = [];
      for (const raw of envelopes) {
        const parsed = parseMediaEvent(raw);
        if (parsed.ok) {
          items.push(parsed.item);
          continue;
        }
        counters.invalid += 1;
        log.warn({ reason: parsed.reason, invalid: counters.invalid }, 'media event rejected');
      }
      const persisted = items.length === 0 ? true : await deliver(items);
      return { routed: items.length, invalid: envelopes.length - items.length, persisted };
    },
    tick: () => void system.tell(TRENDS_BOARD_ID, { type: 'tick' } satisfies TrendMsg),
    board: () => out.board,
    counters: () => ({ ...counters }),
    stop: () => system.stop(TRENDS_BOARD_ID),
  };
};
