import test from 'ava';
import { createMemoryRateLimiter, decide, rateKeyOf, windowOf } from './rate-limit.ts';

const MINUTE = 60_000;
const START = Date.parse('2026-11-27T05:20:00Z'); // on a minute boundary

test('windows are whole minutes; resetMs is what is left of the current one', (t) => {
  t.deepEqual(windowOf(START), { window: START / MINUTE, resetMs: MINUTE });
  t.deepEqual(windowOf(START + 59_999), { window: START / MINUTE, resetMs: 1 });
  t.deepEqual(windowOf(START + MINUTE), { window: START / MINUTE + 1, resetMs: MINUTE });
});

test('decide: allowed up to the limit, remaining never below 0', (t) => {
  t.deepEqual(decide(1, 3, 500), { allowed: true, limit: 3, remaining: 2, resetMs: 500 });
  t.deepEqual(decide(3, 3, 500), { allowed: true, limit: 3, remaining: 0, resetMs: 500 });
  t.deepEqual(decide(4, 3, 500), { allowed: false, limit: 3, remaining: 0, resetMs: 500 });
});

test('the Redis key names the prefix, the key id and the window', (t) => {
  t.is(rateKeyOf('scpm-t1', 'key_0123456789abcdef', 29_000_000), 'scpm-t1:rl:key_0123456789abcdef:29000000');
});

test('memory limiter: counts per key within a minute, starts over in the next', async (t) => {
  let now = START + 10_000;
  const limiter = createMemoryRateLimiter(() => now);
  const hits = [];
  for (let i = 0; i < 4; i++) hits.push(await limiter.hit('a', 3));
  t.deepEqual(hits.map((h) => [h.allowed, h.remaining]), [[true, 2], [true, 1], [true, 0], [false, 0]]);
  t.is(hits[3]?.resetMs, 50_000);
  t.like(await limiter.hit('b', 3), { allowed: true, remaining: 2 }, 'another key has its own count');
  now = START + MINUTE;
  t.like(await limiter.hit('a', 3), { allowed: true, remaining: 2, resetMs: MINUTE });
  t.is(limiter.size(), 2, 'one entry per key, older windows dropped');
  await limiter.close();
  t.is(limiter.size(), 0);
});

test('memory limiter: a changed limit applies at once', async (t) => {
  const limiter = createMemoryRateLimiter(() => START);
  await limiter.hit('a', 10);
  await limiter.hit('a', 10);
  t.like(await limiter.hit('a', 2), { allowed: false, limit: 2 });
});
