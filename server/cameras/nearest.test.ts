import { deepStrictEqual } from 'node:assert/strict';
import test from 'ava';
import fc from 'fast-check';
import { distanceM, nearestOf } from './nearest.ts';
import type { CameraViewer } from './viewers.ts';

test('distances: a known pair, symmetry, zero', (t) => {
  // Seoul City Hall → Gangnam Station: about 8.9 km as the crow flies
  const d = distanceM(126.978, 37.5665, 127.0276, 37.4979);
  t.true(d > 8500 && d < 9300, `${d}`);
  t.is(distanceM(127, 37.5, 127, 37.5), 0);
  t.true(Math.abs(distanceM(126.9, 37.4, 127.1, 37.7) - distanceM(127.1, 37.7, 126.9, 37.4)) < 1e-9);
  // one degree of latitude on earthdistance's sphere
  t.true(Math.abs(distanceM(0, 0, 0, 1) - (6_378_168 * Math.PI) / 180) < 1e-6);
});

const arbCamera = fc.record({
  id: fc.integer({ min: 0, max: 99_999 }).map((n) => `cam-11680-${String(n).padStart(5, '0')}`),
  lon: fc.double({ min: 126.7, max: 127.2, noNaN: true }),
  lat: fc.double({ min: 37.4, max: 37.7, noNaN: true }),
  viewers: fc.subarray<CameraViewer['role']>(['mayor', 'situation-room', 'district-head', 'official'], { minLength: 1 }),
  district: fc.constantFrom('11680', '11110'),
});

test('nearestOf equals a full sort of the visible cameras, cut at the limit', (t) => {
  fc.assert(
    fc.property(
      fc.uniqueArray(arbCamera, { selector: (c) => c.id, maxLength: 300 }),
      fc.double({ min: 126.5, max: 127.4, noNaN: true }),
      fc.double({ min: 37.2, max: 37.9, noNaN: true }),
      fc.integer({ min: 0, max: 20 }),
      fc.option(fc.constantFrom<CameraViewer>({ role: 'mayor', districts: [] }, { role: 'district-head', districts: ['11110'] }), { nil: null }),
      fc.option(fc.double({ min: 0, max: 20_000, noNaN: true }), { nil: undefined }),
      (cams, lon, lat, limit, viewer, max) => {
        const got = nearestOf(cams, { lon, lat, limit, viewer, ...(max === undefined ? {} : { maxDistanceM: max }) });
        const want = cams
          .filter((c) => viewer === null || (c.viewers.includes(viewer.role) && (viewer.role !== 'district-head' || viewer.districts.includes(c.district))))
          .map((c) => ({ ...c, distanceM: distanceM(lon, lat, c.lon, c.lat) }))
          .filter((c) => max === undefined || c.distanceM <= max)
          .sort((a, b) => a.distanceM - b.distanceM || a.id.localeCompare(b.id))
          .slice(0, limit);
        deepStrictEqual(got, want);
      },
    ),
  );
  t.pass();
});
