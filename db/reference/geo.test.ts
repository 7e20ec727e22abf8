import test from 'ava';
import { centroid, roundGeometry, GeometryError, type Position } from './geo.ts';

const square = (x: number, y: number, s: number): Position[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

test('centroid of a square, of a square with a hole, and of two squares', (t) => {
  t.deepEqual(centroid({ type: 'Polygon', coordinates: [square(0, 0, 2)] }), [1, 1]);
  const withHole = centroid({ type: 'Polygon', coordinates: [square(0, 0, 4), square(0, 0, 2)] });
  t.is(withHole[0], 2.333333);
  t.deepEqual(centroid({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(2, 0, 1)]] }), [1.5, 0.5]);
});

test('ring orientation does not matter', (t) => {
  t.deepEqual(centroid({ type: 'Polygon', coordinates: [square(0, 0, 2).reverse()] }), [1, 1]);
});

test('a degenerate geometry is an error', (t) => {
  t.throws(() => centroid({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] }), { instanceOf: GeometryError });
});

test('rounding keeps 5 decimals and drops the repeated points it creates', (t) => {
  const g = roundGeometry({ type: 'Polygon', coordinates: [[[126.1234561, 37.1], [126.1234564, 37.1], [127, 38], [126.1234561, 37.1]]] });
  t.deepEqual(g.coordinates, [[[126.12346, 37.1], [127, 38], [126.12346, 37.1]]]);
});
