/**
 * @module actors/trends/board-actor
 * `trends:board`: holds the media items of the last `baselineDays` + 1 days in Seoul, saves each new or edited
 * one, and publishes the day's `TrendBoard` (`trendingTerms`) on `trends/city/board`:
 *   - when new items came, at most once per `intervalMs` (system clock): the first change at once, later ones
 *     folded into one trailing computation;
 *   - at the day's turn (feed clock, seen on `tick`), at once, after the items that left the window are dropped;
 *   - only when the board changed.
 * The board lists terms and item ids, never an author.
 */
import type { MediaItem, TrendBoard } from '../../contracts/index.ts';
import { trendingTerms, type TrendOptions } from '../../trends/trending.ts';
import { safeEmit } from '../collector/collector-actor.ts';
import type { ActorContext, ActorLogic } from '../runtime/types.ts';
import { TRENDS_CHANNEL } from './live.ts';
import { heldItems, pruneMemory, takeItems, trendDayOf, windowStartOf, type TrendMemory } from './memory.ts';

export type Settle = (persisted: boolean) => void;

export type TrendMsg =
  | { type: 'items.observed'; items: MediaItem[]; settle?: Settle }
  | { type: 'flush' }
  | { type: 'tick' };

export interface TrendCounters {
  accepted: number;
  updated: number;
  duplicates: number;
  invalid: number;
  stale: number;
  saveFailures: number;
  boards: number;
  /** How long the last board took to compute, ms. */
  lastComputeMs: number;
}

/** What the actor publishes, readable by the starter. */
export interface TrendOutput {
  board: TrendBoard | null;
}

export type BoardSettings = Omit<TrendOptions, 'day' | 'exclude' | 'baselineDays'>;

export interface TrendBoardOptions {
  emit: (channel: string, data: unknown) => void;
  save: (item: MediaItem) => Promise<void>;
  memory: TrendMemory;
  out: TrendOutput;
  counters: TrendCounters;
  baselineDays: number;
  exclude: ReadonlySet<string>;
  board: BoardSettings;
  intervalMs: number;
  /** The feed clock: which day is today. */
  now?: () => number;
}

export interface TrendState {
  /** The day of the last board computed (or of the start). */
  day: string;
  lastAt: number | null;
  dirty: boolean;
  flushAt: number | null;
  key: string;
}

export const trendBoardLogic = (opts: TrendBoardOptions): ActorLogic<TrendMsg, TrendState> => {
  const feedNow = (ctx: ActorContext<TrendMsg>): number => (opts.now ?? ctx.now)();
  const mem = opts.memory;

  const compute = (state: TrendState, ctx: ActorContext<TrendMsg>): TrendState => {
    const now = feedNow(ctx);
    const day = trendDayOf(now);
    if (day !== state.day) {
      const dropped = pruneMemory(mem, windowStartOf(now, opts.baselineDays));
      ctx.log.info({ day, dropped, held: mem.items.size }, 'trend day turned');
    }
    const started = performance.now();
    const items = heldItems(mem);
    const board = trendingTerms(items, { ...opts.board, day, baselineDays: opts.baselineDays, exclude: opts.exclude });
    const ms = Math.round(performance.now() - started);
    opts.counters.lastComputeMs = ms;
    if (ms > 1000) ctx.log.warn({ ms, items: items.length }, 'trend board slow to compute');
    const key = JSON.stringify(board);
    const next = { ...state, day, lastAt: ctx.now(), dirty: false };
    if (key === state.key) return next;
    opts.out.board = board;
    opts.counters.boards += 1;
    safeEmit(opts.emit, ctx, TRENDS_CHANNEL, board);
    ctx.log.debug({ day, items: items.length, terms: board.terms.length, ms }, 'trend board published');
    return { ...next, key };
  };

  /** Computes when dirty and due, else arms one timer for when it will be. */
  const flush = (state: TrendState, ctx: ActorContext<TrendMsg>, timerAt?: number): TrendState => {
    if (!state.dirty) return state;
    const now = ctx.now();
    const effective = Math.max(now, timerAt ?? now);
    if (state.lastAt === null || effective - state.lastAt >= opts.intervalMs) return compute(state, ctx);
    const due = state.lastAt + opts.intervalMs;
    if (state.flushAt !== null && state.flushAt <= due) return state;
    ctx.schedule({ type: 'flush' }, Math.max(0, due - now));
    return { ...state, flushAt: due };
  };

  const saveAll = (items: readonly MediaItem[], settle: Settle | undefined, ctx: ActorContext<TrendMsg>): void => {
    if (items.length === 0) {
      settle?.(true);
      return;
    }
    for (const i of items) mem.unsaved.add(i.id);
    Promise.all(items.map((i) => opts.save(i).then(() => void mem.unsaved.delete(i.id)))).then(
      () => settle?.(true),
      (err: unknown) => {
        opts.counters.saveFailures += 1;
        ctx.log.error({ err, items: items.length }, 'media items not saved');
        settle?.(false);
      },
    );
  };

  return {
    init(ctx) {
      const state: TrendState = { day: trendDayOf(feedNow(ctx)), lastAt: null, dirty: false, flushAt: null, key: '' };
      return mem.items.size > 0 ? compute(state, ctx) : state;
    },
    receive(state, msg, ctx) {
      switch (msg.type) {
        case 'items.observed': {
          const r = takeItems(mem, msg.items, windowStartOf(feedNow(ctx), opts.baselineDays));
          opts.counters.accepted += r.added;
          opts.counters.updated += r.updated;
          opts.counters.duplicates += r.duplicates;
          opts.counters.stale += r.stale;
          saveAll(r.toSave, msg.settle, ctx);
          return r.changed ? flush({ ...state, dirty: true }, ctx) : state;
        }
        case 'flush':
          return flush({ ...state, flushAt: null }, ctx, state.flushAt ?? undefined);
        case 'tick':
          // the day's turn: at once, whatever the interval (the board of the new day starts from its baseline)
          return trendDayOf(feedNow(ctx)) === state.day ? state : compute(state, ctx);
      }
    },
  };
};
