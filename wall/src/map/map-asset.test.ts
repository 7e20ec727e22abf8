import test from 'ava';
import { encodeRing, type Pt } from '../../build/geometry.ts';
import { buildMapAsset } from '../../build/map-asset.ts';
import { decodeRing, MapAssetSchema } from './map-asset.ts';
import { unproject } from './projection.ts';

const built = buildMapAsset();

test('decodeRing inverts the delta encoding', (t) => {
  const ring: Pt[] = [[-19896, 13453], [-19890, 13440], [-19875, 13460], [-19880, 13470]];
  t.deepEqual([...decodeRing(encodeRing(ring))], ring.flat());
  t.deepEqual([...decodeRing([5, 6, 1, -1])], [5, 6, 6, 5]);
  t.is(decodeRing([]).length, 0);
});

test('the built asset survives JSON and the schema, and decodes to places in Seoul', (t) => {
  const loaded = MapAssetSchema.parse(JSON.parse(JSON.stringify(built)));
  t.deepEqual(loaded, built);
  const jongno = loaded.districts.find((d) => d.code === '11110');
  const outline = decodeRing(jongno?.polygons[0]?.[0] ?? []);
  t.true(outline.length >= 8);
  for (let i = 0; i < outline.length; i += 2) {
    const [lon, lat] = unproject(outline[i] ?? NaN, outline[i + 1] ?? NaN);
    t.true(lon > 126.94 && lon < 127.03 && lat > 37.56 && lat < 37.64, `${lon},${lat}`);
  }
  const { minX, maxX, minY, maxY } = loaded.bounds;
  t.true(maxX - minX > 35_000 && maxX - minX < 38_000, 'Seoul is about 37 km wide');
  t.true(maxY - minY > 29_000 && maxY - minY < 32_000, 'and about 30 km tall');
});

test('the schema rejects a ring of fewer than three points and an unknown version', (t) => {
  const broken = structuredClone(built);
  const first = broken.neighborhoods[0];
  if (first) first.polygons = [[[0, 0, 1, 1]]];
  t.throws(() => MapAssetSchema.parse(broken));
  t.throws(() => MapAssetSchema.parse({ ...built, version: 2 }));
});
