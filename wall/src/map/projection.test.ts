import test from 'ava';
import { createProjection, project, SEOUL_PROJECTION, unproject } from './projection.ts';

const near = (a: number, b: number, eps: number): boolean => Math.abs(a - b) <= eps;

test('the centre is the origin; east is +x and north is -y', (t) => {
  t.deepEqual(project(SEOUL_PROJECTION.lon0, SEOUL_PROJECTION.lat0), [0, 0]);
  const [x, y] = project(127.0, 37.6);
  t.true(x > 0);
  t.true(y < 0);
});

test('distances match the known lengths of a degree at 37.55° N', (t) => {
  const [, y] = project(126.99, 36.55);
  t.true(near(y, 111_195, 5), `one degree of latitude: ${y} m`);
  const [x] = project(127.99, 37.55);
  t.true(near(x, 88_158, 5), `one degree of longitude: ${x} m`);
});

/** Great-circle distance (haversine) on the same sphere, independent of the projection. */
const haversine = (lon1: number, lat1: number, lon2: number, lat2: number): number => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * SEOUL_PROJECTION.radius * Math.asin(Math.sqrt(h));
};

test('planar distances stay within 0.3 % of great-circle distances across the city', (t) => {
  const places = [
    [126.9779, 37.5663], // City Hall
    [127.0276, 37.4979], // Gangnam station
    [126.764, 37.426], // south-west corner of the city's bounding box
    [127.185, 37.701], // north-east corner
  ] as const;
  for (const [lon1, lat1] of places) {
    for (const [lon2, lat2] of places) {
      if (lon1 === lon2) continue;
      const [x1, y1] = project(lon1, lat1);
      const [x2, y2] = project(lon2, lat2);
      const d = haversine(lon1, lat1, lon2, lat2);
      t.true(near(Math.hypot(x2 - x1, y2 - y1), d, d * 0.003), `${lon1},${lat1} → ${lon2},${lat2}`);
    }
  }
});

test('unproject inverts project across the city', (t) => {
  for (const [lon, lat] of [
    [126.764, 37.426],
    [127.185, 37.701],
    [126.99, 37.55],
  ] as const) {
    const [x, y] = project(lon, lat);
    const [lon2, lat2] = unproject(x, y);
    t.true(near(lon2, lon, 1e-9) && near(lat2, lat, 1e-9), `${lon},${lat}`);
  }
});

test('another centre moves the origin', (t) => {
  const p = createProjection({ ...SEOUL_PROJECTION, lon0: 127, lat0: 37.5 });
  t.deepEqual(p.project(127, 37.5), [0, 0]);
  t.deepEqual(p.unproject(0, 0), [127, 37.5]);
});
