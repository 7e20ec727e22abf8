/**
 * @module scripts/simulator/police-112/generator
 * Pure (given its tables): SYNTHETIC 112 incidents, any stretch on demand, always the same for a seed.
 * Data time runs `speedup` times faster than the wall clock from `dataStart` (default: the start itself).
 * Each data hour H (epoch hours) has its own random stream: Poisson(incidentsPerDay / 24 × hour weight ×
 * weekday weight) incidents, each drawn jointly (police station × category) from the 2016 counts — so
 * both the stations' (and their gu's) shares and the categories' shares follow the real ones — at a uniform
 * minute of the hour, with a response code, durations, and a position in a random dong of the station's gu.
 * Stages play at `lifecycleSpeedup` (1 = real time).
 */
import { kstDigits, kstHour, kstWeekday } from '../../../connectors/_safety/kst.ts';
import { POLICE_TYPES, type PoliceIncidentType, type ResponseCode } from '../../../connectors/police-112/api.ts';
import type { PoliceStation } from '../../../connectors/police-112/stations.ts';
import type { Timeline } from '../safety-common/feed.ts';
import { cumulative, pickIndex, poisson, streamOf } from '../safety-common/random.ts';
import type { CrimeRow } from './crime-table.ts';
import { drawCode, drawDurations, HOUR_WEIGHTS, MAX_LIFE_S, WEEKDAY_WEIGHTS, type Durations } from './model.ts';
import { spotIn, type DongIndex, type Spot } from './places.ts';

const HOUR_MS = 3600_000;
const MAX_PER_HOUR = 999;

export interface PoliceGeneratorOptions {
  table: readonly CrimeRow[];
  dongs: DongIndex;
  seed: number;
  incidentsPerDay: number;
  speedup: number;
  lifecycleSpeedup: number;
  /** Wall time (epoch ms) the simulation started. */
  startedAt: number;
  /** Data time at `startedAt`, epoch ms (default `startedAt`). */
  dataStart?: number | undefined;
}

export interface PoliceIncident extends Timeline, Spot {
  /** `<YYYYMMDD>-<HHmmss>-<ordinal, 7 digits>` of the call's wall time in KST. */
  number: string;
  /** Data time of the call. */
  dataAt: number;
  type: PoliceIncidentType;
  code: ResponseCode;
  station: PoliceStation;
  durations: Durations;
}

export interface PoliceGenerator {
  maxLifeMs: number;
  /** Incidents whose call (wall, floored to the ms) lies in [lo, hi]. */
  incidentsBetween(lo: number, hi: number): PoliceIncident[];
  /** Every incident of data hour H (epoch hours), including calls before the data start. */
  hour(h: number): PoliceIncident[];
  /** The expected number of calls in data hour H. */
  hourMean(h: number): number;
}

export class PoliceGeneratorError extends Error {
  override name = 'PoliceGeneratorError';
}

export const createPoliceGenerator = (o: PoliceGeneratorOptions): PoliceGenerator => {
  for (const [k, v] of [['speedup', o.speedup], ['lifecycleSpeedup', o.lifecycleSpeedup]] as const) {
    if (!(v > 0 && Number.isFinite(v))) throw new PoliceGeneratorError(`${k} must be a positive number: ${v}`);
  }
  if (!(o.incidentsPerDay >= 0 && Number.isFinite(o.incidentsPerDay))) throw new PoliceGeneratorError(`incidentsPerDay must be ≥ 0: ${o.incidentsPerDay}`);
  const cells = o.table.flatMap((row) => POLICE_TYPES.map((type) => ({ station: row.station, type, weight: row.counts[type] })));
  const cellCum = cumulative(cells.map((c) => c.weight));
  if ((cellCum.at(-1) ?? 0) <= 0) throw new PoliceGeneratorError('the crime table has no counts');
  const dataStart = o.dataStart ?? o.startedAt;
  const firstHour = Math.floor(dataStart / HOUR_MS);
  const lifeScale = 1000 / o.lifecycleSpeedup;
  const wallOf = (dataMs: number): number => o.startedAt + (dataMs - dataStart) / o.speedup;
  const dataOf = (wallMs: number): number => dataStart + (wallMs - o.startedAt) * o.speedup;

  const hourMean = (h: number): number => {
    const start = h * HOUR_MS;
    return (o.incidentsPerDay / 24) * (HOUR_WEIGHTS[kstHour(start)] as number) * (WEEKDAY_WEIGHTS[kstWeekday(start)] as number);
  };

  const make = (h: number, j: number, rand: () => number): PoliceIncident => {
    const dataAt = h * HOUR_MS + Math.floor(rand() * HOUR_MS);
    const cell = cells[pickIndex(rand, cellCum)] as (typeof cells)[number];
    const code = drawCode(rand, cell.type);
    const durations = drawDurations(rand, cell.type, code as 0 | 1 | 2);
    const spot = spotIn(rand, o.dongs, cell.station.district);
    const onset = wallOf(dataAt);
    const { dispatchS: d, travelS: tr, onSceneS: os } = durations;
    const at = [0, d, d + tr, d + tr + os].map((s) => Math.floor(onset + s * lifeScale)) as [number, number, number, number];
    const ordinal = (h - firstHour) * (MAX_PER_HOUR + 1) + j;
    const digits = kstDigits(at[0]);
    const number = `${digits.slice(0, 8)}-${digits.slice(8)}-${String(Math.max(0, ordinal)).padStart(7, '0')}`;
    return { ordinal, at, number, dataAt, type: cell.type, code, station: cell.station, durations, ...spot };
  };

  const cache = new Map<number, PoliceIncident[]>();
  const hour = (h: number): PoliceIncident[] => {
    const hit = cache.get(h);
    if (hit) return hit;
    const rand = streamOf(o.seed, 'police-112-hour', h);
    const n = Math.min(MAX_PER_HOUR, poisson(rand, hourMean(h)));
    const list = Array.from({ length: n }, (_, j) => make(h, j, rand));
    if (cache.size >= 50_000) cache.clear();
    cache.set(h, list);
    return list;
  };

  const incidentsBetween = (lo: number, hi: number): PoliceIncident[] => {
    const from = Math.max(firstHour, Math.floor(dataOf(lo) / HOUR_MS));
    const to = Math.floor(dataOf(hi + 1) / HOUR_MS);
    const out: PoliceIncident[] = [];
    for (let h = from; h <= to; h++) for (const inc of hour(h)) if (inc.dataAt >= dataStart && inc.at[0] >= lo && inc.at[0] <= hi) out.push(inc);
    return out;
  };

  return { maxLifeMs: Math.ceil(MAX_LIFE_S * lifeScale), incidentsBetween, hour, hourMean };
};
