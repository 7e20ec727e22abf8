/**
 * @module wall/testing/incident-fixtures
 * Incidents, KPIs and cameras for the wall's tests: one incident built from a few fields, and a
 * board of generated incidents around the gu centroids with a fixed seed (every one marked
 * synthetic). Test support only; nothing here is shown as real data.
 */
import { readFileSync } from 'node:fs';
import type { CameraSignal, Incident, IncidentBoard, IncidentKpi, IncidentType, NearbyCamera } from '../../server/contracts/index.ts';
import { prng } from '../../db/reference/prng.ts';

const iso = (ms: number): string => new Date(ms).toISOString();

export interface IncidentSpec extends Partial<Omit<Incident, 'times'>> {
  id: string;
  /** When it was reported, and seconds after that of each later stage reached. */
  reportedAt: number;
  dispatchedAfterS?: number;
  arrivedAfterS?: number;
  resolvedAfterS?: number;
}

const POLICE: ReadonlySet<IncidentType> = new Set(['homicide', 'robbery', 'sexual-violence', 'theft', 'violence']);

export function incident(s: IncidentSpec): Incident {
  const { reportedAt, dispatchedAfterS, arrivedAfterS, resolvedAfterS, ...over } = s;
  const at = (after: number | undefined): string | null => (after === undefined ? null : iso(reportedAt + after * 1000));
  const type = over.type ?? 'fire';
  const stage = resolvedAfterS !== undefined ? 'resolved' : arrivedAfterS !== undefined ? 'arrived' : dispatchedAfterS !== undefined ? 'dispatched' : 'reported';
  const agency = POLICE.has(type) ? 'police' : 'fire';
  return {
    source: agency === 'police' ? 'police-112' : 'fire-119',
    agency,
    type,
    severity: 'moderate',
    stage,
    district: '11680',
    dong: '역삼동',
    address: '서울특별시 강남구 역삼동',
    lon: 127.0366,
    lat: 37.5006,
    responder: agency === 'police' ? { id: 'police-station:gangnam', name: { ko: '강남경찰서', en: 'Gangnam Police Station' } } : { id: 'fire-station:11680', name: { ko: '강남소방서', en: 'Gangnam Fire Station' } },
    synthetic: agency === 'police',
    times: { reported: iso(reportedAt), dispatched: at(dispatchedAfterS), arrived: at(arrivedAfterS), resolved: at(resolvedAfterS) },
    durations: {
      dispatchS: dispatchedAfterS ?? null,
      travelS: arrivedAfterS !== undefined && dispatchedAfterS !== undefined ? arrivedAfterS - dispatchedAfterS : null,
      onSceneS: resolvedAfterS !== undefined && arrivedAfterS !== undefined ? resolvedAfterS - arrivedAfterS : null,
    },
    estimated: [],
    casualties: null,
    damageKrwThousands: null,
    late: [],
    updatedAt: iso(reportedAt + Math.max(dispatchedAfterS ?? 0, arrivedAfterS ?? 0, resolvedAfterS ?? 0) * 1000),
    ...over,
  };
}

export function kpi(over: Partial<IncidentKpi> = {}): IncidentKpi {
  return {
    scope: 'city', agency: 'fire', from: '2025-05-01T00:00:00Z', to: '2025-05-02T00:00:00Z',
    reported: 120, open: 8, arrived: 100, withinTarget: 62, shareWithinTarget: 0.62, targetS: 420, goalShare: 0.7,
    medianTravelS: 312, p90TravelS: 540, medianDispatchS: 70, late: 3, deaths: 0, injuries: 4, ...over,
  };
}

interface Centroid {
  code: string;
  nameKo: string;
  lon: number;
  lat: number;
}

export function guCentroids(): Centroid[] {
  const file = new URL('../../db/reference/districts.json', import.meta.url);
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Array<{ code: string; nameKo: string; centroidLon: number; centroidLat: number }>;
  return rows.map((r) => ({ code: r.code, nameKo: r.nameKo, lon: r.centroidLon, lat: r.centroidLat }));
}

const TYPES: readonly IncidentType[] = ['fire', 'rescue', 'ems', 'theft', 'violence', 'robbery'];
const SEVERITIES = ['minor', 'moderate', 'major', 'critical'] as const;

/** `n` generated incidents at stages spread over the last hour, the first one running late. */
export function syntheticBoard(seed: number, now: number, n: number): IncidentBoard {
  const rand = prng(seed);
  const gu = guCentroids();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const incidents = Array.from({ length: n }, (_, k) => {
    const g = pick(gu);
    const type = k === 0 ? 'fire' : pick(TYPES);
    // The first is a fire dispatched 12 minutes ago and not there yet: past the 7-minute target.
    const reportedAt = k === 0 ? now - 12 * 60_000 : now - Math.floor(rand() * 50 * 60_000) - 60_000;
    const stage = k === 0 ? 1 : Math.floor(rand() * 4);
    const i = incident({
      id: `${POLICE.has(type) ? 'police-112' : 'fire-119'}:T${seed}-${String(k).padStart(4, '0')}`,
      reportedAt, type, severity: k === 0 ? 'critical' : pick(SEVERITIES), district: g.code, dong: null, address: `서울특별시 ${g.nameKo}`,
      lon: g.lon + (rand() - 0.5) * 0.02, lat: g.lat + (rand() - 0.5) * 0.015,
      ...(stage >= 1 ? { dispatchedAfterS: 40 + Math.floor(rand() * 80) } : {}),
      ...(stage >= 2 ? { arrivedAfterS: 200 + Math.floor(rand() * 400) } : {}),
      ...(stage >= 3 ? { resolvedAfterS: 1200 + Math.floor(rand() * 1200) } : {}),
      synthetic: true,
    });
    return k === 0 ? { ...i, late: [{ awaiting: 'arrived' as const, targetS: 420, at: iso(reportedAt + 420_000) }] } : i;
  });
  return { incidents, asOf: iso(now) };
}

export function nearbyCamera(n: number, over: Partial<NearbyCamera> = {}): NearbyCamera {
  return {
    id: `cam-11680-${String(n).padStart(5, '0')}`, name: { ko: `역삼 방범 ${n}`, en: `Yeoksam crime-prevention ${n}` },
    district: '11680', lon: 127.036 + n * 0.001, lat: 37.5, agency: 'district', purpose: 'crime-prevention',
    viewers: ['mayor', 'situation-room', 'district-head'], synthetic: true, streaming: true, distanceM: 80 * n, ...over,
  };
}

export const signal = (camera: string, state: CameraSignal['state']): CameraSignal => ({
  camera, state, mode: 'remux', codec: 'h264', width: 1280, height: 720, since: '2025-05-01T05:00:00Z', restarts: 0, error: null,
});
