import test from 'ava';
import fc from 'fast-check';
import { openDatabase } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { loadCameraRegistry } from '../../db/reference/cameras-load.ts';
import { migratedTempDatabase, testLogger } from '../../db/testing/temp-database.ts';
import type { Database } from '../../db/client.ts';
import { distanceM, nearestOf } from '../cameras/nearest.ts';
import { visibleTo, type CameraViewer } from '../cameras/viewers.ts';
import { cameraCounts, CameraQueryError, CameraRowError, getCamera, listCameras, nearestCameras, seedCameras, streamingCameras, type NearestQuery } from './cameras.ts';

const REGISTRY = await loadCameraRegistry({ total: 6000, seed: 7 });
const streamUrlOf = (c: { id: string }): string | null => (c.id.endsWith('7') ? `rtsp://127.0.0.1:8554/${c.id}` : null);
const ALL = REGISTRY.map((c) => ({ ...c, streaming: streamUrlOf(c) !== null }));
const STREAMING = new Map(ALL.map((c) => [c.id, c.streaming]));
const BY_ID = new Map(ALL.map((c) => [c.id, c]));

let db: Database;
let done: () => Promise<void>;
test.before(async () => {
  ({ db, done } = await migratedTempDatabase());
  await seedCameras(db, REGISTRY, { streamUrlOf });
  await db.query('ANALYZE cameras');
});
test.after.always(async () => done?.());

/** Equal up to float noise: the database measures through chords, the check by haversine. */
const EPS_M = 1e-6;

/**
 * The database's answer against brute force: as many cameras, each distinct, visible to the viewer
 * and really at the distance it claims; the same distances as brute force; and the same ids in the
 * same order, except where brute force itself has two cameras at the same distance.
 */
function sameAnswer(got: Array<{ id: string; distanceM: number }>, q: NearestQuery, label: string, cams: typeof ALL = ALL): string | null {
  const wantOneMore = nearestOf(cams, { ...q, limit: q.limit + 1 });
  const want = wantOneMore.slice(0, q.limit);
  if (got.length !== want.length) return `${label}: ${got.length} cameras, brute force ${want.length}`;
  if (new Set(got.map((c) => c.id)).size !== got.length) return `${label}: a camera twice`;
  const tied = (i: number): boolean => wantOneMore.some((x, j) => j !== i && Math.abs(x.distanceM - want[i]!.distanceM) <= EPS_M);
  for (let i = 0; i < got.length; i++) {
    const g = got[i]!;
    const w = want[i]!;
    const cam = BY_ID.get(g.id);
    if (cams !== ALL && !cams.some((c) => c.id === g.id)) return `${label} #${i}: ${g.id} was not seeded`;
    if (!cam || (q.viewer !== null && !visibleTo(q.viewer, cam))) return `${label} #${i}: ${g.id} is not one the viewer may view`;
    if (Math.abs(distanceM(q.lon, q.lat, cam.lon, cam.lat) - g.distanceM) > EPS_M) return `${label} #${i}: ${g.id} is not at ${g.distanceM} m`;
    if (Math.abs(g.distanceM - w.distanceM) > EPS_M) return `${label} #${i}: ${g.id} at ${g.distanceM} m, brute force ${w.id} at ${w.distanceM} m`;
    if (g.id !== w.id && !tied(i)) return `${label} #${i}: ${g.id}, brute force ${w.id}`;
  }
  return null;
}

const inSeoul = fc.record({ lon: fc.double({ min: 126.76, max: 127.19, noNaN: true }), lat: fc.double({ min: 37.42, max: 37.72, noNaN: true }) });
/** The westmost, eastmost, southmost and northmost cameras. */
const EXTREMES = (['w', 'e', 's', 'n'] as const).map((side) => {
  const key = (c: { lon: number; lat: number }): number => ({ w: c.lon, e: -c.lon, s: c.lat, n: -c.lat })[side];
  return { side, camera: ALL.reduce((a, b) => (key(b) < key(a) ? b : a)) };
});
/** Points on and just beyond the city's edge: the extreme cameras, pushed outwards. */
const edge = fc
  .tuple(fc.constantFrom(...EXTREMES), fc.double({ min: 0, max: 0.05, noNaN: true }), fc.double({ min: -0.01, max: 0.01, noNaN: true }))
  .map(([{ side, camera: c }, out, jitter]) => {
    const d = { w: [-out, jitter], e: [out, jitter], s: [jitter, -out], n: [jitter, out] }[side] as [number, number];
    return { lon: c.lon + d[0], lat: c.lat + d[1] };
  });
