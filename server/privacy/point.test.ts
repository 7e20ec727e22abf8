import test from 'ava';
import fc from 'fast-check';
import { coarsenPoint, GRID_M } from './point.ts';

const metres = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
};

const seoulArb = fc.record({
  lat: fc.double({ min: 37.4, max: 37.72, noNaN: true }),
  lon: fc.double({ min: 126.76, max: 127.19, noNaN: true }),
});

test('property: a position moves at most half a cell diagonal, and coarsens to itself', (t) => {
  fc.assert(
    fc.property(seoulArb, ({ lat, lon }) => {
      const c = coarsenPoint(lat, lon);
      return metres({ lat, lon }, c) <= (GRID_M * Math.SQRT2) / 2 + 1 && JSON.stringify(coarsenPoint(c.lat, c.lon)) === JSON.stringify(c);
    }),
    { numRuns: 5000 },
  );
  t.pass();
});

test('cells are about 150 m high and wide in Seoul', (t) => {
  const a = coarsenPoint(37.5, 127.0);
  const north = coarsenPoint(37.5 + 150 / 111_320, 127.0);
  const east = coarsenPoint(37.5, 127.0 + 150 / (111_320 * Math.cos((37.5 * Math.PI) / 180)));
  const rowHeight = metres(a, { lat: north.lat, lon: a.lon });
  t.true(Math.abs(rowHeight - 150) < 2, `${rowHeight}`);
  t.is(east.lat, a.lat);
  t.true(Math.abs(metres(a, east) - 150) < 2, `${metres(a, east)}`);
});

test('two positions 20 m apart inside one cell look the same', (t) => {
  const centre = coarsenPoint(37.500934, 127.036712);
  const near = coarsenPoint(centre.lat + 10 / 111_320, centre.lon - 10 / 88_000);
  t.deepEqual(near, centre);
});

test('rejects positions that are not on the earth', (t) => {
  t.throws(() => coarsenPoint(Number.NaN, 127), { instanceOf: RangeError, message: /latitude/ });
  t.throws(() => coarsenPoint(91, 127), { instanceOf: RangeError });
  t.throws(() => coarsenPoint(37.5, 181), { instanceOf: RangeError, message: /longitude/ });
  t.throws(() => coarsenPoint(37.5, Number.POSITIVE_INFINITY), { instanceOf: RangeError });
});

test('the poles and the antimeridian stay on the earth', (t) => {
  for (const [lat, lon] of [[90, 180], [-90, -180], [89.9999, 179.9999]] as const) {
    const c = coarsenPoint(lat, lon);
    t.true(Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180);
  }
});
