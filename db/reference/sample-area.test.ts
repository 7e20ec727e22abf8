import test from 'ava';
import type { Area, Position } from './geo.ts';
import { GeometryError } from './geo.ts';
import { prng } from './prng.ts';
import { areaSampler, bboxOf, pointInArea } from './sample-area.ts';

const square = (x0: number, y0: number, s: number): Position[] => [
  [x0, y0],
  [x0 + s, y0],
  [x0 + s, y0 + s],
  [x0, y0 + s],
  [x0, y0],
];

/** A 10×10 square with a 4×4 hole in the middle, and a separate 2×2 island. */
const AREA: Area = { type: 'MultiPolygon', coordinates: [[square(0, 0, 10), square(3, 3, 4)], [square(20, 20, 2)]] };

test('pointInArea: inside, in a hole, on the island, outside', (t) => {
  t.true(pointInArea(AREA, 1, 1));
  t.true(pointInArea(AREA, 9.5, 5));
  t.false(pointInArea(AREA, 5, 5), 'in the hole');
  t.true(pointInArea(AREA, 21, 21), 'the second polygon');
  t.false(pointInArea(AREA, 15, 15));
  t.false(pointInArea(AREA, -1, 5));
  t.true(pointInArea({ type: 'Polygon', coordinates: [square(0, 0, 1)] }, 0.5, 0.5));
});

test('bboxOf covers every part; an empty box is an error', (t) => {
  t.deepEqual(bboxOf(AREA), { minLon: 0, minLat: 0, maxLon: 22, maxLat: 22 });
  t.throws(() => bboxOf({ type: 'Polygon', coordinates: [[[1, 1], [1, 1], [1, 1], [1, 1]]] }), { instanceOf: GeometryError });
});

test('the sampler: every point inside, deterministic, spread by area', (t) => {
  const draw = (seed: number) => {
    const s = areaSampler(AREA, prng(seed), 3);
    return Array.from({ length: 20_000 }, () => s());
  };
  const pts = draw(1);
  t.deepEqual(draw(1).slice(0, 50), pts.slice(0, 50));
  t.true(pts.every(([x, y]) => pointInArea(AREA, x, y)));
  t.true(pts.every(([x, y]) => Number(x.toFixed(3)) === x && Number(y.toFixed(3)) === y), 'rounded to 3 decimals');
  // areas: ring 100 − 16 = 84, island 4; left half of the ring (x < 5) holds 42
  const island = pts.filter(([x]) => x >= 20).length / pts.length;
  const left = pts.filter(([x]) => x < 5).length / pts.length;
  t.true(Math.abs(island - 4 / 88) < 0.01, `island share ${island}`);
  t.true(Math.abs(left - 42 / 88) < 0.02, `left share ${left}`);
});

test('an area the sampler cannot hit fails clearly', (t) => {
  // thinner than the rounding grid, and off it: no rounded point falls inside
  const sliver: Area = { type: 'Polygon', coordinates: [[[0, 0.5000001], [10, 0.5000001], [10, 0.5000002], [0, 0.5000001]]] };
  t.throws(() => areaSampler(sliver, prng(1), 6, 100)(), { instanceOf: GeometryError, message: /no point inside/ });
});
