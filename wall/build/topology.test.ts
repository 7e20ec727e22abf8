import test from 'ava';
import { signedArea, type Pt } from './geometry.ts';
import { dissolve, simplifyShared } from './topology.ts';

/** A wiggly border from (0, 0) down to (0, 100): small bumps (< 1) and one big one (8 at y = 50). */
const border: Pt[] = Array.from({ length: 21 }, (_, i) => [i === 10 ? 8 : (i % 2) * 0.6, i * 5] as Pt);
/** Left area: the border, then round the left side; right area: the border reversed, round the right. */
const left: Pt[] = [...border, [-50, 100], [-50, 0]];
const right: Pt[] = [...border.slice().reverse(), [50, 0], [50, 100]];

const keys = (ring: readonly Pt[]): Set<string> => new Set(ring.map((p) => p.join()));

test('neighbours keep an identical simplified border', (t) => {
  const [l = [], r = []] = simplifyShared([left, right], 2);
  const shared = [...keys(l)].filter((k) => keys(r).has(k));
  t.true(shared.includes('8,50'), 'the big bump stays');
  t.false(shared.includes('1,5'), 'the small bumps go');
  t.true(l.length < left.length);
  // Every left point on the border is also a right point: no gap, no overlap.
  t.deepEqual(l.filter((p) => Math.abs(p[0]) < 10).map((p) => p.join()).sort(), [...shared].sort());
  t.true(l.every((p) => Number.isInteger(p[0]) && Number.isInteger(p[1])));
});

test('a ring simplified alone would lose its shared border points differently', (t) => {
  // The same border but the right side starts elsewhere: arcs are cut at junctions, not at ring starts.
  const rotated = [...right.slice(7), ...right.slice(0, 7)];
  const [l = [], r = []] = simplifyShared([left, rotated], 2);
  const onBorder = (ring: Pt[]) => ring.filter((p) => Math.abs(p[0]) < 10).map((p) => p.join()).sort();
  t.deepEqual(onBorder(l), onBorder(r));
});

test('a small ring keeps at least four points', (t) => {
  const tiny: Pt[] = [[0, 0], [3, 0], [3, 1], [1.5, 2], [0, 1]];
  const [out = []] = simplifyShared([tiny], 10);
  t.true(out.length >= 4, JSON.stringify(out));
  const [triangle = []] = simplifyShared([[[0, 0], [30, 0], [0, 30]]], 10);
  t.is(triangle.length, 3, 'a ring that had fewer keeps what it had');
});

test('an enclave and the hole around it stay identical', (t) => {
  const circle = (r: number, cx: number, cy: number): Pt[] =>
    Array.from({ length: 40 }, (_, i) => [cx + r * Math.cos((i * Math.PI) / 20), cy + r * Math.sin((i * Math.PI) / 20)] as Pt);
  const inner = circle(30, 50, 50);
  const holeRing = inner.slice(5).concat(inner.slice(0, 5)).reverse();
  const [a = [], , b = []] = simplifyShared([inner, [[0, 0], [100, 0], [100, 100], [0, 100]], holeRing], 3);
  t.deepEqual([...keys(a)].sort(), [...keys(b)].sort());
  t.true(a.length >= 4 && a.length < 40);
});

test('dissolve merges neighbours into one outline', (t) => {
  const sq = (x: number, y: number): Pt[] => [[x, y], [x + 10, y], [x + 10, y + 10], [x, y + 10]];
  const [only, ...rest] = dissolve([[sq(0, 0)], [sq(10, 0)], [sq(0, 10)]]);
  t.is(rest.length, 0);
  t.is(only?.length, 1);
  t.is(signedArea(only?.[0] ?? []), 300);
});

test('dissolve keeps a hole and separate parts', (t) => {
  const sq = (x: number, y: number): Pt[] => [[x, y], [x + 10, y], [x + 10, y + 10], [x, y + 10]];
  const ring = [0, 10, 20].flatMap((x) => [0, 10, 20].map((y) => [x, y] as const)).filter(([x, y]) => x !== 10 || y !== 10);
  const parts = dissolve([...ring.map(([x, y]) => [sq(x, y)]), [sq(100, 100)]]);
  t.is(parts.length, 2);
  const [big, small] = parts;
  t.is(big?.length, 2, 'outline and hole');
  t.is(signedArea(big?.[0] ?? []), 900);
  t.is(signedArea(big?.[1] ?? []), -100);
  t.is(signedArea(small?.[0] ?? []), 100);
});
