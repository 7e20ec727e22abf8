/**
 * @module live/derived
 * Channels an API process derives from others it already has, so they stay right however the actors
 * are sharded: `air/city/latest` is every district's state, recomputed (coalesced) when one changes.
 */
import { channels, DistrictAirSchema, type DistrictAir } from '../contracts/index.ts';
import type { LiveHub } from './hub.ts';

const DISTRICT_PREFIX = 'air/district/';

export function cityAirOf(hub: LiveHub): { districts: DistrictAir[]; at: string } | null {
  let at = '';
  const districts: DistrictAir[] = [];
  for (const [, v] of hub.entries(DISTRICT_PREFIX)) {
    const parsed = DistrictAirSchema.safeParse(v.data);
    if (!parsed.success) continue;
    districts.push(parsed.data);
    if (v.at > at) at = v.at;
  }
  return districts.length > 0 ? { districts, at } : null;
}

/** Keeps `air/city/latest` current; returns the function that stops it. */
export function deriveCityAir(hub: LiveHub, minIntervalMs = 250): () => void {
  let timer: NodeJS.Timeout | null = null;
  const compute = (): void => {
    timer = null;
    const city = cityAirOf(hub);
    if (city) hub.set(channels.airCity(), city.districts, city.at);
  };
  const stop = hub.watch(DISTRICT_PREFIX, () => {
    timer ??= setTimeout(compute, minIntervalMs);
  });
  compute();
  return () => {
    stop();
    if (timer) clearTimeout(timer);
  };
}
