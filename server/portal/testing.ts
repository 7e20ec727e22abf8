/**
 * @module portal/testing
 * Fixtures for the portal's tests: the 25 gu of the reference layer, a live value for each in a
 * hub, the source catalogue and source health carrying internal detail that must never be shown.
 */
import { readFileSync } from 'node:fs';
import { CAI_GRADES, channels, type DistrictAir, type SourceHealth } from '../contracts/index.ts';
import type { DistrictInfo, SourceInfo } from '../http/deps.ts';
import type { LiveHub } from '../live/hub.ts';
import type { DistrictName } from './view-model.ts';

export const FIXTURE_NOW = Date.parse('2026-11-27T05:20:00Z');
export const AIR_AT = '2026-11-27T05:00:00.000Z';
/** Internal detail present in the ports; the portal must never show it. */
export const SECRET_ERROR = 'ECONNRESET at internal-host-10.0.0.7';
export const SECRET_RUN_ID = 'run-7f3a9c-internal';

interface RefDistrict {
  code: string;
  nameKo: string;
  nameEn: string;
  centroidLon: number;
  centroidLat: number;
  geometry: unknown;
}

export const REFERENCE_DISTRICTS: DistrictInfo[] = (JSON.parse(readFileSync(new URL('../../db/reference/districts.json', import.meta.url), 'utf8')) as RefDistrict[]).map(
  (d) => ({ code: d.code, nameKo: d.nameKo, nameEn: d.nameEn, centroid: [d.centroidLon, d.centroidLat], geometry: d.geometry }),
);

export const names = (ds: readonly DistrictInfo[]): DistrictName[] => ds.map(({ code, nameKo, nameEn }) => ({ code, nameKo, nameEn }));

/** A varied, deterministic value for the i-th gu. */
export function airOf(code: string, i: number, asOf: string = AIR_AT): DistrictAir {
  const cai = 20 + ((i * 37) % 260);
  const grade = cai <= 50 ? 'good' : cai <= 100 ? 'moderate' : cai <= 250 ? 'unhealthy' : 'very-unhealthy';
  return {
    district: code,
    cai,
    grade: CAI_GRADES.includes(grade) ? grade : null,
    dominant: i % 2 === 0 ? 'pm10' : 'o3',
    values: { pm10: 10 + i * 3, pm25: 5 + i, o3: 0.031, no2: 0.02, co: 0.4, so2: 0.003 },
    subIndices: { pm10: cai, pm25: 30, o3: 40, no2: 20, co: 10, so2: 5 },
    stations: [`st-${code}`],
    asOf,
    source: 'seoul-air',
  };
}

export const SOURCES: SourceInfo[] = [
  { id: 'seoul-air', title: { ko: '서울시 대기환경정보', en: 'Seoul air quality' }, department: { ko: '기후환경본부', en: 'Climate & Environment HQ' }, protocol: 'http-json', cadence: 'every 60s', staleAfterSeconds: 7200, synthetic: false, attribution: 'Seoul Open Data Plaza (data.seoul.go.kr)', quarantined: 2 },
  { id: 'traffic-sim', title: { ko: '교통 모의 자료', en: 'Traffic simulation' }, department: { ko: '도시교통실', en: 'Urban Transportation' }, protocol: 'http-json', cadence: 'every 5m', staleAfterSeconds: 600, synthetic: true, attribution: 'SCPM simulator', quarantined: 0 },
];

export function healthOf(source: string, over: Partial<SourceHealth> = {}): SourceHealth {
  return {
    source, status: 'healthy', lastRunAt: AIR_AT, lastSuccessAt: AIR_AT, lastError: null, lagSeconds: 120,
    stale: false, runs: 40, failures: 0, emitted: 1000, dropped: 0, ...over,
  };
}

/** Every gu's air value, `sources/city/all` and each `sources/source/{id}` in the hub. */
export function fillHub(hub: LiveHub, districts: readonly DistrictInfo[] = REFERENCE_DISTRICTS): DistrictAir[] {
  const airs = districts.map((d, i) => airOf(d.code, i));
  for (const a of airs) hub.set(channels.airDistrict(a.district), a, AIR_AT);
  const health = [healthOf('seoul-air'), healthOf('traffic-sim', { status: 'failing', stale: true, lastError: SECRET_ERROR, lastSuccessAt: '2026-11-27T02:00:00.000Z' })];
  hub.set(channels.sources(), health, AIR_AT);
  for (const h of health) hub.set(channels.source(h.source), h, AIR_AT);
  return airs;
}
