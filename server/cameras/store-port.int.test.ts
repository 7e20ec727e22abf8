import test from 'ava';
import { loadCameraRegistry } from '../../db/reference/cameras-load.ts';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import { seedCameras } from '../store/cameras.ts';
import { createMemoryCameraPort } from './memory.ts';
import type { CameraListQuery } from './port.ts';
import { createStoreCameraPort } from './store-port.ts';
import type { CameraViewer } from './viewers.ts';

const REGISTRY = await loadCameraRegistry({ total: 2500, seed: 11 });
const streamed = (id: string): boolean => id.endsWith('3');
const CAMERAS = REGISTRY.map(({ installedYear: _y, ...c }) => ({ ...c, streaming: streamed(c.id) }));

test('the store port answers as the memory port does over the same registry', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    await seedCameras(db, REGISTRY, { streamUrlOf: (c) => (streamed(c.id) ? `rtmp://127.0.0.1/cams/${c.id}` : null) });
    await db.query(
      `INSERT INTO incidents (id, source, agency, type, stage, district_code, lon, lat, reported_at, state, updated_at)
       VALUES ('fire-119:20261127-0001', 'fire-119', 'fire', 'fire', 'reported', '11680', 127.0494, 37.5171, now(), '{}', now())`,
    );
    const store = createStoreCameraPort(db);
    const memory = createMemoryCameraPort(CAMERAS, { 'fire-119:20261127-0001': { lon: 127.0494, lat: 37.5171, district: '11680' } });

    const one = CAMERAS.find((c) => c.streaming)!;
    t.deepEqual(await store.get(one.id), one, 'no stream address, no year: the contract camera');
    t.is(await store.get('cam-11680-99999'), null);
    t.deepEqual(await store.counts(), await memory.counts());
    t.deepEqual(await store.incident('fire-119:20261127-0001'), await memory.incident('fire-119:20261127-0001'));
    t.is(await store.incident('fire-119:nope'), null);

    const viewers: Array<CameraViewer | null> = [null, { role: 'mayor', districts: [] }, { role: 'district-head', districts: ['11440'] }];
    for (const viewer of viewers) {
      const q: CameraListQuery = { viewer, limit: 40, bbox: [126.9, 37.5, 127.0, 37.6] };
      t.deepEqual(await store.list(q), await memory.list(q), JSON.stringify(viewer));
      t.deepEqual(await store.list({ viewer, limit: 7, district: '11440', cursor: 'cam-11440-00010' }), await memory.list({ viewer, limit: 7, district: '11440', cursor: 'cam-11440-00010' }));
      if (viewer === null) continue;
      for (const [lon, lat] of [
        [127.0494, 37.5171],
        [126.9, 37.55],
        [126.5, 37.3],
      ] as const) {
        const got = await store.nearest({ lon, lat, limit: 8, viewer });
        const want = await memory.nearest({ lon, lat, limit: 8, viewer });
        t.deepEqual(got.map((c) => c.id), want.map((c) => c.id));
        t.true(got.every((c, i) => Math.abs(c.distanceM - want[i]!.distanceM) < 1e-6));
        t.deepEqual(got.map(({ distanceM: _d, ...c }) => c), want.map(({ distanceM: _d, ...c }) => c));
      }
    }
  } finally {
    await done();
  }
});
