/**
 * @module actors/district/district-actor
 * `district:<gu code>`: keeps the latest observation per station and averaging period of one
 * district, recomputes its `DistrictAir` (CAI, grade, values) on every accepted observation and
 * on `tick` (which also ages old observations out), and on a change emits `air/district/<code>`
 * and tells `city:air`. Invalid envelopes are logged and counted; older observations of a
 * station than the one held are ignored.
 */
import { channels } from '../../contracts/channels.ts';
import type { DistrictAir } from '../../contracts/air.ts';
import { safeEmit } from '../collector/collector-actor.ts';
import type { ActorContext, ActorLogic } from '../runtime/types.ts';
import { computeDistrictAir, emptyDistrictAir, type StationInfo, type StationObservation } from './district-air.ts';
import { parseAirObservation } from './observation.ts';

export type DistrictMsg = { type: 'air.observed'; envelope: unknown } | { type: 'tick' };

/** Shared counters, readable by whoever started the actors. */
export interface AirCounters {
  accepted: number;
  invalid: number;
  outOfOrder: number;
  unroutable: number;
}

export interface DistrictActorOptions {
  district: string;
  stations: readonly StationInfo[];
  maxAgeMs: number;
  emit: (channel: string, data: unknown) => void;
  counters: AirCounters;
  /** The last known state (from a snapshot, or from before a restart); updated on every change. */
  memory: Map<string, DistrictAir>;
  /** Where changes are told; also this actor's parent. */
  cityId: string;
  now?: () => number;
}

export interface DistrictState {
  observations: ReadonlyMap<string, StationObservation>;
  current: DistrictAir;
}

/** Coalesce a re-delivered envelope (same natural key) and queued ticks. */
export const districtMailboxKey = (msg: DistrictMsg): string | undefined => {
  if (msg.type === 'tick') return 'tick';
  const id = (msg.envelope as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `obs:${id}` : undefined;
};

export const districtLogic = (opts: DistrictActorOptions): ActorLogic<DistrictMsg, DistrictState> => {
  const nowOf = (ctx: ActorContext<DistrictMsg>): number => (opts.now ?? ctx.now)();

  const recompute = (state: DistrictState, ctx: ActorContext<DistrictMsg>): DistrictState => {
    const now = nowOf(ctx);
    const fresh = new Map([...state.observations].filter(([, o]) => now - Date.parse(o.observedAt) <= opts.maxAgeMs));
    const held = state.current.asOf !== null && now - Date.parse(state.current.asOf) <= opts.maxAgeMs;
    // With no station data in memory (just started from a snapshot), the last known state holds until it ages out.
    if (state.observations.size === 0 && held) return state;
    const next = computeDistrictAir({ district: opts.district, stations: opts.stations, observations: [...fresh.values()], now, maxAgeMs: opts.maxAgeMs });
    if (JSON.stringify(next) === JSON.stringify(state.current)) return { ...state, observations: fresh };
    opts.memory.set(opts.district, next);
    safeEmit(opts.emit, ctx, channels.airDistrict(opts.district), next);
    ctx.tell(opts.cityId, { type: 'value.updated', value: next });
    return { observations: fresh, current: next };
  };

  const observe = (state: DistrictState, envelope: unknown, ctx: ActorContext<DistrictMsg>): DistrictState => {
    const parsed = parseAirObservation(envelope, opts.district);
    if (!parsed.ok) {
      opts.counters.invalid += 1;
      ctx.log.warn({ reason: parsed.reason, invalid: opts.counters.invalid }, 'air observation rejected');
      return state;
    }
    const obs = parsed.observation;
    const key = `${obs.station}|${obs.period}`;
    const held = state.observations.get(key);
    if (held !== undefined && Date.parse(held.observedAt) > Date.parse(obs.observedAt)) {
      opts.counters.outOfOrder += 1;
      ctx.log.debug({ station: obs.station, observedAt: obs.observedAt, held: held.observedAt }, 'older observation ignored');
      return state;
    }
    opts.counters.accepted += 1;
    return recompute({ ...state, observations: new Map(state.observations).set(key, obs) }, ctx);
  };

  return {
    init: () => ({ observations: new Map(), current: opts.memory.get(opts.district) ?? emptyDistrictAir(opts.district) }),
    receive(state, msg, ctx) {
      switch (msg.type) {
        case 'air.observed':
          return observe(state, msg.envelope, ctx);
        case 'tick':
          return recompute(state, ctx);
      }
    },
  };
};
