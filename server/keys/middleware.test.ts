import test from 'ava';
import { Hono, type Context } from 'hono';
import { ProblemError } from '../http/problem.ts';
import { apiKeyRateLimit, rateLimitHeaders } from './middleware.ts';
import { createMemoryRateLimiter, type RateLimiter } from './rate-limit.ts';

const START = Date.parse('2026-11-27T05:20:00Z');

/** Who is calling is named by a test header here; the platform takes it from the resolved key. */
const keyOf = (c: Context) => {
  const id = c.req.header('x-test-key');
  return id ? { id, rateLimit: 2 } : null;
};

function setup(limiter: RateLimiter) {
  const app = new Hono();
  app.use('/api/*', apiKeyRateLimit(limiter, { keyOf }));
  app.get('/api/ok', (c) => c.json({ ok: true }));
  app.get('/api/fails', () => {
    throw new ProblemError(404, 'not-found', 'Not found');
  });
  app.onError((err, c) => (err instanceof ProblemError ? c.json(err.toProblem(c.req.path), err.status) : c.json({}, 500)));
  const get = (path: string, key?: string) => app.request(path, { headers: key ? { 'x-test-key': key } : {} });
  return { get };
}

test('headers: limit, remaining and reset in whole seconds (at least 1); Retry-After only when refused', (t) => {
  t.deepEqual(rateLimitHeaders({ allowed: true, limit: 600, remaining: 599, resetMs: 41_200 }), {
    'RateLimit-Limit': '600',
    'RateLimit-Remaining': '599',
    'RateLimit-Reset': '42',
  });
  t.deepEqual(rateLimitHeaders({ allowed: false, limit: 5, remaining: 0, resetMs: 3 }), {
    'RateLimit-Limit': '5',
    'RateLimit-Remaining': '0',
    'RateLimit-Reset': '1',
    'Retry-After': '1',
  });
});

test('a key gets RateLimit headers, then a 429 problem with Retry-After past its limit', async (t) => {
  const { get } = setup(createMemoryRateLimiter(() => START + 15_000));
  const first = await get('/api/ok', 'key_a');
  t.is(first.status, 200);
  t.is(first.headers.get('ratelimit-limit'), '2');
  t.is(first.headers.get('ratelimit-remaining'), '1');
  t.is(first.headers.get('ratelimit-reset'), '45');
  t.is(first.headers.get('retry-after'), null);
  const second = await get('/api/fails', 'key_a');
  t.is(second.status, 404, 'errors from the route keep their status');
  t.is(second.headers.get('ratelimit-remaining'), '0');
  const third = await get('/api/ok', 'key_a');
  t.is(third.status, 429);
  t.is(third.headers.get('content-type'), 'application/problem+json');
  t.is(third.headers.get('retry-after'), '45');
  t.is(third.headers.get('ratelimit-remaining'), '0');
  t.like(await third.json(), { type: '/problems/rate-limited', status: 429, instance: '/api/ok' });
  t.is((await get('/api/ok', 'key_b')).status, 200, 'another key has its own limit');
});

test('requests that are not made with a key are not counted', async (t) => {
  const limiter = createMemoryRateLimiter(() => START);
  const { get } = setup(limiter);
  for (let i = 0; i < 5; i++) {
    const res = await get('/api/ok');
    t.is(res.status, 200);
    t.is(res.headers.get('ratelimit-limit'), null);
  }
  t.is(limiter.size(), 0);
});

test('when the counter is unavailable, requests pass without RateLimit headers', async (t) => {
  const down: RateLimiter = { kind: 'redis', hit: async () => Promise.reject(new Error('ECONNREFUSED')), close: async () => {} };
  const { get } = setup(down);
  const res = await get('/api/ok', 'key_a');
  t.is(res.status, 200);
  t.is(res.headers.get('ratelimit-limit'), null);
});
