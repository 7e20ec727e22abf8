import test from 'ava';
import fc from 'fast-check';
import { apportion, pickWeighted, prng } from './prng.ts';

test('the same seed gives the same sequence, another seed another, all in [0, 1)', (t) => {
  const take = (seed: number) => {
    const r = prng(seed);
    return Array.from({ length: 1000 }, () => r());
  };
  const a = take(42);
  t.deepEqual(take(42), a);
  t.notDeepEqual(take(43), a);
  t.true(a.every((x) => x >= 0 && x < 1));
  const mean = a.reduce((s, x) => s + x, 0) / a.length;
  t.true(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
});

test('pickWeighted follows the weights and never picks a zero weight', (t) => {
  const r = prng(7);
  const hits = [0, 0, 0];
  for (let i = 0; i < 30_000; i++) hits[pickWeighted([1, 0, 3], r())]!++;
  t.is(hits[1], 0);
  t.true(Math.abs(hits[2]! / hits[0]! - 3) < 0.2, `ratio ${hits[2]! / hits[0]!}`);
  t.is(pickWeighted([1, 2, 0], 0.999999999999), 1);
  t.throws(() => pickWeighted([0, 0], 0.5), { instanceOf: RangeError });
});

test('apportion: integers that add up to the total, each within one of its exact share', (t) => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 200_000 }), (ws, total) => {
      fc.pre(ws.some((w) => w > 0));
      const out = apportion(ws, total);
      const sum = ws.reduce((s, w) => s + w, 0);
      return out.reduce((s, n) => s + n, 0) === total && out.every((n, i) => Number.isInteger(n) && Math.abs(n - (ws[i]! / sum) * total) < 1);
    }),
  );
  t.deepEqual(apportion([1, 1, 1], 4), [2, 1, 1]);
  t.throws(() => apportion([1, 2], 2.5), { instanceOf: RangeError });
  t.throws(() => apportion([0, 0], 3), { instanceOf: RangeError });
});
