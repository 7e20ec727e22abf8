import test from 'ava';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createRedisRateLimiter, RateLimitError, rateKeyOf, windowOf } from './rate-limit.ts';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const START = Date.parse('2026-11-27T05:20:10Z');

async function withRedis(fn: (redis: Redis, prefix: string) => Promise<void>): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const prefix = `scpm-test-${randomBytes(5).toString('hex')}`;
  try {
    await fn(redis, prefix);
  } finally {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }
}

test('INCR on <prefix>:rl:<keyId>:<window>, expiring after the window; refused past the limit', async (t) => {
  await withRedis(async (redis, prefix) => {
    const limiter = createRedisRateLimiter({ connection: redis, prefix, now: () => START });
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.hit('key_a', 3));
    t.deepEqual(decisions.map((d) => [d.allowed, d.remaining]), [[true, 2], [true, 1], [true, 0], [false, 0]]);
    t.is(decisions[0]?.resetMs, 50_000);
    const key = rateKeyOf(prefix, 'key_a', windowOf(START).window);
    t.is(await redis.get(key), '4');
    const ttl = await redis.pttl(key);
    t.true(ttl > 0 && ttl <= 51_000, `ttl ${ttl}`);
    await limiter.close();
    t.is(redis.status, 'ready', 'a client the caller owns stays open');
  });
});

test('replicas share the count; keys and windows are counted apart', async (t) => {
  await withRedis(async (redis, prefix) => {
    let now = START;
    const a = createRedisRateLimiter({ connection: redis, prefix, now: () => now });
    const b = createRedisRateLimiter({ connection: REDIS_URL, prefix, now: () => now });
    try {
      await a.hit('key_a', 2);
      t.like(await b.hit('key_a', 2), { allowed: true, remaining: 0 });
      t.like(await a.hit('key_a', 2), { allowed: false });
      t.like(await b.hit('key_b', 2), { allowed: true, remaining: 1 });
      now = START + 60_000;
      t.like(await b.hit('key_a', 2), { allowed: true, remaining: 1 });
    } finally {
      await b.close();
    }
  });
});

test('concurrent requests: exactly the limit is allowed', async (t) => {
  await withRedis(async (redis, prefix) => {
    const limiter = createRedisRateLimiter({ connection: redis, prefix, now: () => START });
    const decisions = await Promise.all(Array.from({ length: 50 }, () => limiter.hit('key_c', 20)));
    t.is(decisions.filter((d) => d.allowed).length, 20);
  });
});

test('an unreachable Redis is a RateLimitError', async (t) => {
  const limiter = createRedisRateLimiter({ connection: 'redis://127.0.0.1:1', prefix: 'scpm-test-down' });
  try {
    await t.throwsAsync(limiter.hit('key_a', 5), { instanceOf: RateLimitError });
  } finally {
    await limiter.close();
  }
});
