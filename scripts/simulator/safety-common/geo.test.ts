import test from 'ava';
import type { Area } from '../../../db/reference/geo.ts';
import { contains, placeOf, pointIn } from './geo.ts';
import { streamOf } from './random.ts';

const square: Area = { type: 'Polygon', coordinates: [[[127, 37.5], [127.01, 37.5], [127.01, 37.51], [127, 37.51], [127, 37.5]]] };
const withHole: Area = {
  type: 'MultiPolygon',
  coordinates: [[
    [[127, 37.5], [127.01, 37.5], [127.01, 37.51], [127, 37.51], [127, 37.5]],
    [[127.004, 37.504], [127.006, 37.504], [127.006, 37.506], [127.004, 37.506], [127.004, 37.504]],
  ]],
};
/** An L shape whose centroid lies outside it. */
const ell: Area = { type: 'Polygon', coordinates: [[[127, 37.5], [127.01, 37.5], [127.01, 37.501], [127.001, 37.501], [127.001, 37.51], [127, 37.51], [127, 37.5]]] };

test('contains: inside, outside, holes', (t) => {
  t.true(contains(square, 127.005, 37.505));
  t.false(contains(square, 127.02, 37.505));
  t.false(contains(withHole, 127.005, 37.505), 'in the hole');
  t.true(contains(withHole, 127.002, 37.505));
});

test('pointIn always lands inside, even where the centroid is outside', (t) => {
  const r = streamOf(5);
  const p = placeOf(ell);
  t.false(contains(ell, p.centre[0], p.centre[1]));
  for (let i = 0; i < 300; i++) {
    const [lon, lat] = pointIn(r, p, 400);
    t.true(contains(ell, lon, lat));
  }
  for (let i = 0; i < 300; i++) t.true(contains(withHole, ...pointIn(r, placeOf(withHole), 100)));
});
