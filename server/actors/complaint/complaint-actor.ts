/**
 * @module actors/complaint/complaint-actor
 * `complaint:<id>`: one civil complaint. Folds its events in (`lifecycle.ts`) and, on a change,
 * keeps the track in the shared memory, tells the board (`complaints:board`) and saves the
 * complaint. A failed save is retried with backoff; the stop hook (shutdown, passivation) saves
 * what is still unsaved. It starts from the shared memory, else from `load` (a complaint passivated
 * and forgotten, or filed before a restart), else empty.
 */
import type { Complaint } from '../../contracts/index.ts';
import type { ActorContext, ActorLogic } from '../runtime/types.ts';
import type { BoardMsg } from './board-actor.ts';
import type { ComplaintEvent } from './event.ts';
import { applyEvent, emptyTrack, type ComplaintTrack } from './lifecycle.ts';
import type { SlaDaysOf } from './sla.ts';
import { freshPersist, persistChange, persistNewest, saveAtStop, type PersistDeps, type PersistState } from '../runtime/persist.ts';

/** Called once an event has been applied: true when its result is saved (or needed no saving). */
export type Settle = (persisted: boolean) => void;

export type ComplaintMsg =
  | { type: 'complaint.event'; event: ComplaintEvent; settle?: Settle }
  | { type: 'persist' };

export interface ComplaintCounters {
  accepted: number;
  duplicates: number;
  invalid: number;
  /** Status events held for a complaint whose filing has not been seen. */
  held: number;
  saveFailures: number;
  /** Held status events dropped because their filing never came. */
  orphansDropped: number;
}

/** What every complaint actor shares with its parent and the starter. */
export interface ComplaintShared {
  memory: Map<string, ComplaintTrack>;
  /** Complaints whose newest state is not saved yet; the parent's tick has them retried. */
  unsaved: Set<string>;
  slaDaysOf: SlaDaysOf;
  save: (complaint: Complaint) => Promise<void>;
  load?: (id: string) => Promise<Complaint | null>;
  counters: ComplaintCounters;
  parentId: string;
  boardId: string;
  now?: () => number;
}

export interface ComplaintActorState extends PersistState {
  track: ComplaintTrack;
}

export const complaintActorId = (id: string): string => `complaint:${id}`;

export const complaintLogic = (id: string, sh: ComplaintShared): ActorLogic<ComplaintMsg, ComplaintActorState> => {
  const nowOf = (ctx: ActorContext<ComplaintMsg>): number => (sh.now ?? ctx.now)();

  const persistDeps = (ctx: ActorContext<ComplaintMsg>): PersistDeps<Complaint> => ({
    id, what: 'complaint', save: sh.save, unsaved: sh.unsaved, log: ctx.log,
    onFailure: () => void (sh.counters.saveFailures += 1),
    retryIn: (ms) => ctx.schedule({ type: 'persist' }, ms),
  });
  const persist = (state: ComplaintActorState, ctx: ActorContext<ComplaintMsg>): Promise<ComplaintActorState> => persistNewest(state, state.track.complaint, persistDeps(ctx));

  const commit = async (
    state: ComplaintActorState, track: ComplaintTrack, ctx: ActorContext<ComplaintMsg>, settle?: Settle,
  ): Promise<ComplaintActorState> => {
    sh.memory.set(id, track);
    const complaint = track.complaint;
    if (complaint === null) {
      settle?.(true);
      return { ...state, track };
    }
    ctx.tell(sh.boardId, { type: 'complaint.updated', complaint } satisfies BoardMsg);
    const next = await persistChange({ ...state, track }, complaint, persistDeps(ctx));
    settle?.(!next.unsaved);
    return next;
  };

  const onEvent = (state: ComplaintActorState, event: ComplaintEvent, ctx: ActorContext<ComplaintMsg>, settle?: Settle) => {
    const r = applyEvent(state.track, event, sh.slaDaysOf, nowOf(ctx));
    if (!r.changed) {
      sh.counters.duplicates += 1;
      settle?.(!state.unsaved);
      return state;
    }
    sh.counters.accepted += 1;
    if (r.track.complaint === null) sh.counters.held += 1;
    return commit(state, r.track, ctx, settle);
  };

  return {
    async init() {
      const held = sh.memory.get(id);
      const fresh = freshPersist(sh.unsaved.has(id));
      if (held !== undefined) return { ...fresh, track: held };
      const stored = sh.load === undefined ? null : await sh.load(id);
      const track = stored === null ? emptyTrack() : { complaint: stored, pending: [] };
      if (stored !== null) sh.memory.set(id, track);
      return { ...fresh, track };
    },
    receive(state, msg, ctx) {
      switch (msg.type) {
        case 'complaint.event':
          return onEvent(state, msg.event, ctx, msg.settle);
        case 'persist':
          return state.unsaved ? persist({ ...state, retryScheduled: false }, ctx) : { ...state, retryScheduled: false };
      }
    },
    stop: (state, ctx) => saveAtStop(state, state.track.complaint, { id, what: 'complaint', save: sh.save, unsaved: sh.unsaved, log: ctx.log }),
  };
};
