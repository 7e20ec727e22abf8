/**
 * @module actors/participation/board-actor
 * `participation:board`: keeps every live proposal by id (a newer `observedAt` replaces an older one; an older or
 * equal one is stale) and the newest polls, and publishes the ParticipationBoard when its content changed — at most
 * once per `minIntervalMs`: the first change goes out at once, later ones within the interval fold into one trailing
 * emit. `tick` re-judges the statuses against the clock (deadlines pass) and forgets what the board no longer needs;
 * a forgotten proposal leaves a tombstone so that a late, older event cannot bring it back. Events older than
 * `forgetAfterMs` are stale.
 */
import type { ParticipationBoard, Poll, Proposal } from '../../contracts/participation.ts';
import { safeEmit } from '../collector/collector-actor.ts';
import type { ActorContext, ActorLogic } from '../runtime/types.ts';
import { boardKey, forgettable, selectParticipationBoard, type BoardLimits } from './board.ts';

export type ParticipationMsg =
  | { type: 'proposal.updated'; proposal: Proposal; observedAt: string }
  | { type: 'poll.published'; poll: Poll }
  | { type: 'flush' }
  | { type: 'tick' };

export interface ParticipationMemory {
  proposals: Map<string, { proposal: Proposal; observedAt: string }>;
  polls: Map<string, Poll>;
  /** Forgotten proposals: id → the observedAt they had. */
  tombstones: Map<string, string>;
}

export interface ParticipationCounters {
  observed: number;
  invalid: number;
  stale: number;
  emitted: number;
}

export interface ParticipationBoardOptions {
  channel: string;
  emit: (channel: string, data: unknown) => void;
  memory: ParticipationMemory;
  counters: ParticipationCounters;
  /** The last board published, readable by the starter. */
  out: { board: ParticipationBoard | null };
  limits: BoardLimits;
  minIntervalMs: number;
  forgetAfterMs: number;
  now?: () => number;
}

interface BoardState {
  lastEmitAt: number | null;
  flushPending: boolean;
  dirty: boolean;
  key: string;
}

export const participationBoardLogic = (o: ParticipationBoardOptions): ActorLogic<ParticipationMsg, BoardState> => {
  const nowOf = (ctx: ActorContext<ParticipationMsg>): number => (o.now ?? ctx.now)();

  const emitIfChanged = (state: BoardState, ctx: ActorContext<ParticipationMsg>): BoardState => {
    const now = nowOf(ctx);
    const board = selectParticipationBoard([...o.memory.proposals.values()].map((e) => e.proposal), o.memory.polls.values(), now, o.limits);
    const key = boardKey(board);
    if (key === state.key && o.out.board !== null) return { ...state, dirty: false };
    o.out.board = board;
    o.counters.emitted += 1;
    safeEmit(o.emit, ctx, o.channel, board);
    return { ...state, lastEmitAt: now, dirty: false, key };
  };

  const changed = (state: BoardState, ctx: ActorContext<ParticipationMsg>): BoardState => {
    if (state.flushPending) return { ...state, dirty: true };
    const wait = state.lastEmitAt === null ? 0 : state.lastEmitAt + o.minIntervalMs - nowOf(ctx);
    if (wait <= 0) return emitIfChanged(state, ctx);
    ctx.schedule({ type: 'flush' }, wait);
    return { ...state, dirty: true, flushPending: true };
  };

  const tooOld = (observedAt: string, now: number): boolean => Date.parse(observedAt) < now - o.forgetAfterMs;

  const keepProposal = (msg: Extract<ParticipationMsg, { type: 'proposal.updated' }>, now: number): boolean => {
    const id = msg.proposal.id;
    const known = o.memory.proposals.get(id)?.observedAt ?? o.memory.tombstones.get(id);
    if (tooOld(msg.observedAt, now) || (known !== undefined && Date.parse(known) >= Date.parse(msg.observedAt))) return false;
    o.memory.proposals.set(id, { proposal: msg.proposal, observedAt: msg.observedAt });
    o.memory.tombstones.delete(id);
    return true;
  };

  const keepPoll = (poll: Poll): boolean => {
    const known = o.memory.polls.get(poll.id);
    if (known !== undefined && Date.parse(known.publishedAt) >= Date.parse(poll.publishedAt)) return false;
    o.memory.polls.set(poll.id, poll);
    return true;
  };

  /** Forgets what the board no longer needs; tombstones outlive their proposals by `forgetAfterMs`. */
  const age = (now: number): void => {
    for (const [id, e] of o.memory.proposals) {
      if (!forgettable(e.proposal, now, o.limits)) continue;
      o.memory.proposals.delete(id);
      o.memory.tombstones.set(id, e.observedAt);
    }
    for (const [id, at] of o.memory.tombstones) if (tooOld(at, now)) o.memory.tombstones.delete(id);
    const newest = [...o.memory.polls.values()].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)).slice(0, o.limits.polls);
    for (const id of [...o.memory.polls.keys()]) if (!newest.some((p) => p.id === id)) o.memory.polls.delete(id);
  };

  return {
    init(ctx) {
      const state: BoardState = { lastEmitAt: null, flushPending: false, dirty: false, key: '' };
      return o.memory.proposals.size + o.memory.polls.size > 0 ? emitIfChanged(state, ctx) : state;
    },
    receive(state, msg, ctx) {
      switch (msg.type) {
        case 'proposal.updated':
        case 'poll.published': {
          const kept = msg.type === 'proposal.updated' ? keepProposal(msg, nowOf(ctx)) : keepPoll(msg.poll);
          if (!kept) {
            o.counters.stale += 1;
            return state;
          }
          o.counters.observed += 1;
          return changed(state, ctx);
        }
        case 'flush':
          return state.dirty ? emitIfChanged({ ...state, flushPending: false }, ctx) : { ...state, flushPending: false };
        case 'tick':
          age(nowOf(ctx));
          return changed(state, ctx);
      }
    },
  };
};
