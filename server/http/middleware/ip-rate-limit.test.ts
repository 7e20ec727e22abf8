import test from 'ava';
import { Hono } from 'hono';
import { clientIpOf } from '../../auth/cookie.ts';
import { createMemoryRateLimiter, type RateLimiter } from '../../keys/rate-limit.ts';
import { ProblemError } from '../problem.ts';
import { ANONYMOUS_REQUESTS_PER_MINUTE, ipCounterId, ipRateLimit } from './ip-rate-limit.ts';

const START = Date.parse('2026-11-27T05:20:30Z');
const KEY = `scpm_${'k'.repeat(43)}`;

/** Behind one trusted proxy: the address is the last X-Forwarded-For hop. */
function setup(limiter: RateLimiter, limit?: number) {
  const app = new Hono();
  app.use('/api/*', ipRateLimit(limiter, { ipOf: (c) => clientIpOf(c, 1), ...(limit === undefined ? {} : { limit }) }));
  app.get('/api/ok', (c) => c.json({ ok: true }));
  app.get('/elsewhere', (c) => c.json({ ok: true }));
  app.onError((err, c) => (err instanceof ProblemError ? c.json(err.toProblem(c.req.path), err.status) : c.json({}, 500)));
  const get = (ip: string, headers: Record<string, string> = {}, path = '/api/ok') => app.request(path, { headers: { 'x-forwarded-for': ip, ...headers } });
  return { get };
}

test('an address gets 600 requests a minute by default, then a 429 problem with Retry-After', async (t) => {
  const { get } = setup(createMemoryRateLimiter(() => START));
  let last: Response | undefined;
  for (let i = 0; i < ANONYMOUS_REQUESTS_PER_MINUTE; i += 1) last = await get('198.51.100.7');
  t.is(last?.status, 200);
  t.is(last?.headers.get('ratelimit-limit'), '600');
  t.is(last?.headers.get('ratelimit-remaining'), '0');
  const refused = await get('198.51.100.7');
  t.is(refused.status, 429);
  t.is(refused.headers.get('content-type'), 'application/problem+json');
  t.is(refused.headers.get('retry-after'), '30');
  t.like(await refused.json(), { type: '/problems/rate-limited', title: 'Too many requests', status: 429, instance: '/api/ok' });
  t.is((await get('198.51.100.8')).status, 200, 'another address has its own count');
});

test('the count starts again in the next minute', async (t) => {
  let now = START;
  const { get } = setup(createMemoryRateLimiter(() => now), 2);
  await get('192.0.2.1');
  await get('192.0.2.1');
  t.is((await get('192.0.2.1')).status, 429);
  now += 30_000;
  t.is((await get('192.0.2.1')).status, 200);
});

test('a well-formed API key is limited per key, not per address; a malformed one counts against the address', async (t) => {
  const limiter = createMemoryRateLimiter(() => START);
  const { get } = setup(limiter, 1);
  t.is((await get('192.0.2.9', { authorization: `Bearer ${KEY}` })).status, 200);
  t.is((await get('192.0.2.9', { 'x-api-key': KEY })).status, 200);
  t.is(limiter.size(), 0, 'nothing counted for keys');
  t.is((await get('192.0.2.9', { authorization: 'Bearer nope' })).status, 200);
  t.is((await get('192.0.2.9', { authorization: 'Bearer nope' })).status, 429);
  t.is((await get('192.0.2.9', { cookie: 'scpm_session=whatever' })).status, 429, 'a cookie does not lift the limit');
});

test('addresses are counted apart from keys, and only under /api', async (t) => {
  const ids: string[] = [];
  const limiter: RateLimiter = { kind: 'memory', hit: async (id, limit) => (ids.push(id), { allowed: true, limit, remaining: limit, resetMs: 1000 }), close: async () => {} };
  const { get } = setup(limiter);
  await get('2001:db8::1');
  await get('2001:db8::1', {}, '/elsewhere');
  t.deepEqual(ids, ['ip:2001:db8::1']);
  t.is(ipCounterId('203.0.113.5'), 'ip:203.0.113.5');
});

test('when the counter is down, requests pass', async (t) => {
  const limiter: RateLimiter = { kind: 'redis', hit: async () => Promise.reject(new Error('ECONNREFUSED')), close: async () => {} };
  const { get } = setup(limiter, 1);
  t.is((await get('192.0.2.1')).status, 200);
  t.is((await get('192.0.2.1')).status, 200);
});