const outside = fc.constantFrom(
  { lon: 126.63, lat: 37.45 }, // Incheon
  { lon: 127.03, lat: 37.26 }, // Suwon
  { lon: 129.07, lat: 35.18 }, // Busan
  { lon: -122.42, lat: 37.77 }, // San Francisco
  { lon: 0, lat: 0 },
);
const points = fc.oneof(inSeoul, inSeoul, edge, outside);

const VIEWERS: Array<[string, CameraViewer | null]> = [
  ['no filter', null],
  ['mayor', { role: 'mayor', districts: [] }],
  ['situation room', { role: 'situation-room', districts: [] }],
  ['official', { role: 'official', districts: [] }],
  ['head of Gangnam-gu', { role: 'district-head', districts: ['11680'] }],
  ['head of Dobong-gu', { role: 'district-head', districts: ['11320'] }],
  ['head of two gu', { role: 'district-head', districts: ['11110', '11740'] }],
  ['head of none', { role: 'district-head', districts: [] }],
  ['auditor', { role: 'auditor', districts: [] }],
];

for (const [label, viewer] of VIEWERS) {
  test(`nearest = brute force over every camera, ${label}`, async (t) => {
    let asked = 0;
    await fc.assert(
      fc.asyncProperty(points, fc.integer({ min: 1, max: 30 }), fc.option(fc.double({ min: 0, max: 6000, noNaN: true }), { nil: undefined, freq: 3 }), async (p, limit, max) => {
        const q: NearestQuery = { ...p, limit, viewer, ...(max === undefined ? {} : { maxDistanceM: max }) };
        const got = await nearestCameras(db, q);
        asked++;
        const problem = sameAnswer(got, q, `${label} at ${p.lon},${p.lat} limit ${limit} within ${max}`);
        if (problem) throw new Error(problem);
        if (got.some((c) => c.streaming !== STREAMING.get(c.id))) throw new Error('camera fields differ');
      }),
      { numRuns: 80 },
    );
    t.is(asked, 80);
  });
}

test('nearest: a district head far from their gu still gets their own gu, nearest first', async (t) => {
  const got = await nearestCameras(db, { lon: 126.93, lat: 37.68, limit: 5, viewer: { role: 'district-head', districts: ['11680'] } });
  t.is(got.length, 5);
  t.true(got.every((c) => c.district === '11680' && c.distanceM > 3000));
  t.deepEqual(got.map((c) => c.distanceM), [...got.map((c) => c.distanceM)].sort((a, b) => a - b));
});

test('nearest: bad points and limits are clear errors', async (t) => {
  const base = { lon: 127, lat: 37.5, limit: 8, viewer: null };
  await t.throwsAsync(nearestCameras(db, { ...base, lon: Number.NaN }), { instanceOf: CameraQueryError, message: /not a longitude/ });
  await t.throwsAsync(nearestCameras(db, { ...base, lat: 91 }), { instanceOf: CameraQueryError });
  await t.throwsAsync(nearestCameras(db, { ...base, limit: 0 }), { instanceOf: CameraQueryError, message: /limit/ });
  await t.throwsAsync(nearestCameras(db, { ...base, limit: 101 }), { instanceOf: CameraQueryError, message: /limit/ });
  await t.throwsAsync(nearestCameras(db, { ...base, maxDistanceM: -1 }), { instanceOf: CameraQueryError, message: /maxDistanceM/ });
});

test('list: pages by id cover exactly the filtered registry', async (t) => {
  const viewer: CameraViewer = { role: 'district-head', districts: ['11680'] };
  const bbox = [127.02, 37.48, 127.08, 37.53] as const;
  const cases: Array<[string, Parameters<typeof listCameras>[1], (c: (typeof ALL)[number]) => boolean]> = [
    ['everything', { viewer: null, limit: 700 }, () => true],
    ['a head', { viewer, limit: 97 }, (c) => c.viewers.includes('district-head') && c.district === '11680'],
    ['official in Jongno-gu', { viewer: { role: 'official', districts: [] }, district: '11110', limit: 5 }, (c) => c.viewers.includes('official') && c.district === '11110'],
    ['a box', { viewer: null, bbox, limit: 50 }, (c) => c.lon >= bbox[0] && c.lat >= bbox[1] && c.lon <= bbox[2] && c.lat <= bbox[3]],
  ];
  for (const [label, q, keep] of cases) {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const page = await listCameras(db, { ...q, ...(cursor === undefined ? {} : { cursor }) });
      t.true(page.cameras.length <= q.limit);
      ids.push(...page.cameras.map((c) => c.id));
      if (page.next === null) break;
      cursor = page.next;
    }
    const want = ALL.filter(keep).map((c) => c.id).sort();
    t.true(want.length > 0, label);
    t.deepEqual(ids, want, label);
  }
  await t.throwsAsync(listCameras(db, { viewer: null, limit: 1001 }), { instanceOf: CameraQueryError });
  await t.throwsAsync(listCameras(db, { viewer: null, limit: 10, bbox: [127.1, 37.5, 127.0, 37.6] }), { instanceOf: CameraQueryError, message: /bbox/ });
});

