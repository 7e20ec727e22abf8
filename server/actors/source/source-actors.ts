/**
 * @module actors/source/source-actors
 * Starts `sources:all` and one `source:<id>` child per connector manifest, and returns the handles
 * the server needs: record a run, tick every source, read the latest health of all.
 * Seed `SourceHealth` snapshots so that a restart resumes from the last known health.
 */
import { channels } from '../../contracts/channels.ts';
import { SourceIdSchema } from '../../contracts/envelope.ts';
import type { SourceHealth } from '../../contracts/source-health.ts';
import { collectedValues, collectorLogic, type CollectorMsg } from '../collector/collector-actor.ts';
import type { ActorSystem } from '../runtime/system.ts';
import type { ActorContext } from '../runtime/types.ts';
import { sourceLogic, sourceMailboxKey, type SourceCounters, type SourceMsg } from './source-actor.ts';
import { emptyHealth, type SourceManifestLike } from './source-health.ts';

export const SOURCES_ALL_ID = 'sources:all';
export const sourceActorId = (id: string): string => `source:${id}`;

export interface SourceActorsOptions {
  manifests: readonly SourceManifestLike[];
  emit: (channel: string, data: unknown) => void;
  /** Overrides the system clock for lag and staleness. */
  now?: () => number;
  /** Consecutive failed runs that make a source 'failing' (default 3). */
  failingAfter?: number;
  /** Coalescing interval of `sources/city/all` (default 250 ms). */
  minIntervalMs?: number;
  /** Persisted healths to start from, and when they were saved (default: at start). */
  seed?: readonly SourceHealth[];
  seededAt?: number;
}

export interface SourceActors {
  /** Routes a `ConnectorRun` (validated by the actor) to its source; false for an unknown source. */
  recordRun(run: unknown): boolean;
  /** Re-evaluates lag and staleness of every source. */
  tick(): void;
  /** The latest health of every source, by id (an unknown health until the first run). */
  latest(): SourceHealth[];
  counters(): Readonly<SourceCounters>;
  stop(): Promise<void>;
}

export const startSourceActors = (system: ActorSystem, opts: SourceActorsOptions): SourceActors => {
  const ids = opts.manifests.map((m) => SourceIdSchema.parse(m.id));
  const known = new Set(ids);
  const memory = new Map<string, SourceHealth>();
  for (const h of opts.seed ?? []) if (known.has(h.source)) memory.set(h.source, h);
  const counters: SourceCounters = { recorded: 0, invalid: 0, unroutable: 0 };
  const spawnSource = (ctx: ActorContext<CollectorMsg<SourceHealth>>, m: SourceManifestLike): void => {
    const logic = () => sourceLogic({
      source: m.id, emit: opts.emit, counters, memory, allId: SOURCES_ALL_ID,
      policy: { staleAfterSeconds: m.staleAfterSeconds, failingAfter: opts.failingAfter ?? 3 },
      ...(opts.now === undefined ? {} : { now: opts.now }),
      ...(opts.seededAt === undefined ? {} : { seededAt: opts.seededAt }),
    });
    ctx.getOrCreate<SourceMsg, unknown>(sourceActorId(m.id), logic, { mailbox: { kind: 'coalescing', key: sourceMailboxKey } });
  };
  system.spawn(SOURCES_ALL_ID, collectorLogic<SourceHealth>({
    channel: channels.sources(),
    keyOf: (h) => h.source,
    emit: opts.emit,
    minIntervalMs: opts.minIntervalMs ?? 250,
    memory: new Map(ids.map((id) => [id, memory.get(id) ?? emptyHealth(id)])),
    onInit: (ctx) => opts.manifests.forEach((m) => spawnSource(ctx, m)),
    onChildFailed: (failure, ctx) => {
      const m = opts.manifests.find((x) => sourceActorId(x.id) === failure.id);
      if (m !== undefined) spawnSource(ctx, m);
    },
  }));

  return {
    recordRun(run) {
      const source = (run as { source?: unknown } | null)?.source;
      if (typeof source === 'string' && known.has(source) && system.tell(sourceActorId(source), { type: 'run.recorded', run })) return true;
      counters.unroutable += 1;
      return false;
    },
    tick: () => ids.forEach((id) => system.tell(sourceActorId(id), { type: 'tick' })),
    latest: () => collectedValues(new Map(ids.map((id) => [id, memory.get(id) ?? emptyHealth(id)]))),
    counters: () => ({ ...counters }),
    stop: () => system.stop(SOURCES_ALL_ID),
  };
};
