/**
 * @module scripts/simulator/er-beds/walk
 * Pure: SYNTHETIC occupancy of each emergency room, a seeded mean-reverting random walk (AR(1)) around a
 * level that follows the day — busiest around 20:00, quietest around 08:00 (data time, KST):
 *   occupancy = base(level, institution) + 0.09 × cos(2π (hour − 20) / 24) + x
 *   x ← φ x + σ ε, φ = exp(−Δ / 2 h) for Δ of data time per update, stationary spread 0.07
 *   available = round(beds × (1 − occupancy)), between −15 % of the beds (patients waiting) and all beds.
 * Updates come on whole wall seconds: every 5 data minutes, but at most once a wall second.
 */
import { kstHour } from '../../../connectors/_safety/kst.ts';
import { normal, streamOf, type Rand } from '../safety-common/random.ts';
import type { ErSite } from './hospitals.ts';

const BASE: Readonly<Record<ErSite['level'], number>> = { 'regional-center': 0.8, 'local-center': 0.72, 'local-institution': 0.6 };
const SPREAD = 0.07;
const TAU_MS = 2 * 3600_000;
const UPDATE_DATA_MS = 5 * 60_000;

export interface BedWalkOptions {
  sites: readonly ErSite[];
  seed: number;
  speedup: number;
  /** Wall time the simulation started. */
  startedAt: number;
  /** Data time at `startedAt` (default `startedAt`). */
  dataStart?: number | undefined;
}

export interface BedSnapshot {
  /** Wall time of the update (a whole second). */
  at: number;
  /** Data time of the update. */
  dataAt: number;
  /** Available beds per site, in `sites` order. */
  available: number[];
}

export interface BedWalk {
  updateWallMs: number;
  at(wallMs: number): BedSnapshot;
}

export const updateWallMsOf = (speedup: number): number => Math.max(1000, Math.round(UPDATE_DATA_MS / speedup / 1000) * 1000);

export const createBedWalk = (o: BedWalkOptions): BedWalk => {
  if (!(o.speedup > 0 && Number.isFinite(o.speedup))) throw new RangeError(`speedup must be a positive number: ${o.speedup}`);
  const updateWallMs = updateWallMsOf(o.speedup);
  const dataStart = o.dataStart ?? o.startedAt;
  const phi = Math.exp(-(updateWallMs * o.speedup) / TAU_MS);
  const sigma = SPREAD * Math.sqrt(1 - phi * phi);
  const bases = o.sites.map((s) => BASE[s.level] + (streamOf(o.seed, 'er-base', s.hpid)() - 0.5) * 0.12);
  const k0 = Math.floor(o.startedAt / updateWallMs);
  let rand: Rand = streamOf(o.seed, 'er-walk');
  let k = k0;
  let x = o.sites.map(() => SPREAD * normal(rand));

  const restart = (): void => {
    rand = streamOf(o.seed, 'er-walk');
    k = k0;
    x = o.sites.map(() => SPREAD * normal(rand));
  };

  const at = (wallMs: number): BedSnapshot => {
    const target = Math.max(k0, Math.floor(wallMs / updateWallMs));
    if (target < k) restart();
    for (; k < target; k++) x = x.map((v) => phi * v + sigma * normal(rand));
    const wall = k * updateWallMs;
    const dataAt = dataStart + (wall - o.startedAt) * o.speedup;
    const hour = kstHour(dataAt) + (((dataAt % 3600_000) + 3600_000) % 3600_000) / 3600_000;
    const rhythm = 0.09 * Math.cos((2 * Math.PI * (hour - 20)) / 24);
    const available = o.sites.map((s, i) => {
      const occupancy = (bases[i] as number) + rhythm + (x[i] as number);
      return Math.min(s.beds, Math.max(-Math.ceil(s.beds * 0.15), Math.round(s.beds * (1 - occupancy))));
    });
    return { at: wall, dataAt, available };
  };

  return { updateWallMs, at };
};
