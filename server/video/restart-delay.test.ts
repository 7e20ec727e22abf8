import test from 'ava';
import fc from 'fast-check';
import { restartDelay } from './restart-delay.ts';

const b = { baseMs: 500, maxMs: 15_000 };

test('the delay doubles with each failure in a row and stops at the cap', (t) => {
  t.deepEqual([0, 1, 2, 3, 4, 5, 6, 10].map((n) => restartDelay(n, () => 1, b)), [500, 1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
});

test('jitter keeps every delay between 75 % and 100 % of its step, never above the cap', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
      const d = restartDelay(n, () => r, b);
      const step = Math.min(b.maxMs, b.baseMs * 2 ** Math.min(30, n));
      return d >= Math.floor(step * 0.75) && d <= step && d <= b.maxMs;
    }),
  );
  t.is(restartDelay(0, () => 0, b), 375);
});
