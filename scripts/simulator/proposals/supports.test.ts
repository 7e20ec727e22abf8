import test from 'ava';
import { streamOf } from '../safety-common/random.ts';
import { drawCurve, firstReaching, shapeAt, supportsAfter } from './supports.ts';

const SPAN = 720;

test('a curve starts at 0, never falls and ends at its total at the deadline', (t) => {
  const r = streamOf(1, 'curves');
  for (let k = 0; k < 300; k++) {
    const c = drawCurve(r, SPAN, 1.2, k % 2 === 0);
    t.is(supportsAfter(c, 0), 0);
    t.is(supportsAfter(c, SPAN), c.total);
    t.is(shapeAt(c, SPAN * 2), 1);
    let prev = 0;
    for (let x = 0; x <= SPAN; x += 7.3) {
      const n = supportsAfter(c, x);
      if (n < prev) t.fail(`falls at ${x}: ${n} < ${prev}`);
      prev = n;
    }
  }
  t.pass();
});

test('heavy-tailed totals: most proposals get few, a few go viral', (t) => {
  const r = streamOf(2, 'tail');
  const totals = Array.from({ length: 20_000 }, () => drawCurve(r, SPAN, 1, false).total).sort((a, b) => a - b);
  const median = totals[totals.length / 2]!;
  const share = (k: number) => totals.filter((n) => n >= k).length / totals.length;
  t.true(median >= 6 && median <= 10, `median ${median}`);
  t.true(share(500) > 0.008 && share(500) < 0.02, `reach the goal ${share(500)}`);
  t.true(share(5000) > 0.0003 && share(5000) < 0.003, `reach a debate ${share(5000)}`);
  t.true(totals.filter((n) => n < 20).length / totals.length > 0.6);
});

test('viral proposals gather most of their supports in a burst; ordinary ones early', (t) => {
  const r = streamOf(3, 'bursts');
  const curves = Array.from({ length: 5000 }, () => drawCurve(r, SPAN, 1.5, true));
  const ordinary = curves.filter((c) => c.burst === null && c.total >= 20);
  const early = ordinary.filter((c) => shapeAt(c, SPAN / 3) > 0.75).length / ordinary.length;
  t.true(early > 0.8, `${early} of ordinary proposals have most supports in the first ten days`);
  const viral = curves.filter((c) => c.burst !== null);
  t.true(viral.length > 50);
  for (const c of viral) t.true(c.burst!.centre >= 12 && c.burst!.centre <= 0.75 * SPAN);
});

test('firstReaching finds the first second a count was reached', (t) => {
  const count = (s: number): number => Math.floor(Math.max(0, s - 100) / 10);
  t.is(firstReaching(count, 1, 0, 10_000), 110);
  t.is(firstReaching(count, 5, 0, 10_000), 150);
  t.is(firstReaching(count, 0, 37, 10_000), 37);
  t.is(firstReaching(count, 5000, 0, 10_000), null);
});
