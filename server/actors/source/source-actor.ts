/**
 * @module actors/source/source-actor
 * `source:<connector id>`: folds the connector's runs into its health, re-evaluates lag and
 * staleness on `tick`, and on a change emits `sources/source/<id>` and tells `sources:all`.
 * Runs arrive unvalidated from the bus: they are checked with zod, and a bad one is logged and counted.
 */
import { channels } from '../../contracts/channels.ts';
import { ConnectorRunSchema, type SourceHealth } from '../../contracts/source-health.ts';
import { safeEmit } from '../collector/collector-actor.ts';
import type { ActorContext, ActorLogic } from '../runtime/types.ts';
import { emptyTrack, evaluate, foldRun, trackFromHealth, type HealthPolicy, type SourceTrack } from './source-health.ts';

export type SourceMsg = { type: 'run.recorded'; run: unknown } | { type: 'tick' };

export interface SourceCounters {
  recorded: number;
  invalid: number;
  unroutable: number;
}

export interface SourceActorOptions {
  source: string;
  policy: HealthPolicy;
  emit: (channel: string, data: unknown) => void;
  counters: SourceCounters;
  /** The last known health (seeded from a snapshot); updated on every change. */
  memory: Map<string, SourceHealth>;
  /** When the seeded health was saved (default: when the actor starts). */
  seededAt?: number;
  /** Where changes are told; also this actor's parent. */
  allId: string;
  now?: () => number;
}

export const sourceMailboxKey = (msg: SourceMsg): string | undefined => {
  if (msg.type === 'tick') return 'tick';
  const runId = (msg.run as { runId?: unknown } | null)?.runId;
  return typeof runId === 'string' ? `run:${runId}` : undefined;
};

export const sourceLogic = (opts: SourceActorOptions): ActorLogic<SourceMsg, SourceTrack> => {
  const nowOf = (ctx: ActorContext<SourceMsg>): number => (opts.now ?? ctx.now)();

  const publish = (prev: SourceTrack, next: SourceTrack, ctx: ActorContext<SourceMsg>): SourceTrack => {
    if (JSON.stringify(prev.health) === JSON.stringify(next.health)) return next;
    opts.memory.set(opts.source, next.health);
    safeEmit(opts.emit, ctx, channels.source(opts.source), next.health);
    ctx.tell(opts.allId, { type: 'value.updated', value: next.health });
    return next;
  };

  const record = (track: SourceTrack, raw: unknown, ctx: ActorContext<SourceMsg>): SourceTrack => {
    const parsed = ConnectorRunSchema.safeParse(raw);
    if (!parsed.success || parsed.data.source !== opts.source) {
      opts.counters.invalid += 1;
      const reason = parsed.success ? `run of source ${parsed.data.source}` : parsed.error.issues.slice(0, 3).map((i) => i.message).join('; ');
      ctx.log.warn({ reason, invalid: opts.counters.invalid }, 'connector run rejected');
      return track;
    }
    opts.counters.recorded += 1;
    return publish(track, foldRun(track, parsed.data, nowOf(ctx), opts.policy), ctx);
  };

  return {
    init(ctx) {
      const seeded = opts.memory.get(opts.source);
      const start = seeded === undefined ? emptyTrack(opts.source) : trackFromHealth(seeded, opts.seededAt ?? nowOf(ctx), opts.policy);
      return evaluate(start, nowOf(ctx), opts.policy);
    },
    receive(track, msg, ctx) {
      switch (msg.type) {
        case 'run.recorded':
          return record(track, msg.run, ctx);
        case 'tick':
          return publish(track, evaluate(track, nowOf(ctx), opts.policy), ctx);
      }
    },
  };
};
