/**
 * @module actors/district/district-air
 * A district's air state from its stations' latest observations. Pure.
 *
 * Per pollutant: the value of the district's urban (urban-background) station when it reports one,
 * else the mean of the other district stations that report it. Values flagged 'missing' or 'suspect'
 * and observations older than `maxAgeMs` are left out. PM prefers 24-hour means and the gases 1-hour
 * values, as the CAI is defined on those periods; a station's other period is the fallback.
 * Stations that report but are not in the station list count as non-urban stations.
 */
import { AIR_METRICS, type AirMetric, type AirObservationPayload } from '../../contracts/metrics.ts';
import type { DistrictAir } from '../../contracts/air.ts';
import { computeCai } from './cai.ts';

export type StationKind = 'urban' | 'roadside' | 'background';

export interface StationInfo {
  code: string;
  kind: StationKind;
  /** 5-digit gu code of the district the station belongs to. */
  district: string;
}

/** One station's values for one averaging period, with when and by whom they were observed. */
export interface StationObservation extends AirObservationPayload {
  observedAt: string;
  source: string;
}

export interface DistrictAirInput {
  district: string;
  stations: readonly StationInfo[];
  observations: readonly StationObservation[];
  now: number;
  maxAgeMs: number;
}

const PREFERRED_PERIOD: Readonly<Record<AirMetric, '1h' | '24h'>> = {
  pm10: '24h', pm25: '24h', o3: '1h', no2: '1h', co: '1h', so2: '1h',
};

const DECIMALS: Readonly<Record<AirMetric, number>> = { pm10: 1, pm25: 1, o3: 4, no2: 4, co: 2, so2: 4 };

const roundTo = (v: number, decimals: number): number => Math.round(v * 10 ** decimals) / 10 ** decimals;

/** A usable value of `metric` in one observation, or undefined. */
const usable = (obs: StationObservation, metric: AirMetric): number | undefined => {
  const v = obs.values[metric];
  const flag = obs.quality?.[metric] ?? 'ok';
  return v === null || v === undefined || flag !== 'ok' ? undefined : v;
};

interface Reading {
  value: number;
  obs: StationObservation;
}

/** The station's reading for `metric`, from the preferred period first. */
const readingOf = (byPeriod: readonly StationObservation[], metric: AirMetric): Reading | undefined => {
  const ordered = [...byPeriod].sort((a, b) =>
    Number(b.period === PREFERRED_PERIOD[metric]) - Number(a.period === PREFERRED_PERIOD[metric]));
  for (const obs of ordered) {
    const value = usable(obs, metric);
    if (value !== undefined) return { value, obs };
  }
  return undefined;
};

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** An empty state for a district with no usable data. */
export const emptyDistrictAir = (district: string): DistrictAir => {
  const nulls = Object.fromEntries(AIR_METRICS.map((m) => [m, null])) as Record<AirMetric, null>;
  return { district, cai: null, grade: null, dominant: null, values: nulls, subIndices: { ...nulls }, stations: [], asOf: null, source: '' };
};

const groupFresh = (input: DistrictAirInput): Map<string, StationObservation[]> => {
  const groups = new Map<string, StationObservation[]>();
  for (const obs of input.observations) {
    const t = Date.parse(obs.observedAt);
    if (!Number.isFinite(t) || input.now - t > input.maxAgeMs) continue;
    groups.set(obs.station, [...(groups.get(obs.station) ?? []), obs]);
  }
  return groups;
};

export const computeDistrictAir = (input: DistrictAirInput): DistrictAir => {
  const kinds = new Map(input.stations.filter((s) => s.district === input.district).map((s) => [s.code, s.kind]));
  const groups = groupFresh(input);
  const used: StationObservation[] = [];
  const values = {} as Record<AirMetric, number | null>;
  for (const metric of AIR_METRICS) {
    const readings = [...groups.entries()]
      .map(([code, obs]) => ({ code, reading: readingOf(obs, metric) }))
      .filter((r): r is { code: string; reading: Reading } => r.reading !== undefined);
    const urban = readings.filter((r) => kinds.get(r.code) === 'urban');
    const chosen = urban.length > 0 ? urban : readings;
    values[metric] = chosen.length === 0 ? null : roundTo(mean(chosen.map((r) => r.reading.value)), DECIMALS[metric]);
    for (const r of chosen) used.push(r.reading.obs);
  }
  if (used.length === 0) return emptyDistrictAir(input.district);
  const cai = computeCai(values);
  const asOf = used.map((o) => o.observedAt).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  return {
    district: input.district,
    cai: cai.cai,
    grade: cai.grade,
    dominant: cai.dominant,
    values,
    subIndices: cai.subIndices,
    stations: [...new Set(used.map((o) => o.station))].sort(),
    asOf: new Date(Date.parse(asOf)).toISOString(),
    source: [...new Set(used.map((o) => o.source))].sort().join(','),
  };
};
