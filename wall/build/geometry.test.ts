import test from 'ava';
import {
  boundsOf,
  dedupe,
  encodeRing,
  inRing,
  integerLabelPoint,
  labelPoint,
  orientPolygon,
  signedArea,
  signedDistance,
  simplifyLine,
  type Pt,
} from './geometry.ts';

const square = (x: number, y: number, s: number): Pt[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
];

test('Douglas–Peucker drops points within the tolerance and keeps the ends and the far ones', (t) => {
  const line: Pt[] = [[0, 0], [10, 1], [20, -1], [30, 0], [40, 25], [50, 0]];
  t.deepEqual(simplifyLine(line, 4), [[0, 0], [30, 0], [40, 25], [50, 0]]);
  t.deepEqual(simplifyLine(line, 30), [[0, 0], [50, 0]]);
  t.deepEqual(simplifyLine(line, 0), line);
  t.deepEqual(simplifyLine([[0, 0], [5, 5]], 10), [[0, 0], [5, 5]]);
});

test('Douglas–Peucker on a closed loop keeps its far side', (t) => {
  const loop: Pt[] = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
  t.deepEqual(simplifyLine(loop, 1), loop);
  t.deepEqual(simplifyLine(loop, 20), [[0, 0], [0, 0]]);
});

test('repeated points and the closing point are removed', (t) => {
  t.deepEqual(dedupe([[0, 0], [0, 0], [1, 0], [1, 1], [0, 0]], true), [[0, 0], [1, 0], [1, 1]]);
  t.deepEqual(dedupe([[0, 0], [1, 0], [1, 0], [0, 0]], false), [[0, 0], [1, 0], [0, 0]]);
});

test('area is positive clockwise on screen; orientPolygon makes outlines so and holes the other way', (t) => {
  t.is(signedArea(square(0, 0, 2)), 4);
  t.is(signedArea(square(0, 0, 2).reverse()), -4);
  const [outer, hole] = orientPolygon([square(0, 0, 10).reverse(), square(2, 2, 2)]);
  t.true(signedArea(outer ?? []) > 0);
  t.true(signedArea(hole ?? []) < 0);
});

test('inside tests and signed distance respect holes', (t) => {
  const rings = [square(0, 0, 10), square(4, 4, 2)];
  t.true(inRing(square(0, 0, 10), 1, 1));
  t.false(inRing(square(0, 0, 10), 11, 1));
  t.is(signedDistance(rings, 1, 5), 1);
  t.is(signedDistance(rings, 5, 5), -1);
  t.is(signedDistance(rings, -3, 5), -3);
});

test('the label point of a square is its centre', (t) => {
  const [x, y] = labelPoint([square(0, 0, 100)]);
  t.true(Math.abs(x - 50) <= 1 && Math.abs(y - 50) <= 1, `${x},${y}`);
});

test('the label point of a U shape is inside it, where the centroid is not', (t) => {
  // A U opening upwards: two 20-wide arms joined by a 20-high base; its centroid lies in the gap.
  const u: Pt[] = [[0, 0], [20, 0], [20, 80], [80, 80], [80, 0], [100, 0], [100, 100], [0, 100]];
  t.false(inRing(u, 50, 60), 'the centroid is outside');
  const [x, y] = integerLabelPoint([u]);
  t.true(Number.isInteger(x) && Number.isInteger(y));
  t.true(signedDistance([u], x, y) >= 9, `${x},${y}`);
});

test('the label point avoids a hole in the middle', (t) => {
  const rings = [square(0, 0, 100), square(30, 30, 40)];
  const [x, y] = integerLabelPoint(rings);
  t.true(signedDistance(rings, x, y) >= 14, `${x},${y}`);
});

test('rings are delta-encoded; only integers are accepted', (t) => {
  t.deepEqual(encodeRing([[10, 20], [13, 18], [13, 25]]), [10, 20, 3, -2, 0, 7]);
  t.deepEqual(encodeRing([]), []);
  t.throws(() => encodeRing([[0.5, 1]]), { instanceOf: RangeError });
});

test('bounds', (t) => {
  t.deepEqual(boundsOf([[1, 5], [-2, 3], [4, -1]]), { minX: -2, minY: -1, maxX: 4, maxY: 5 });
});
