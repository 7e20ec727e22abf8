import test from 'ava';
import { readFileSync } from 'node:fs';
import { STATIONS, stationByCode, stationByName } from './stations.ts';

const CSV = '/work/shared/data/air_quality/seoul_daily_air_by_station_20180101_20220630.csv';
const GU = '/work/shared/data/boundaries/seoul_gu_juso2015_simple.geojson';

type Ring = [number, number][];
interface GuFeature { properties: { SIG_CD: string; SIG_KOR_NM: string }; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } }

const inRing = (x: number, y: number, ring: Ring): boolean => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

const inPolygon = (x: number, y: number, rings: Ring[]): boolean => inRing(x, y, rings[0]!) && !rings.slice(1).some((h) => inRing(x, y, h));

const contains = (f: GuFeature, lon: number, lat: number): boolean => {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]);
  return polys.some((p) => inPolygon(lon, lat, p));
};

const shared = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

const csv = shared(CSV) ?? readFileSync(new URL('../../scripts/simulator/data/seoul_daily_air_by_station_20180101_20220630.csv', import.meta.url), 'utf8');

test('the 51 station names match the source CSV exactly', (t) => {
  const names = new Set(csv.split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[1]));
  t.is(names.size, 51);
  t.deepEqual([...names].sort(), STATIONS.map((s) => s.name).sort());
});

test('every station lies inside the gu it is assigned to, and in no other', (t) => {
  const geo = JSON.parse(shared(GU) ?? '{"features":[]}') as { features: GuFeature[] };
  t.is(geo.features.length, 25, 'the gu boundaries file is needed for this test');
  const byCode = new Map(geo.features.map((f) => [f.properties.SIG_CD, f]));
  for (const s of STATIONS) {
    const gu = byCode.get(s.district);
    t.truthy(gu, `${s.name}: unknown district ${s.district}`);
    t.true(contains(gu!, s.lon, s.lat), `${s.name} (${s.lon}, ${s.lat}) is not inside ${gu!.properties.SIG_KOR_NM}`);
    const others = geo.features.filter((f) => f !== gu && contains(f, s.lon, s.lat)).map((f) => f.properties.SIG_KOR_NM);
    t.deepEqual(others, [], `${s.name} also falls in ${others.join(', ')}`);
  }
});

test('urban stations are named after their gu; codes are unique 6-digit strings', (t) => {
  const geo = JSON.parse(readFileSync(GU, 'utf8')) as { features: GuFeature[] };
  const guName = new Map(geo.features.map((f) => [f.properties.SIG_CD, f.properties.SIG_KOR_NM]));
  const urban = STATIONS.filter((s) => s.kind === 'urban');
  t.is(urban.length, 25);
  for (const s of urban) t.is(guName.get(s.district), s.name);
  t.is(STATIONS.filter((s) => s.kind === 'roadside').length, 15);
  t.is(STATIONS.filter((s) => s.kind === 'background').length, 11);
  t.is(new Set(STATIONS.map((s) => s.code)).size, 51);
  for (const s of STATIONS) t.regex(s.code, /^\d{6}$/);
  for (const s of STATIONS) t.is(s.derivedCode, s.kind !== 'urban');
});

test('lookups by name and code', (t) => {
  t.is(stationByName(' 강남구 ')?.code, '111261');
  t.is(stationByName('강남')?.code, undefined);
  t.is(stationByCode('965001')?.name, '강남대로');
});
