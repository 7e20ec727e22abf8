/**
 * @module store/indicators-cache
 * The public answers of count indicators need the indicator's whole cube as known on a date (to
 * suppress small cells consistently, server/indicators/suppress.ts): one heavy read per request.
 * This keeps the newest cubes read, each under the data version it was read at (the indicator's
 * newest release and the last load), and reads again only when that version moved.
 */
import type { Observation } from '../contracts/indicator.ts';

export interface CubeQuery {
  indicator: string;
  period?: string | undefined;
  asOf: string;
  smallBelow: number;
}

export interface CubeCacheOptions {
  /** The stored cube. */
  read(q: CubeQuery): Promise<Observation[]>;
  /** A value that changes whenever what is stored for the indicator may have changed. */
  version(indicator: string): Promise<string>;
  /** Cubes kept (least recently used first out). */
  max?: number;
}

export const DEFAULT_CUBES_KEPT = 48;

export function cachedCube(o: CubeCacheOptions): (q: CubeQuery) => Promise<Observation[]> {
  const max = o.max ?? DEFAULT_CUBES_KEPT;
  const held = new Map<string, { version: string; cube: Promise<Observation[]> }>();
  return async (q) => {
    const key = `${q.indicator}|${q.period ?? '*'}|${q.asOf}|${q.smallBelow}`;
    const version = await o.version(q.indicator);
    const hit = held.get(key);
    held.delete(key);
    if (hit && hit.version === version) {
      held.set(key, hit); // most recently used last
      return hit.cube;
    }
    const cube = o.read(q);
    held.set(key, { version, cube });
    cube.catch(() => held.delete(key)); // a failed read is not kept
    while (held.size > max) held.delete(held.keys().next().value as string);
    return cube;
  };
}
