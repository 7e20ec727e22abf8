import test from 'ava';
import { reconnectDelay } from './backoff.ts';

const middle = (): number => 0.5;

test('the delay doubles from 500 ms and stops at the cap', (t) => {
  t.deepEqual([1, 2, 3, 4, 5, 6, 7, 20].map((a) => reconnectDelay(a, middle)), [500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  t.is(reconnectDelay(0, middle), 500, 'attempt 0 behaves as the first');
  t.is(reconnectDelay(4, middle, 100, 600), 600);
  t.is(reconnectDelay(2, middle, 100, 600), 200);
});

test('jitter stays within ±20 % of the nominal delay', (t) => {
  t.is(reconnectDelay(3, () => 0), 1600);
  t.is(reconnectDelay(3, () => 0.999_999), 2400);
  t.is(reconnectDelay(9, () => 0), 8000);
  for (let i = 0; i < 500; i += 1) {
    const attempt = 1 + (i % 8);
    const nominal = Math.min(10_000, 500 * 2 ** (attempt - 1));
    const d = reconnectDelay(attempt);
    t.true(d >= nominal * 0.8 && d <= nominal * 1.2, `attempt ${attempt}: ${d}`);
  }
});

test('different random draws give different delays', (t) => {
  t.not(reconnectDelay(5, () => 0.1), reconnectDelay(5, () => 0.9));
});
