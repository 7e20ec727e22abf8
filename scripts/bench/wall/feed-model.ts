/**
 * @module scripts/bench/wall/feed-model
 * Live values for the wall benchmark: each district's pollutant concentrations follow a
 * mean-reverting random walk around a district baseline that swings through a (fast) daily cycle,
 * so CAI values and grades move the way a busy live city does; source health drifts with them.
 * Pure and seeded: the same seed gives the same sequence.
 */
import { AIR_METRICS, type AirMetric } from '../../../server/contracts/metrics.ts';
import type { DistrictAir } from '../../../server/contracts/air.ts';
import type { SourceHealth } from '../../../server/contracts/source-health.ts';
import { computeCai } from '../../../server/actors/district/cai.ts';
import { prng } from '../../simulator/generate.ts';

/** Typical Seoul levels (µg/m³ for PM, ppm for the gases) and the decimals they are reported with. */
const TYPICAL: Readonly<Record<AirMetric, { level: number; decimals: number }>> = {
  pm10: { level: 45, decimals: 1 },
  pm25: { level: 24, decimals: 1 },
  o3: { level: 0.032, decimals: 4 },
  no2: { level: 0.024, decimals: 4 },
  co: { level: 0.45, decimals: 2 },
  so2: { level: 0.003, decimals: 4 },
};

/** Seconds of wall-clock time for one simulated day (the baseline's cycle). */
const DAY_S = 120;
/** Relative step of one update, and how strongly a value is pulled back to its baseline. */
const VOLATILITY = 0.06;
const REVERSION = 0.08;

/** The simulator's seedable PRNG (mulberry32), numbers in [0, 1). */
export const seededRandom = prng;

const roundTo = (v: number, decimals: number): number => Math.round(v * 10 ** decimals) / 10 ** decimals;

export interface DistrictSpec {
  code: string;
  stations: readonly string[];
}

export interface FeedModel {
  /** The next state of one district at `nowMs` (ms since the epoch). */
  district(code: string, nowMs: number): DistrictAir;
  /** Every district's latest state (the `air/city/latest` value). */
  city(): DistrictAir[];
  /** The next health of one source at `nowMs`. */
  source(id: string, nowMs: number): SourceHealth;
  /** Every source's latest health (the `sources/city/all` value). */
  sources(): SourceHealth[];
}

interface DistrictTrack {
  spec: DistrictSpec;
  /** Multiplies the typical levels: some districts are dirtier than others. */
  bias: number;
  /** Phase of the daily cycle, in radians. */
  phase: number;
  level: Record<AirMetric, number>;
  last: DistrictAir | null;
}

const newTrack = (spec: DistrictSpec, random: () => number): DistrictTrack => {
  const bias = 0.6 + random() * 0.9;
  const level = Object.fromEntries(AIR_METRICS.map((m) => [m, TYPICAL[m].level * bias])) as Record<AirMetric, number>;
  return { spec, bias, phase: random() * 2 * Math.PI, level, last: null };
};

/** One standard-normal draw (Box–Muller). */
const normal = (random: () => number): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** Moves every pollutant one step toward its (cycling) baseline, with noise. */
const step = (track: DistrictTrack, nowMs: number, random: () => number): void => {
  // the cycle spans roughly 0.4×–2.6× the typical level, so grades run from good to unhealthy and back
  const cycle = 1.5 + 1.1 * Math.sin((2 * Math.PI * nowMs) / (DAY_S * 1000) + track.phase);
  for (const m of AIR_METRICS) {
    const base = TYPICAL[m].level * track.bias * cycle;
    const v = track.level[m];
    track.level[m] = Math.max(0, v + REVERSION * (base - v) + VOLATILITY * v * normal(random));
  }
};

const districtAir = (track: DistrictTrack, nowMs: number, source: string): DistrictAir => {
  const values = Object.fromEntries(AIR_METRICS.map((m) => [m, roundTo(track.level[m], TYPICAL[m].decimals)])) as Record<AirMetric, number>;
  const cai = computeCai(values);
  return {
    district: track.spec.code,
    cai: cai.cai,
    grade: cai.grade,
    dominant: cai.dominant,
    values,
    subIndices: cai.subIndices,
    stations: [...track.spec.stations],
    asOf: new Date(nowMs).toISOString(),
    source,
  };
};

interface SourceTrack {
  health: SourceHealth;
}

const nextHealth = (prev: SourceHealth, nowMs: number, random: () => number): SourceHealth => {
  const at = new Date(nowMs).toISOString();
  const failed = random() < 0.02;
  const dropped = failed ? 0 : random() < 0.1 ? 1 + Math.floor(random() * 5) : 0;
  const lag = Math.max(0, Math.round((prev.lagSeconds ?? 600) + normal(random) * 60));
  return {
    ...prev,
    status: failed ? 'degraded' : dropped > 0 ? 'degraded' : lag > 3 * 3600 ? 'stale' : 'healthy',
    lastRunAt: at,
    lastSuccessAt: failed ? prev.lastSuccessAt : at,
    lastError: failed ? 'HTTP 503 from the source' : null,
    lagSeconds: lag,
    stale: lag > 3 * 3600,
    runs: prev.runs + 1,
    failures: prev.failures + (failed ? 1 : 0),
    emitted: prev.emitted + (failed ? 0 : 20 + Math.floor(random() * 30)),
    dropped: prev.dropped + dropped,
  };
};

const initialHealth = (source: string): SourceHealth => ({
  source,
  status: 'unknown',
  lastRunAt: null,
  lastSuccessAt: null,
  lastError: null,
  lagSeconds: 600,
  stale: false,
  runs: 0,
  failures: 0,
  emitted: 0,
  dropped: 0,
});

export class UnknownFeedKeyError extends Error {
  override readonly name = 'UnknownFeedKeyError';
}

export function createFeedModel(districts: readonly DistrictSpec[], sourceIds: readonly string[], seed = 1): FeedModel {
  const random = seededRandom(seed);
  const tracks = new Map(districts.map((d) => [d.code, newTrack(d, random)]));
  const sources = new Map<string, SourceTrack>(sourceIds.map((id) => [id, { health: initialHealth(id) }]));
  const dataSource = sourceIds[0] ?? 'seoul-air';
  return {
    district(code, nowMs) {
      const track = tracks.get(code);
      if (!track) throw new UnknownFeedKeyError(`unknown district ${code}`);
      step(track, nowMs, random);
      track.last = districtAir(track, nowMs, dataSource);
      return track.last;
    },
    city: () => [...tracks.values()].flatMap((t) => (t.last ? [t.last] : [])),
    source(id, nowMs) {
      const track = sources.get(id);
      if (!track) throw new UnknownFeedKeyError(`unknown source ${id}`);
      track.health = nextHealth(track.health, nowMs, random);
      return track.health;
    },
    sources: () => [...sources.values()].map((s) => s.health),
  };
}
