/**
 * @module actors/district/air-actors
 * Starts `city:air` and its 25 `district:<code>` children, and returns the handles the server needs:
 * route an `air.observed` envelope to its district, tick all districts, read the latest state.
 * Seed `DistrictAir` snapshots so that a restart resumes (and re-emits) the last known state.
 */
import { channels } from '../../contracts/channels.ts';
import { DistrictCodeSchema } from '../../contracts/envelope.ts';
import type { DistrictAir } from '../../contracts/air.ts';
import { collectedValues, collectorLogic, type CollectorMsg } from '../collector/collector-actor.ts';
import type { ActorSystem } from '../runtime/system.ts';
import type { ActorContext } from '../runtime/types.ts';
import { districtLogic, districtMailboxKey, type AirCounters, type DistrictMsg } from './district-actor.ts';
import type { StationInfo } from './district-air.ts';

export const CITY_AIR_ID = 'city:air';
export const districtActorId = (code: string): string => `district:${code}`;

export interface AirActorsOptions {
  /** All stations with their kind and district. */
  stations: readonly StationInfo[];
  /** The district (gu) codes to run, e.g. the 25 of Seoul. */
  districts: readonly string[];
  emit: (channel: string, data: unknown) => void;
  /** Observations older than this are left out (e.g. 3 h for hourly data). */
  maxAgeMs: number;
  /** Overrides the system clock for freshness checks. */
  now?: () => number;
  /**
   * Publish the whole city on `air/city/latest` (default). A host that owns only some districts (sharded
   * actors) must not: the API derives that channel from the district channels instead.
   */
  publishCity?: boolean;
  /** Coalescing interval of `air/city/latest` (default 250 ms). */
  minIntervalMs?: number;
  /** Persisted states to start from. */
  seed?: readonly DistrictAir[];
}

export interface AirActors {
  /** Routes one envelope to its district actor; false when it names no known district. */
  observe(envelope: unknown): boolean;
  /** Routes many envelopes (e.g. a batch's events); returns how many were queued. */
  observeAll(envelopes: readonly unknown[]): number;
  /** Re-evaluates every district (ages out old observations). */
  tick(): void;
  /** The last computed state of every district that has one, by district code. */
  latest(): DistrictAir[];
  counters(): Readonly<AirCounters>;
  stop(): Promise<void>;
}

const checkDistricts = (districts: readonly string[]): void => {
  for (const d of districts) DistrictCodeSchema.parse(d);
};

export const startAirActors = (system: ActorSystem, opts: AirActorsOptions): AirActors => {
  checkDistricts(opts.districts);
  const known = new Set(opts.districts);
  const memory = new Map<string, DistrictAir>();
  for (const air of opts.seed ?? []) if (known.has(air.district)) memory.set(air.district, air);
  const counters: AirCounters = { accepted: 0, invalid: 0, outOfOrder: 0, unroutable: 0 };
  const spawnDistrict = (ctx: ActorContext<CollectorMsg<DistrictAir>>, code: string): void => {
    const logic = () => districtLogic({
      district: code, stations: opts.stations, maxAgeMs: opts.maxAgeMs, emit: opts.emit, counters,
      memory, cityId: CITY_AIR_ID, ...(opts.now === undefined ? {} : { now: opts.now }),
    });
    ctx.getOrCreate<DistrictMsg, unknown>(districtActorId(code), logic, { mailbox: { kind: 'coalescing', key: districtMailboxKey } });
  };
  const cityMemory = new Map(memory);
  system.spawn(CITY_AIR_ID, collectorLogic<DistrictAir>({
    channel: opts.publishCity === false ? null : channels.airCity(),
    keyOf: (air) => air.district,
    emit: opts.emit,
    minIntervalMs: opts.minIntervalMs ?? 250,
    memory: cityMemory,
    onInit: (ctx) => opts.districts.forEach((code) => spawnDistrict(ctx, code)),
    onChildFailed: (failure, ctx) => spawnDistrict(ctx, failure.id.slice('district:'.length)),
  }));

  const observe = (envelope: unknown): boolean => {
    const district = (envelope as { district?: unknown } | null)?.district;
    if (typeof district === 'string' && known.has(district) && system.tell(districtActorId(district), { type: 'air.observed', envelope })) {
      return true;
    }
    counters.unroutable += 1;
    return false;
  };
  return {
    observe,
    observeAll: (envelopes) => envelopes.filter(observe).length,
    tick: () => opts.districts.forEach((code) => system.tell(districtActorId(code), { type: 'tick' })),
    latest: () => collectedValues(memory),
    counters: () => ({ ...counters }),
    stop: () => system.stop(CITY_AIR_ID),
  };
};
