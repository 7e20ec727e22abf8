import test from 'ava';
import { hashSeed, randomStream } from './random.ts';

test('named streams are stable and distinct', (t) => {
  t.is(hashSeed(1, 'jobs-created', '2024-03', '11110'), hashSeed(1, 'jobs-created', '2024-03', '11110'));
  t.not(hashSeed(1, 'jobs-created', '2024-03', '11110'), hashSeed(1, 'jobs-created', '2024-03', '11140'));
  const a = randomStream(5, 'x');
  const b = randomStream(5, 'x');
  t.deepEqual([a.uniform(), a.normal(), a.normal()], [b.uniform(), b.normal(), b.normal()]);
});

test('normals have mean 0 and standard deviation 1', (t) => {
  const r = randomStream(42, 'normal');
  const xs = Array.from({ length: 20_000 }, () => r.normal());
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
  t.true(Math.abs(mean) < 0.03, String(mean));
  t.true(Math.abs(sd - 1) < 0.03, String(sd));
});
