/**
 * @module actors/collector/collector-actor
 * An actor that keeps the latest value per key (e.g. one `DistrictAir` per district) and emits the
 * whole set, sorted by key, on one live channel — at most once per `minIntervalMs`: the first change
 * goes out at once, later changes within the interval are folded into one trailing emit.
 * Used by `city:air` and `sources:all`, which are also the parents of the actors that feed them.
 */
import type { ActorContext, ActorLogic, ChildFailed } from '../runtime/types.ts';

export type CollectorMsg<T> = { type: 'value.updated'; value: T } | { type: 'flush' } | ChildFailed;

export interface CollectorOptions<T> {
  /** Where the set goes; null keeps it without publishing (supervision and `latest()` only). */
  channel: string | null;
  keyOf: (value: T) => string;
  emit: (channel: string, data: unknown) => void;
  minIntervalMs: number;
  /** Kept across restarts of the actor: the last known values, seeded from persisted snapshots. */
  memory: Map<string, T>;
  /** Runs at the end of `init`, e.g. to spawn the children that feed this actor. */
  onInit?: (ctx: ActorContext<CollectorMsg<T>>) => void;
  onChildFailed?: (failure: ChildFailed, ctx: ActorContext<CollectorMsg<T>>) => void;
}

interface CollectorState {
  lastEmitAt: number | null;
  flushPending: boolean;
  dirty: boolean;
}

/** The values in key order, as emitted. */
export const collectedValues = <T>(memory: ReadonlyMap<string, T>): T[] =>
  [...memory.keys()].sort().map((k) => memory.get(k) as T);

/** Emits, logging instead of crashing: a failed publish must not lose the actor's state. */
export const safeEmit = (
  emit: (channel: string, data: unknown) => void, ctx: { log: ActorContext<unknown>['log'] }, channel: string, data: unknown,
): void => {
  try {
    emit(channel, data);
  } catch (err) {
    ctx.log.error({ err, channel }, 'emit failed');
  }
};

export const collectorLogic = <T>(opts: CollectorOptions<T>): ActorLogic<CollectorMsg<T>, CollectorState> => {
  const emitNow = (state: CollectorState, ctx: ActorContext<CollectorMsg<T>>): CollectorState => {
    if (opts.channel !== null) safeEmit(opts.emit, ctx, opts.channel, collectedValues(opts.memory));
    return { ...state, lastEmitAt: ctx.now(), dirty: false };
  };
  const maybeEmit = (state: CollectorState, ctx: ActorContext<CollectorMsg<T>>): CollectorState => {
    if (state.flushPending) return state;
    const wait = state.lastEmitAt === null ? 0 : state.lastEmitAt + opts.minIntervalMs - ctx.now();
    if (wait <= 0) return emitNow(state, ctx);
    ctx.schedule({ type: 'flush' }, wait);
    return { ...state, flushPending: true };
  };
  return {
    init(ctx) {
      opts.onInit?.(ctx);
      const state: CollectorState = { lastEmitAt: null, flushPending: false, dirty: false };
      return opts.memory.size > 0 ? emitNow(state, ctx) : state;
    },
    receive(state, msg, ctx) {
      switch (msg.type) {
        case 'value.updated':
          opts.memory.set(opts.keyOf(msg.value), msg.value);
          return maybeEmit({ ...state, dirty: true }, ctx);
        case 'flush':
          return state.dirty ? emitNow({ ...state, flushPending: false }, ctx) : { ...state, flushPending: false };
        case 'child.failed':
          ctx.log.error({ err: msg.error, child: msg.id }, 'child actor failed');
          opts.onChildFailed?.(msg, ctx);
          return state;
      }
    },
  };
};
