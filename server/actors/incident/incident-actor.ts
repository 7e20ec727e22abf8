/**
 * @module actors/incident/incident-actor
 * `incident:<id>`: one incident. Folds its stage events in (`lifecycle.ts`), judges lateness on every
 * change and on `check` (`lateness.ts`), and on a change: keeps the track in the shared memory,
 * emits `incidents/incident/<id>`, tells the board (`incidents:board`) the incident and any
 * escalation, tells its parent when the next stage falls due, and saves the incident. A failed save
 * is retried with backoff; the stop hook (shutdown, passivation) saves what is still unsaved.
 * It starts from the shared memory, else from `load` (an incident passivated and forgotten), else empty.
 */
import { channels, type Incident, type IncidentEscalation } from '../../contracts/index.ts';
import { safeEmit } from '../collector/collector-actor.ts';
import type { ActorContext, ActorLogic } from '../runtime/types.ts';
import type { BoardMsg } from './board-actor.ts';
import type { IncidentEvent } from './event.ts';
import { assessLateness, nextCheckAt } from './lateness.ts';
import { applyEvent, emptyTrack, type IncidentTrack } from './lifecycle.ts';
import type { IncidentTargets } from './targets.ts';
import { freshPersist, persistChange, persistNewest, saveAtStop, type PersistDeps, type PersistState } from '../runtime/persist.ts';

/** Called once an event has been applied: true when its result is saved (or needed no saving). */
export type Settle = (persisted: boolean) => void;

export type IncidentMsg =
  | { type: 'incident.event'; event: IncidentEvent; settle?: Settle }
  | { type: 'check' }
  | { type: 'persist' };

export interface IncidentCounters {
  accepted: number;
  duplicates: number;
  invalid: number;
  /** Progress events held for an incident whose `reported` has not been seen. */
  held: number;
  escalated: number;
  saveFailures: number;
  /** Held progress dropped because its `reported` never came. */
  orphansDropped: number;
}

/** What every incident actor shares with its parent and the starter. */
export interface IncidentShared {
  memory: Map<string, IncidentTrack>;
  /** Incidents whose newest state is not saved yet; the parent's tick has them retried. */
  unsaved: Set<string>;
  targets: IncidentTargets;
  escalateWithinMs: number;
  emit: (channel: string, data: unknown) => void;
  save: (incident: Incident) => Promise<void>;
  load?: (id: string) => Promise<Incident | null>;
  counters: IncidentCounters;
  parentId: string;
  boardId: string;
  now?: () => number;
}

export interface IncidentActorState extends PersistState {
  track: IncidentTrack;
}

export const incidentActorId = (id: string): string => `incident:${id}`;

export const incidentLogic = (id: string, sh: IncidentShared): ActorLogic<IncidentMsg, IncidentActorState> => {
  const nowOf = (ctx: ActorContext<IncidentMsg>): number => (sh.now ?? ctx.now)();
  const tellBoard = (ctx: ActorContext<IncidentMsg>, msg: BoardMsg): boolean => ctx.tell(sh.boardId, msg);

  const persistDeps = (ctx: ActorContext<IncidentMsg>): PersistDeps<Incident> => ({
    id, what: 'incident', save: sh.save, unsaved: sh.unsaved, log: ctx.log,
    onFailure: () => void (sh.counters.saveFailures += 1),
    retryIn: (ms) => ctx.schedule({ type: 'persist' }, ms),
  });
  const persist = (state: IncidentActorState, ctx: ActorContext<IncidentMsg>): Promise<IncidentActorState> => persistNewest(state, state.track.incident, persistDeps(ctx));

  const commit = async (
    state: IncidentActorState, track: IncidentTrack, ctx: ActorContext<IncidentMsg>, settle?: Settle,
  ): Promise<IncidentActorState> => {
    let escalations: IncidentEscalation[] = [];
    if (track.incident !== null) {
      const judged = assessLateness(track.incident, nowOf(ctx), { targets: sh.targets, escalateWithinMs: sh.escalateWithinMs });
      track = { ...track, incident: judged.incident };
      escalations = judged.escalations;
    }
    sh.memory.set(id, track);
    const incident = track.incident;
    if (incident === null) {
      settle?.(true);
      return { ...state, track };
    }
    safeEmit(sh.emit, ctx, channels.incident(id), incident);
    tellBoard(ctx, { type: 'incident.updated', incident });
    for (const escalation of escalations) {
      sh.counters.escalated += 1;
      ctx.log.warn({ awaiting: escalation.awaiting, targetS: escalation.targetS }, 'incident stage late');
      tellBoard(ctx, { type: 'escalated', escalation });
    }
    ctx.tell(sh.parentId, { type: 'incident.changed', id, nextCheckAt: nextCheckAt(incident, sh.targets) });
    const next = await persistChange({ ...state, track }, incident, persistDeps(ctx));
    settle?.(!next.unsaved);
    return next;
  };

  const onEvent = (state: IncidentActorState, event: IncidentEvent, ctx: ActorContext<IncidentMsg>, settle?: Settle) => {
    const r = applyEvent(state.track, event, nowOf(ctx));
    if (!r.changed) {
      sh.counters.duplicates += 1;
      settle?.(!state.unsaved);
      return state;
    }
    sh.counters.accepted += 1;
    if (r.track.incident === null) sh.counters.held += 1;
    return commit(state, r.track, ctx, settle);
  };

  const onCheck = (state: IncidentActorState, ctx: ActorContext<IncidentMsg>) => {
    const incident = state.track.incident;
    if (incident === null) return state;
    const judged = assessLateness(incident, nowOf(ctx), { targets: sh.targets, escalateWithinMs: sh.escalateWithinMs });
    // Re-tell the parent even when nothing changed, so that it schedules the next check.
    if (judged.incident === incident) {
      ctx.tell(sh.parentId, { type: 'incident.changed', id, nextCheckAt: nextCheckAt(incident, sh.targets) });
      return state;
    }
    return commit(state, state.track, ctx);
  };

  return {
    async init() {
      const held = sh.memory.get(id);
      const fresh = freshPersist(sh.unsaved.has(id));
      if (held !== undefined) return { ...fresh, track: held };
      const stored = sh.load === undefined ? null : await sh.load(id);
      const track = stored === null ? emptyTrack() : { incident: stored, pending: [] };
      if (stored !== null) sh.memory.set(id, track);
      return { ...fresh, track };
    },
    receive(state, msg, ctx) {
      switch (msg.type) {
        case 'incident.event':
          return onEvent(state, msg.event, ctx, msg.settle);
        case 'check':
          return onCheck(state, ctx);
        case 'persist':
          return state.unsaved ? persist({ ...state, retryScheduled: false }, ctx) : { ...state, retryScheduled: false };
      }
    },
    stop: (state, ctx) => saveAtStop(state, state.track.incident, { id, what: 'incident', save: sh.save, unsaved: sh.unsaved, log: ctx.log }),
  };
};
