/**
 * @module actors/complaint/board-actor
 * `complaints:board`: takes every complaint's latest state and publishes three channels —
 *   `complaints/city/feed`: the latest complaints filed (officials only), at most once per
 *     `feedIntervalMs`, when a line of it changed;
 *   `complaints/kpi/all`: the KPIs of the city, every gu and every department over the last
 *     `kpiWindowMs`, at most once per `kpiIntervalMs`, when a figure changed;
 *   `complaints/rising/all`: the rising issues, judged with the KPIs, when they changed; each new
 *     one is also handed to `onRising` (once per pair and day).
 * The first change goes out at once; later ones within the interval fold into one trailing emit.
 * `tick` ages the memory, and recomputes the KPIs (the backlog falls due with time) and the rising
 * issues (the day turns).
 */
import type { Complaint } from '../../contracts/index.ts';
import { safeEmit } from '../collector/collector-actor.ts';
import type { ActorContext, ActorLogic } from '../runtime/types.ts';
import { ageMemory, takeComplaint, type BoardMemory, type MemoryLimits } from './board-memory.ts';
import { feedItemOf } from './facts.ts';
import { computeComplaintKpis } from './kpi.ts';
import { complaintChannels } from './live.ts';
import { evaluateRising, type RisingOptions } from './rising.ts';
import type { ComplaintBoard, ComplaintKpi, RisingIssue } from './schemas.ts';

export type BoardMsg =
  | { type: 'complaint.updated'; complaint: Complaint }
  | { type: 'flush' }
  | { type: 'tick' };

/** What the board actor publishes, readable by the starter. */
export interface BoardOutput {
  feed: ComplaintBoard | null;
  kpis: ComplaintKpi[];
  rising: RisingIssue[];
  counters: { raised: number; cleared: number };
}

export interface BoardOptions {
  emit: (channel: string, data: unknown) => void;
  /** Kept across restarts of the actor; seeded with the resumed complaints. */
  memory: BoardMemory;
  out: BoardOutput;
  limits: MemoryLimits;
  rising: RisingOptions;
  /** The first day whose complaints are all known (the rising baseline starts there). */
  firstDay: number;
  /** Gu codes that always get a KPI entry. */
  districts: readonly string[];
  onRising?: (issue: RisingIssue) => void;
  feedIntervalMs: number;
  kpiIntervalMs: number;
  now?: () => number;
}

interface Lane {
  lastAt: number | null;
  dirty: boolean;
}

export interface BoardState {
  feed: Lane;
  kpi: Lane;
  flushAt: number | null;
  /** What was last emitted: the feed's lines, the KPI figures without their window, the rising issues. */
  feedKey: string;
  kpiKey: string;
  risingKey: string;
}

