/**
 * @module actors/incident/board-actor
 * `incidents:board`: collects every incident's latest state and publishes three channels —
 *   `incidents/city/active`: the board (open, and resolved within the hour; capped), at most once per
 *     `boardIntervalMs`;
 *   `incidents/kpi/all`: the KPIs of the city and every gu per agency over the last `kpiWindowMs`,
 *     at most once per `kpiIntervalMs`, and only when a figure changed;
 *   `incidents/city/escalations`: the latest escalations, at once.
 * The first change goes out at once; later ones within the interval fold into one trailing emit.
 * `tick` ages the board and the KPI window and forgets incidents neither needs any more.
 */
import {
  channels, type Incident, type IncidentBoard, type IncidentEscalation, type IncidentKpi,
} from '../../contracts/index.ts';
import { safeEmit } from '../collector/collector-actor.ts';
import type { ActorContext, ActorLogic } from '../runtime/types.ts';
import { addEscalation, isOpen, onBoard, selectBoard } from './board.ts';
import { computeKpis, inWindow } from './kpi.ts';
import type { IncidentTargets } from './targets.ts';

export type BoardMsg =
  | { type: 'incident.updated'; incident: Incident }
  | { type: 'escalated'; escalation: IncidentEscalation }
  | { type: 'flush' }
  | { type: 'tick' };

/** What the board actor publishes, readable by the starter. */
export interface BoardOutput {
  board: IncidentBoard | null;
  kpis: IncidentKpi[];
  escalations: IncidentEscalation[];
}

export interface BoardOptions {
  emit: (channel: string, data: unknown) => void;
  /** Kept across restarts of the actor; seeded with the reloaded incidents. */
  memory: Map<string, Incident>;
  out: BoardOutput;
  targets: IncidentTargets;
  /** Gu codes that always get a KPI entry (others get one when they have incidents). */
  districts: readonly string[];
  resolvedForMs: number;
  cap: number;
  kpiWindowMs: number;
  forgetOpenAfterMs: number;
  maxEscalations: number;
  boardIntervalMs: number;
  kpiIntervalMs: number;
  now?: () => number;
}

interface Lane {
  lastAt: number | null;
  dirty: boolean;
}

export interface BoardState {
  board: Lane;
  kpi: Lane;
  flushAt: number | null;
  /** What was last emitted: the board's incidents by id and version, the KPI figures without their window. */
  boardKey: string;
  kpiKey: string;
}

export const boardLogic = (opts: BoardOptions): ActorLogic<BoardMsg, BoardState> => {
  const nowOf = (ctx: ActorContext<BoardMsg>): number => (opts.now ?? ctx.now)();

  /** Emits the board when its incidents changed; returns the new key. */
  const emitBoard = (state: BoardState, now: number, ctx: ActorContext<BoardMsg>): string => {
    const { board, truncated } = selectBoard(opts.memory.values(), now, { resolvedForMs: opts.resolvedForMs, cap: opts.cap });
    const key = board.incidents.map((i) => `${i.id}@${i.updatedAt}`).join(' ');
    if (key === state.boardKey && opts.out.board !== null) return key;
    if (truncated > 0) ctx.log.warn({ truncated, cap: opts.cap }, 'incident board capped');
    opts.out.board = board;
    safeEmit(opts.emit, ctx, channels.incidents(), board);
    return key;
  };

  /** Emits the KPIs when a figure changed; returns the new key. */
  const emitKpis = (state: BoardState, now: number, ctx: ActorContext<BoardMsg>): string => {
    // [from, to) ending just after now, so that what was reported at this very millisecond counts
    const kpis = computeKpis(opts.memory.values(), { from: now + 1 - opts.kpiWindowMs, to: now + 1 }, opts.targets, opts.districts);
    const key = JSON.stringify(kpis.map(({ from: _f, to: _t, ...figures }) => figures));
    if (key === state.kpiKey) return key;
    opts.out.kpis = kpis;
    safeEmit(opts.emit, ctx, channels.incidentKpis(), { kpis, asOf: new Date(now).toISOString() });
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
    let { board, kpi, boardKey, kpiKey } = state;
    if (due(board, opts.boardIntervalMs)) {
      boardKey = emitBoard(state, now, ctx);
      board = { lastAt: now, dirty: false };
    }
    if (due(kpi, opts.kpiIntervalMs)) {
      kpiKey = emitKpis(state, now, ctx);
      kpi = { lastAt: now, dirty: false };
    }
    const waits = [[board, opts.boardIntervalMs] as const, [kpi, opts.kpiIntervalMs] as const]
      .filter(([lane]) => lane.dirty)
      .map(([lane, interval]) => (lane.lastAt ?? now) + interval);
    const next = waits.length === 0 ? null : Math.min(...waits);
    const arm = next !== null && (state.flushAt === null || next < state.flushAt);
    if (arm) ctx.schedule({ type: 'flush' }, Math.max(0, next - now));
    return { board, kpi, boardKey, kpiKey, flushAt: arm ? next : state.flushAt };
  };

  const dirty = (state: BoardState): BoardState => ({ ...state, board: { ...state.board, dirty: true }, kpi: { ...state.kpi, dirty: true } });

  /** Drops incidents that are neither on the board nor in the KPI window, and open ones silent too long. */
  const age = (now: number): void => {
    const w = { from: now - opts.kpiWindowMs, to: now + 1 };
    for (const [id, i] of opts.memory) {
      const silent = now - Date.parse(i.updatedAt) > opts.forgetOpenAfterMs;
      if ((isOpen(i) && silent) || (!isOpen(i) && !onBoard(i, now, opts.resolvedForMs) && !inWindow(i, w))) opts.memory.delete(id);
    }
  };

  return {
    init(ctx) {
      const state: BoardState = { board: { lastAt: null, dirty: false }, kpi: { lastAt: null, dirty: false }, flushAt: null, boardKey: '', kpiKey: '' };
      return opts.memory.size > 0 ? flush(dirty(state), ctx) : state;
    },
    receive(state, msg, ctx) {
      switch (msg.type) {
        case 'incident.updated':
          opts.memory.set(msg.incident.id, msg.incident);
          return flush(dirty(state), ctx);
        case 'escalated': {
          opts.out.escalations = addEscalation(opts.out.escalations, msg.escalation, opts.maxEscalations);
          const asOf = new Date(nowOf(ctx)).toISOString();
          safeEmit(opts.emit, ctx, channels.escalations(), { escalations: opts.out.escalations, asOf });
          return state;
        }
        case 'flush':
          return flush({ ...state, flushAt: null }, ctx, state.flushAt ?? undefined);
        case 'tick':
          age(nowOf(ctx));
          return flush(dirty(state), ctx);
      }
    },
  };
};