test('one camera with its stream address; the streamed ones; counts per gu and agency', async (t) => {
  const streamed = ALL.find((c) => c.streaming)!;
  const { streaming: _s, ...registry } = streamed;
  t.deepEqual(await getCamera(db, streamed.id), { ...registry, streaming: true, streamUrl: streamUrlOf(streamed) });
  t.is(await getCamera(db, 'cam-11680-99999'), null);
  const s = await streamingCameras(db);
  t.deepEqual(s.map((c) => c.id), ALL.filter((c) => c.streaming).map((c) => c.id).sort());
  t.true(s.every((c) => c.streamUrl === `rtsp://127.0.0.1:8554/${c.id}`));
  const counts = await cameraCounts(db);
  t.is(counts.reduce((n, c) => n + c.cameras, 0), 6000);
  t.is(counts.reduce((n, c) => n + c.synthetic, 0), 6000);
  const gangnamPolice = counts.find((c) => c.district === '11680' && c.agency === 'police')?.cameras;
  t.is(gangnamPolice, ALL.filter((c) => c.district === '11680' && c.agency === 'police').length);
});

test('seeding is idempotent: again changes nothing, a change rewrites only what changed', async (t) => {
  const { db: fresh, done: drop } = await migratedTempDatabase();
  try {
    const some = REGISTRY.slice(0, 500);
    t.deepEqual(await seedCameras(fresh, some), { inserted: 500, updated: 0, unchanged: 0 });
    t.deepEqual(await seedCameras(fresh, some), { inserted: 0, updated: 0, unchanged: 500 });
    const moved = some.map((c, i) => (i < 3 ? { ...c, lon: c.lon + 0.001 } : c));
    t.deepEqual(await seedCameras(fresh, [...moved, ...REGISTRY.slice(500, 510)], { streamUrlOf: (c) => (c.id === some[10]!.id ? 'rtsp://cam/10' : null) }), {
      inserted: 10,
      updated: 4,
      unchanged: 496,
    });
    t.is((await getCamera(fresh, some[0]!.id))?.lon, some[0]!.lon + 0.001);
    t.deepEqual(await seedCameras(fresh, []), { inserted: 0, updated: 0, unchanged: 0 });
    await t.throwsAsync(seedCameras(fresh, [some[0]!, some[0]!]), { instanceOf: CameraRowError, message: /appears twice/ });
    const [n] = await fresh.query<{ n: number }>('SELECT count(*)::int AS n FROM cameras');
    t.is(n?.n, 510, 'a refused seed leaves the table as it was');
  } finally {
    await drop();
  }
});

test('embedded PGlite: the same migration, seeding and nearest answers', async (t) => {
  const log = testLogger();
  const lite = await openDatabase({ embedded: {} }, log);
  try {
    await migrate(lite, log);
    const some = REGISTRY.filter((_, i) => i % 3 === 0);
    t.deepEqual(await seedCameras(lite, some), { inserted: some.length, updated: 0, unchanged: 0 });
    t.deepEqual(await seedCameras(lite, some), { inserted: 0, updated: 0, unchanged: some.length });
    const mine = ALL.filter((_, i) => i % 3 === 0);
    await fc.assert(
      fc.asyncProperty(fc.oneof(inSeoul, outside), fc.constantFrom(...VIEWERS.map(([, v]) => v)), async (p, viewer) => {
        const q = { ...p, limit: 8, viewer };
        const problem = sameAnswer(await nearestCameras(lite, q), q, `PGlite at ${p.lon},${p.lat}`, mine);
        if (problem) throw new Error(problem);
      }),
      { numRuns: 40 },
    );
    const [plan] = await lite.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT id FROM cameras ORDER BY ll_to_earth(lat, lon) <-> ll_to_earth(37.5, 127.0) LIMIT 8`);
    t.regex(plan?.['QUERY PLAN'] ?? '', /Index Scan using cameras_earth_gist|Limit/);
  } finally {
    await lite.close();
  }
});