export const boardLogic = (opts: BoardOptions): ActorLogic<BoardMsg, BoardState> => {
  const nowOf = (ctx: ActorContext<BoardMsg>): number => (opts.now ?? ctx.now)();
  const mem = opts.memory;

  const emitFeed = (state: BoardState, now: number, ctx: ActorContext<BoardMsg>): string => {
    const key = mem.feed.map((f) => `${f.id}@${f.status}`).join(' ');
    if (key === state.feedKey && opts.out.feed !== null) return key;
    const feed = { complaints: mem.feed.map(feedItemOf), asOf: new Date(now).toISOString() };
    opts.out.feed = feed;
    safeEmit(opts.emit, ctx, complaintChannels.feed(), feed);
    return key;
  };

  const emitKpis = (state: BoardState, now: number, ctx: ActorContext<BoardMsg>): string => {
    // [from, to) ending just after now, so that what was filed at this very millisecond counts
    const kpis = computeComplaintKpis(mem.facts.values(), { from: now + 1 - opts.limits.kpiWindowMs, to: now + 1 }, now, opts.districts);
    const key = JSON.stringify(kpis.map(({ from: _f, to: _t, ...figures }) => figures));
    if (key === state.kpiKey) return key;
    opts.out.kpis = kpis;
    safeEmit(opts.emit, ctx, complaintChannels.kpis(), { kpis, asOf: new Date(now).toISOString() });
    return key;
  };

  const emitRising = (state: BoardState, now: number, ctx: ActorContext<BoardMsg>): string => {
    const r = evaluateRising(mem.rising, mem.daily, now, opts.firstDay, opts.rising);
    mem.rising = r.state;
    opts.out.counters.raised += r.raised.length;
    opts.out.counters.cleared += r.cleared.length;
    for (const issue of r.raised) {
      ctx.log.info({ district: issue.district, category: issue.category, count: issue.count, expected: issue.expected }, 'complaints rising');
      try {
        opts.onRising?.(issue);
      } catch (err) {
        ctx.log.error({ err }, 'rising issue handler failed');
      }
    }
    const key = JSON.stringify(r.state.active);
    if (key === state.risingKey) return key;
    opts.out.rising = [...r.state.active];
    safeEmit(opts.emit, ctx, complaintChannels.rising(), { issues: opts.out.rising, asOf: new Date(now).toISOString() });
    return key;
  };

  /**
   * Emits the lanes that are dirty and due, and arms one timer for the earliest lane still waiting.
   * `timerAt` is the time a fired timer was armed for: its lanes count as due even if the clock
   * (an injected one) has not moved as far.
   */
  const flush = (state: BoardState, ctx: ActorContext<BoardMsg>, timerAt?: number): BoardState => {
    const now = nowOf(ctx);
    const effective = Math.max(now, timerAt ?? now);
    const due = (lane: Lane, interval: number): boolean => lane.dirty && (lane.lastAt === null || effective - lane.lastAt >= interval);
    let { feed, kpi, feedKey, kpiKey, risingKey } = state;
    if (due(feed, opts.feedIntervalMs)) {
      feedKey = emitFeed(state, now, ctx);
      feed = { lastAt: now, dirty: false };
    }
    if (due(kpi, opts.kpiIntervalMs)) {
      kpiKey = emitKpis(state, now, ctx);
      risingKey = emitRising(state, now, ctx);
      kpi = { lastAt: now, dirty: false };
    }
    const waits = [[feed, opts.feedIntervalMs] as const, [kpi, opts.kpiIntervalMs] as const]
      .filter(([lane]) => lane.dirty)
      .map(([lane, interval]) => (lane.lastAt ?? now) + interval);
    const next = waits.length === 0 ? null : Math.min(...waits);
    const arm = next !== null && (state.flushAt === null || next < state.flushAt);
    if (arm) ctx.schedule({ type: 'flush' }, Math.max(0, next - now));
    return { feed, kpi, feedKey, kpiKey, risingKey, flushAt: arm ? next : state.flushAt };
  };

  const dirty = (state: BoardState, lanes: { feed: boolean; kpi: boolean }): BoardState => ({
    ...state,
    feed: { ...state.feed, dirty: state.feed.dirty || lanes.feed },
    kpi: { ...state.kpi, dirty: state.kpi.dirty || lanes.kpi },
  });

  return {
    init(ctx) {
      const lane = (): Lane => ({ lastAt: null, dirty: false });
      const state: BoardState = { feed: lane(), kpi: lane(), flushAt: null, feedKey: '', kpiKey: '', risingKey: '' };
      return mem.facts.size > 0 ? flush(dirty(state, { feed: true, kpi: true }), ctx) : state;
    },
    receive(state, msg, ctx) {
      switch (msg.type) {
        case 'complaint.updated': {
          const r = takeComplaint(mem, msg.complaint, nowOf(ctx), opts.limits);
          return r.changed ? flush(dirty(state, { feed: r.feedChanged, kpi: true }), ctx) : state;
        }
        case 'flush':
          return flush({ ...state, flushAt: null }, ctx, state.flushAt ?? undefined);
        case 'tick': {
          const forgotten = ageMemory(mem, nowOf(ctx), opts.limits);
          if (forgotten > 0) ctx.log.debug({ forgotten }, 'complaints aged out of the board');
          return flush(dirty(state, { feed: false, kpi: true }), ctx);
        }
      }
    },
  };
};
