import test from 'ava';
import { gzipSync } from 'node:zlib';
import { decodeRing, MapAssetSchema } from '../src/map/map-asset.ts';
import { createProjection } from '../src/map/projection.ts';
import { segmentDistance, signedDistance, type Pt } from './geometry.ts';
import { assembleMapAsset, loadMapReference, SIMPLIFY_TOLERANCE_M } from './map-asset.ts';
import { dissolve } from './topology.ts';

const ref = loadMapReference();
const asset = assembleMapAsset(ref);
const json = JSON.stringify(asset);

const points = (flat: readonly number[]): Pt[] => {
  const f = decodeRing(flat);
  return Array.from({ length: f.length / 2 }, (_, i) => [f[2 * i] ?? 0, f[2 * i + 1] ?? 0]);
};
const rings = (polygons: number[][][]): Pt[][][] => polygons.map((p) => p.map(points));

test('the asset is valid, complete and compact', (t) => {
  t.notThrows(() => MapAssetSchema.parse(JSON.parse(json)));
  t.is(asset.districts.length, 25);
  t.is(asset.neighborhoods.length, 425);
  t.true(json.length < 300_000, `${json.length} bytes`);
  t.true(gzipSync(json).length < 100_000);
  t.true(asset.attribution.some((a) => a.includes('CC BY 4.0')) && asset.attribution.some((a) => a.includes('2025-04')));
});

test('every ring keeps at least four points and every label is inside its area', (t) => {
  for (const a of [...asset.districts, ...asset.neighborhoods]) {
    const polys = rings(a.polygons);
    t.true(polys.flat().every((r) => r.length >= 4), a.code);
    t.true(polys.some((p) => signedDistance(p, a.label[0], a.label[1]) > 0), `${a.code} label ${a.label.join()}`);
  }
});

test('dong borders fit together: the gu and the city dissolve into single outlines', (t) => {
  for (const gu of asset.districts) t.is(gu.polygons.length, 1, gu.code);
  const city = dissolve(asset.districts.flatMap((d) => rings(d.polygons)));
  t.is(city.length, 1);
  t.is(city[0]?.length, 1, 'no holes: every border is shared exactly');
});

test('simplified dong borders stay within the tolerance of the source', (t) => {
  const project = createProjection(asset.projection).project;
  let worst = 0;
  ref.neighborhoods.forEach((n, i) => {
    const simplified = rings(asset.neighborhoods[i]?.polygons ?? [])[0]?.[0] ?? [];
    const source = n.geometry.type === 'Polygon' ? n.geometry.coordinates[0] : n.geometry.coordinates[0]?.[0];
    for (const [lon, lat] of source ?? []) {
      const p = project(lon, lat);
      const d = Math.min(...simplified.map((a, k) => segmentDistance(p, a, simplified[(k + 1) % simplified.length] ?? a)));
      worst = Math.max(worst, d);
    }
  });
  t.true(worst <= SIMPLIFY_TOLERANCE_M + 1, `worst ${worst.toFixed(2)} m`);
});

test('population: gu from the reference, dong sums to the city', (t) => {
  for (const gu of asset.districts) {
    const p = ref.population.districts.find((d) => d.code === gu.code);
    t.like(gu.population, { asOf: '2025-04', total: p?.total, age65plus: p?.age65plus });
  }
  const dongTotal = asset.neighborhoods.reduce((s, n) => s + n.population.total, 0);
  t.is(dongTotal, asset.city.population.total);
  t.is(asset.districts.reduce((s, d) => s + d.population.male, 0), asset.city.population.male);
  t.true(asset.neighborhoods.every((n) => asset.districts.some((d) => d.code === n.district)));
});
