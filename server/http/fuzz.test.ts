import test from 'ava';
import fc from 'fast-check';
import { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from './app.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { createMemoryUserStore } from '../auth/memory-users.ts';
import { signedIn, testAccess, testDeps, testUser, TEST_NOW } from './testing.ts';
import { bodyOf, headerSafe, parameterValue, type FuzzBody, type OpenApiDoc, type Operation } from './fuzz-arbitraries.ts';
import { createMemoryRateLimiter, WINDOW_MS } from '../keys/rate-limit.ts';

// Every request falls in a window of its own: rate limits never hide a route from the fuzzer.
let clock = TEST_NOW;
const access = {
  ...testAccess({ admin: testUser('administrator', 'admin'), auditor: testUser('auditor'), mayor: testUser('mayor') }),
  users: createMemoryUserStore(() => TEST_NOW),
  rateLimiter: createMemoryRateLimiter(() => (clock += WINDOW_MS)),
};
const { deps } = testDeps({ access });
const app = createApp(deps);
const doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;

const IDENTITIES = {
  anonymous: {},
  administrator: signedIn('admin'),
  auditor: signedIn('auditor'),
  // the routes only responders reach (calls)
  mayor: signedIn('mayor'),
  'malformed key': { authorization: 'Bearer not-a-key' },
  'unknown key': { 'x-api-key': `scpm_${'A'.repeat(43)}` },
} satisfies Record<string, Record<string, string>>;
type Identity = keyof typeof IDENTITIES;

interface FuzzRequest {
  identity: Identity;
  params: Record<string, string>;
  query: [string, string | undefined][];
  headers: Record<string, string | undefined>;
  body: FuzzBody | null;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const encode = (v: string): string => encodeURIComponent(v.replace(LONE_SURROGATE, '\ufffd'));

function requestsOf(op: Operation, method: string): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters ?? [];
  const of = (where: string) => Object.fromEntries(params.filter((p) => p.in === where).map((p) => [p.name, parameterValue(p, doc)]));
  const junkQuery = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...params.map((p) => p.name), '__proto__'), fc.string({ maxLength: 8 })), fc.string({ maxLength: 20 })), { maxLength: 3 });
  return fc.record({
    identity: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom<Identity>('administrator', 'administrator', 'administrator', 'auditor', 'mayor') },
      { weight: 3, arbitrary: fc.constantFrom<Identity>('anonymous', 'malformed key', 'unknown key') },
    ),
    params: fc.record(of('path')),
    query: fc.tuple(fc.record(of('query'), { requiredKeys: [] }), junkQuery).map(([q, junk]) => [...Object.entries(q), ...junk]),
    headers: fc.record(of('header'), { requiredKeys: [] }),
    body: method === 'get' ? fc.constant(null) : op.requestBody ? bodyOf(op, doc) : fc.oneof(fc.constant(null), bodyOf(op, doc)),
  });
}

function toRequest(path: string, method: string, r: FuzzRequest): [string, RequestInit] {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encode(r.params[name] ?? ''));
  const pairs = r.query.flatMap(([k, v]): [string, string][] => (v === undefined ? [] : [[k.replace(LONE_SURROGATE, ''), v.replace(LONE_SURROGATE, '')]]));
  const query = new URLSearchParams(pairs).toString();
  const headers: Record<string, string> = { ...IDENTITIES[r.identity] };
  for (const [name, value] of Object.entries(r.headers)) if (value !== undefined) headers[name] = headerSafe(value);
  if (r.body) headers['content-type'] = r.body.contentType;
  const init: RequestInit = { method: method.toUpperCase(), headers };
  if (r.body) init.body = r.body.text;
  return [`${url}${query ? `?${query}` : ''}`, init];
}

/** What every answer must be: never a server error; every refusal a problem naming its status. */
async function check(res: Response, what: string): Promise<void> {
  if (res.status >= 500) throw new Error(`${what} → ${res.status}: ${await res.text()}`);
  if (res.headers.get('x-content-type-options') !== 'nosniff') throw new Error(`${what} → no security headers`);
  if (res.status >= 400) {
    const type = res.headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json')) throw new Error(`${what} → ${res.status} as ${type}: ${await res.text()}`);
    const body = (await res.json()) as { title?: unknown; status?: unknown };
    if (typeof body.title !== 'string' || body.title === '' || body.status !== res.status) throw new Error(`${what} → ${res.status} with ${JSON.stringify(body)}`);
  }
  if ((Object.prototype as Record<string, unknown>)['polluted'] !== undefined) throw new Error(`${what} polluted Object.prototype`);
}

/** Runs per operation: 50 in CI (about 10 s in all); `SCPM_FUZZ_RUNS=2000 npx ava server/http/fuzz.test.ts` digs deeper. */
const RUNS = Number(process.env['SCPM_FUZZ_RUNS'] ?? 50);

/** Answers given before a route sees the request: authentication, policy, size and rate limits, media type. */
const REFUSED_BEFORE_THE_ROUTE = new Set([401, 403, 413, 415, 429]);

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.has(method))
    .map(([method, op]) => ({ path, method, op })),
);

test('the OpenAPI document lists the JSON endpoints the fuzzer covers', (t) => {
  t.true(operations.length >= 20, `${operations.length} operations`);
  t.true(operations.some((o) => o.op.requestBody), 'some operations take JSON bodies');
});

for (const { path, method, op } of operations) {
  test(`fuzz: ${method.toUpperCase()} ${path} answers every input with a 2xx or a 4xx problem`, async (t) => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requestsOf(op, method), async (r) => {
        const [url, init] = toRequest(path, method, r);
        const res = await app.request(url, init);
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        await check(res, `${r.identity} ${init.method} ${url} ${r.body ? r.body.text.slice(0, 200) : ''}`);
      }),
      { numRuns: RUNS },
    );
    t.log([...seen].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' '));
    t.true([...seen.keys()].some((s) => !REFUSED_BEFORE_THE_ROUTE.has(s)), 'some inputs get past the access layer and the limits');
  });
}

test('the fuzzer can fail: a server error or a refusal without a problem body is caught', async (t) => {
  const broken = new OpenAPIHono();
  broken.use('*', securityHeaders());
  broken.get('/api/v1/broken', () => {
    throw new Error('boom');
  });
  broken.get('/api/v1/plain', (c) => c.text('no', 400));
  broken.onError((_err, c) => c.json({ title: 'Internal server error', status: 500 }, 500));
  await t.throwsAsync(check(await broken.request('/api/v1/broken'), 'GET /api/v1/broken'), { message: /→ 500/ });
  await t.throwsAsync(check(await broken.request('/api/v1/plain'), 'GET /api/v1/plain'), { message: /400 as text\/plain/ });
});
