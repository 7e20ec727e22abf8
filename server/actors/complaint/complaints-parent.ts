/**
 * @module actors/complaint/complaints-parent
 * `complaints:all`: the parent of every `complaint:<id>`. It routes each event to its complaint actor
 * (created on demand, passivated after `idleMs`). On `tick` it has unsaved complaints saved again
 * and forgets complaints (saved) not heard of for `retainMs`, and held status events whose filing
 * never came within `orphanAfterMs`. Forgotten complaints stay in the store; a later event reloads
 * them through `load`. Complaints need no timers: the board judges what is overdue as time passes.
 */
import type { ActorContext, ActorLogic, ChildFailed } from '../runtime/types.ts';
import { complaintActorId, complaintLogic, type ComplaintMsg, type ComplaintShared, type Settle } from './complaint-actor.ts';
import type { ComplaintEvent } from './event.ts';
import type { ComplaintTrack } from './lifecycle.ts';

export type ComplaintsMsg =
  | { type: 'route'; event: ComplaintEvent; settle?: Settle }
  | { type: 'tick' }
  | ChildFailed;

export interface ParentOptions {
  shared: ComplaintShared;
  idleMs: number;
  retainMs: number;
  orphanAfterMs: number;
  /** Stops a child for good (its registration too), so that a forgotten complaint leaves nothing behind. */
  retire: (actorId: string) => void;
}

/** The time a track was last heard of: its complaint's update, or its newest held event. */
const lastHeard = (t: ComplaintTrack): number =>
  t.complaint !== null ? Date.parse(t.complaint.updatedAt) : Math.max(...t.pending.map((p) => Date.parse(p.at)));

export const complaintsParentLogic = (opts: ParentOptions): ActorLogic<ComplaintsMsg, null> => {
  const sh = opts.shared;
  const nowOf = (ctx: ActorContext<ComplaintsMsg>): number => (sh.now ?? ctx.now)();
  const child = (ctx: ActorContext<ComplaintsMsg>, id: string): string => {
    const actorId = complaintActorId(id);
    ctx.getOrCreate<ComplaintMsg, unknown>(actorId, () => complaintLogic(id, sh), { idleMs: opts.idleMs });
    return actorId;
  };

  const forget = (id: string): void => {
    sh.memory.delete(id);
    sh.unsaved.delete(id);
    opts.retire(complaintActorId(id));
  };

  const tick = (ctx: ActorContext<ComplaintsMsg>): void => {
    const now = nowOf(ctx);
    for (const id of sh.unsaved) ctx.tell(child(ctx, id), { type: 'persist' } satisfies ComplaintMsg);
    for (const [id, track] of sh.memory) {
      const quiet = now - lastHeard(track);
      if (track.complaint === null && quiet > opts.orphanAfterMs) {
        sh.counters.orphansDropped += 1;
        ctx.log.warn({ complaint: id, held: track.pending.length }, 'status without a filing dropped');
        forget(id);
      } else if (track.complaint !== null && !sh.unsaved.has(id) && quiet > opts.retainMs) {
        forget(id);
      }
    }
  };

  return {
    init: () => null,
    receive(state, msg, ctx) {
      switch (msg.type) {
        case 'route': {
          const routed: ComplaintMsg = { type: 'complaint.event', event: msg.event, ...(msg.settle === undefined ? {} : { settle: msg.settle }) };
          if (!ctx.tell(child(ctx, msg.event.complaint), routed)) msg.settle?.(false);
          return state;
        }
        case 'tick':
          tick(ctx);
          return state;
        case 'child.failed':
          ctx.log.error({ err: msg.error, child: msg.id }, 'complaint actor failed; its next message re-creates it');
          return state;
      }
    },
  };
};
