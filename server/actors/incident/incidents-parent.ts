/**
 * @module actors/incident/incidents-parent
 * `incidents:all`: the parent of every `incident:<id>`. It routes each event to its incident actor
 * (created on demand, passivated after `idleMs`), keeps one lateness timer per open incident (a
 * passivated child has no timers; its parent does) and tells the child `check` when a stage falls
 * due. On `tick` it checks whatever is due (a safety net for timers), has unsaved incidents saved
 * again, and forgets incidents resolved longer than `retainResolvedMs` ago, open ones silent for
 * `forgetOpenAfterMs`, and held progress whose `reported` never came within `orphanAfterMs`.
 * Forgotten incidents stay in the store; a later event reloads them through `load`.
 */
import type { ActorContext, ActorLogic, ChildFailed } from '../runtime/types.ts';
import type { IncidentEvent } from './event.ts';
import { incidentActorId, incidentLogic, type IncidentMsg, type IncidentShared, type Settle } from './incident-actor.ts';
import { nextCheckAt } from './lateness.ts';
import type { IncidentTrack } from './lifecycle.ts';

export type IncidentsMsg =
  | { type: 'route'; event: IncidentEvent; settle?: Settle }
  | { type: 'incident.changed'; id: string; nextCheckAt: number | null }
  | { type: 'due'; id: string }
  | { type: 'tick' }
  | ChildFailed;

export interface ParentOptions {
  shared: IncidentShared;
  idleMs: number;
  retainResolvedMs: number;
  forgetOpenAfterMs: number;
  orphanAfterMs: number;
  /** Stops a child for good (its registration too), so that a forgotten incident leaves nothing behind. */
  retire: (actorId: string) => void;
}

interface Check {
  at: number;
  cancel: () => void;
}

export interface ParentState {
  checks: Map<string, Check>;
}

/** Node timers hold at most ~24.8 days; a later check is re-armed when this one fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** The time a track was last heard of: its incident's update, or its newest held event. */
const lastHeard = (t: IncidentTrack): number =>
  t.incident !== null ? Date.parse(t.incident.updatedAt) : Math.max(...t.pending.map((p) => Date.parse(p.at)));

export const incidentsParentLogic = (opts: ParentOptions): ActorLogic<IncidentsMsg, ParentState> => {
  const sh = opts.shared;
  const nowOf = (ctx: ActorContext<IncidentsMsg>): number => (sh.now ?? ctx.now)();
  const child = (ctx: ActorContext<IncidentsMsg>, id: string): string => {
    const actorId = incidentActorId(id);
    ctx.getOrCreate<IncidentMsg, unknown>(actorId, () => incidentLogic(id, sh), { idleMs: opts.idleMs });
    return actorId;
  };

  const arm = (state: ParentState, ctx: ActorContext<IncidentsMsg>, id: string, at: number | null): ParentState => {
    state.checks.get(id)?.cancel();
    state.checks.delete(id);
    if (at === null) return state;
    const cancel = ctx.schedule({ type: 'due', id }, Math.min(MAX_DELAY_MS, Math.max(0, at - nowOf(ctx))));
    state.checks.set(id, { at, cancel });
    return state;
  };

  const forget = (state: ParentState, ctx: ActorContext<IncidentsMsg>, id: string): void => {
    arm(state, ctx, id, null);
    sh.memory.delete(id);
    sh.unsaved.delete(id);
    opts.retire(incidentActorId(id));
  };

  const tick = (state: ParentState, ctx: ActorContext<IncidentsMsg>): ParentState => {
    const now = nowOf(ctx);
    for (const [id, check] of state.checks) if (check.at <= now) ctx.tell(child(ctx, id), { type: 'check' });
    for (const id of sh.unsaved) ctx.tell(child(ctx, id), { type: 'persist' });
    for (const [id, track] of sh.memory) {
      const quiet = now - lastHeard(track);
      if (track.incident === null && quiet > opts.orphanAfterMs) {
        sh.counters.orphansDropped += 1;
        ctx.log.warn({ incident: id, held: track.pending.length }, 'progress without a report dropped');
        forget(state, ctx, id);
      } else if (track.incident !== null && !sh.unsaved.has(id)) {
        const limit = track.incident.stage === 'resolved' ? opts.retainResolvedMs : opts.forgetOpenAfterMs;
        if (quiet > limit) forget(state, ctx, id);
      }
    }
    return state;
  };

  return {
    init(ctx) {
      const state: ParentState = { checks: new Map() };
      for (const [id, track] of sh.memory) {
        if (track.incident !== null) arm(state, ctx, id, nextCheckAt(track.incident, sh.targets));
      }
      return state;
    },
    receive(state, msg, ctx) {
      switch (msg.type) {
        case 'route':
          if (!ctx.tell(child(ctx, msg.event.incident), { type: 'incident.event', event: msg.event, settle: msg.settle })) msg.settle?.(false);
          return state;
        case 'incident.changed':
          return arm(state, ctx, msg.id, msg.nextCheckAt);
        case 'due':
          state.checks.delete(msg.id);
          ctx.tell(child(ctx, msg.id), { type: 'check' });
          return state;
        case 'tick':
          return tick(state, ctx);
        case 'child.failed':
          ctx.log.error({ err: msg.error, child: msg.id }, 'incident actor failed; its next message re-creates it');
          return state;
      }
    },
  };
};
