import test from 'ava';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createRedisLoginThrottle, DEFAULT_THROTTLE_LIMITS } from './throttle.ts';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

async function setup() {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const prefix = `scpm_test_${randomBytes(6).toString('hex')}:throttle:`;
  return {
    redis,
    prefix,
    throttle: createRedisLoginThrottle(redis, { prefix }),
    done: async () => {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    },
  };
}

test('five failures lock the login for 15 minutes, with a TTL on every key', async (t) => {
  const s = await setup();
  try {
    for (let i = 0; i < 4; i++) t.deepEqual(await s.throttle.recordFailure('Kim', '10.0.0.1'), { allowed: true });
    t.deepEqual(await s.throttle.check('kim', '10.0.0.1'), { allowed: true });
    const locked = await s.throttle.recordFailure('kim', '10.0.0.1');
    t.like(locked, { allowed: false, by: 'login' });
    t.true(!locked.allowed && locked.retryAfterSeconds > 890 && locked.retryAfterSeconds <= 900);
    t.like(await s.throttle.check('kim', '10.0.0.99'), { allowed: false, by: 'login' });
    t.deepEqual(await s.throttle.check('lee', '10.0.0.1'), { allowed: true });

    t.deepEqual((await s.redis.keys(`${s.prefix}*`)).sort(), [`${s.prefix}ip:10.0.0.1`, `${s.prefix}login:kim`]);
    t.is(await s.redis.get(`${s.prefix}login:kim`), '5');
    for (const key of await s.redis.keys(`${s.prefix}*`)) t.true((await s.redis.ttl(key)) > 0, key);

    await s.throttle.recordSuccess('KIM');
    t.deepEqual(await s.throttle.check('kim', '10.0.0.1'), { allowed: true });
    t.is(await s.redis.get(`${s.prefix}ip:10.0.0.1`), '5');
  } finally {
    await s.done();
  }
});

test('twenty failures from one address lock that address; another prefix counts apart', async (t) => {
  const s = await setup();
  const other = createRedisLoginThrottle(s.redis, { prefix: `${s.prefix}other:`, limits: DEFAULT_THROTTLE_LIMITS });
  try {
    await Promise.all(Array.from({ length: 20 }, (_, i) => s.throttle.recordFailure(`user${i}`, '203.0.113.7')));
    t.is(await s.redis.get(`${s.prefix}ip:203.0.113.7`), '20');
    t.like(await s.throttle.check('someone', '203.0.113.7'), { allowed: false, by: 'ip' });
    t.deepEqual(await other.check('someone', '203.0.113.7'), { allowed: true });
  } finally {
    await s.done();
  }
});

test('a counter that lost its expiry gets the window again at the next failure', async (t) => {
  const s = await setup();
  try {
    await s.redis.set(`${s.prefix}login:kim`, '2');
    await s.throttle.recordFailure('kim', '10.0.0.1');
    const ttl = await s.redis.ttl(`${s.prefix}login:kim`);
    t.true(ttl > 0 && ttl <= DEFAULT_THROTTLE_LIMITS.windowSeconds);
    t.is(await s.redis.get(`${s.prefix}login:kim`), '3');
  } finally {
    await s.done();
  }
});
