import test from 'ava';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { memoryAuditSink, type AuditSink } from '../audit/port.ts';
import type { Principal } from '../contracts/access.ts';
import { invalidRequest, ProblemError } from '../http/problem.ts';
import { createMemoryKeyStore } from './memory.ts';
import { registerKeyRoutes } from './routes.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');
const DAY = 86_400_000;
const j = (r: Response): Promise<any> => r.json();

const PRINCIPALS: Record<string, Principal> = {
  admin: { kind: 'user', id: 'u1', login: 'admin', role: 'administrator', districts: [], departments: [], sessionId: 's1' },
  mayor: { kind: 'user', id: 'u2', login: 'mayor', role: 'mayor', districts: [], departments: [], sessionId: 's2' },
  key: { kind: 'key', id: 'key_0123456789abcdef', name: 'k', scope: { districts: [], resources: ['keys'], access: 'write' } },
};

/** The principal is named by a test header here; the platform resolves it from the session or key. */
const principalOf = (c: Context): Principal => PRINCIPALS[c.req.header('x-test-as') ?? ''] ?? { kind: 'anonymous' };

function setup(audit: AuditSink & { events?: unknown[] } = memoryAuditSink()) {
  const keys = createMemoryKeyStore(() => NOW);
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.error.issues, result.target);
    },
  });
  registerKeyRoutes(app, { keys, audit, principalOf });
  app.onError((err, c) => {
    if (err instanceof ProblemError) return c.json(err.toProblem(c.req.path), err.status, { 'content-type': 'application/problem+json' });
    return c.json({ status: 500, title: err.message }, 500);
  });
  const as = (who: string | null, path: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { ...(who ? { 'x-test-as': who } : {}), 'content-type': 'application/json', ...(init.headers ?? {}) } });
  const create = (body: unknown, who = 'admin') => as(who, '/api/v1/keys', { method: 'POST', body: JSON.stringify(body) });
  return { app, keys, audit, as, create };
}

const body = { name: 'Gangnam air board', scope: { districts: ['11680'], resources: ['air'], access: 'read' } };

test('create: 201 with the key once, a warning, Location and no-store; the audit event names the key without it', async (t) => {
  const { create, keys, audit } = setup();
  const res = await create({ ...body, days: 30, rateLimit: 120 });
  t.is(res.status, 201);
  t.is(res.headers.get('cache-control'), 'no-store');
  const created = await j(res);
  t.regex(created.key, /^scpm_[A-Za-z0-9_-]{43}$/);
  t.regex(created.warning, /cannot be shown again/);
  t.like(created.apiKey, { name: 'Gangnam air board', prefix: created.key.slice(0, 12), rateLimit: 120, createdBy: 'user:admin', status: 'active', revokedAt: null });
  t.is(created.apiKey.expiresAt, new Date(NOW + 30 * DAY).toISOString());
  t.false('keyHash' in created.apiKey);
  t.is(res.headers.get('location'), `/api/v1/keys/${created.apiKey.id}`);
  t.like(await keys.resolve(created.key), { ok: true, rateLimit: 120 });
  const events = (audit as ReturnType<typeof memoryAuditSink>).events;
  t.deepEqual(events, [
    {
      action: 'key.created',
      actor: 'user:admin',
      target: created.apiKey.id,
      details: { id: created.apiKey.id, name: 'Gangnam air board', scope: body.scope, rateLimit: 120, expiresAt: created.apiKey.expiresAt },
    },
  ]);
  t.false(JSON.stringify(events).includes(created.key.slice(5)));
});

test('list and get never show the key or its hash', async (t) => {
  const { create, as, keys } = setup();
  const { key, apiKey } = await j(await create(body));
  const list = await as('admin', '/api/v1/keys');
  t.is(list.status, 200);
  const text = JSON.stringify(await j(list.clone()));
  t.deepEqual((await j(list)).keys, [apiKey]);
  const hash = keys.records.get(apiKey.id)?.keyHash ?? '';
  t.false(text.includes(key) || text.includes(hash));
  t.deepEqual(await j(await as('admin', `/api/v1/keys/${apiKey.id}`)), apiKey);
  t.is((await as('admin', '/api/v1/keys/key_0000000000000000')).status, 404);
  t.is((await as('admin', '/api/v1/keys/not-a-key-id')).status, 400);
});

test('only administrators: everyone else gets a 403 problem and nothing changes', async (t) => {
  const { create, as, keys, audit } = setup();
  const { apiKey } = await j(await create(body));
  for (const who of ['mayor', 'key', null]) {
    const refused = await create(body, who ?? '');
    t.is(refused.status, 403, String(who));
    t.is(refused.headers.get('content-type'), 'application/problem+json');
    t.like(await j(refused), { type: '/problems/forbidden', status: 403 });
    t.is((await as(who, '/api/v1/keys')).status, 403);
    t.is((await as(who, `/api/v1/keys/${apiKey.id}`)).status, 403);
    t.is((await as(who, `/api/v1/keys/${apiKey.id}`, { method: 'DELETE' })).status, 403);
  }
  t.is((await keys.list()).length, 1);
  t.is((await keys.get(apiKey.id))?.status, 'active');
  t.is((audit as ReturnType<typeof memoryAuditSink>).events.length, 1);
});

test('invalid requests: a 400 naming the fields; nothing stored or recorded', async (t) => {
  const { create, keys, audit } = setup();
  const fieldsOf = async (b: unknown): Promise<string[]> => {
    const res = await create(b);
    t.is(res.status, 400, JSON.stringify(b));
    return (await j(res)).errors.map((e: { field: string }) => e.field);
  };
  t.deepEqual(await fieldsOf({ ...body, scope: { ...body.scope, districts: ['11999'] } }), ['scope.districts']);
  t.deepEqual(await fieldsOf({ ...body, scope: { ...body.scope, access: 'admin' } }), ['scope.access']);
  t.deepEqual(await fieldsOf({ ...body, days: 400 }), ['days']);
  t.deepEqual(await fieldsOf({ ...body, days: 10, expiresAt: new Date(NOW + DAY).toISOString() }), ['expiresAt']);
  t.deepEqual(await fieldsOf({ ...body, expiresAt: new Date(NOW - DAY).toISOString() }), ['expiresAt']);
  t.deepEqual(await fieldsOf({ ...body, expiresAt: 'tomorrow' }), ['expiresAt']);
  t.deepEqual(await fieldsOf({ ...body, rateLimit: 0 }), ['rateLimit']);
  t.true((await fieldsOf({ ...body, key: 'scpm_mine' })).length > 0, 'no unknown fields (e.g. a chosen key)');
  t.deepEqual(await fieldsOf({ scope: body.scope }), ['name']);
  t.deepEqual(await keys.list(), []);
  t.deepEqual((audit as ReturnType<typeof memoryAuditSink>).events, []);
});

test('expiresAt: the key stops working then', async (t) => {
  const { create } = setup();
  const at = new Date(NOW + 7 * DAY).toISOString();
  const { apiKey } = await j(await create({ ...body, expiresAt: at }));
  t.is(apiKey.expiresAt, at);
});

test('revoke: 204, recorded once; the key is refused from then on; unknown ids are 404', async (t) => {
  const { create, as, keys, audit } = setup();
  const { key, apiKey } = await j(await create(body));
  const first = await as('admin', `/api/v1/keys/${apiKey.id}`, { method: 'DELETE' });
  t.is(first.status, 204);
  t.is((await as('admin', `/api/v1/keys/${apiKey.id}`, { method: 'DELETE' })).status, 204);
  t.deepEqual(await keys.resolve(key), { ok: false, reason: 'revoked' });
  const events = (audit as ReturnType<typeof memoryAuditSink>).events;
  t.deepEqual(events.map((e) => [e.action, e.actor, e.target]), [
    ['key.created', 'user:admin', apiKey.id],
    ['key.revoked', 'user:admin', apiKey.id],
  ]);
  t.like((await j(await as('admin', `/api/v1/keys/${apiKey.id}`))), { status: 'revoked', revokedAt: new Date(NOW).toISOString() });
  t.is((await as('admin', '/api/v1/keys/key_0000000000000000', { method: 'DELETE' })).status, 404);
});

test('a creation the audit log cannot record fails, and the key it made is revoked', async (t) => {
  const failing: AuditSink = { record: async () => Promise.reject(new Error('audit log unavailable')) };
  const { create, keys } = setup(failing);
  const res = await create(body);
  t.is(res.status, 500);
  const [stored] = await keys.list();
  t.is(stored?.status, 'revoked');
});

test('the OpenAPI document describes the four routes', async (t) => {
  const { app } = setup();
  const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
  t.deepEqual(Object.keys(doc.paths?.['/api/v1/keys'] ?? {}).sort(), ['get', 'post']);
  t.deepEqual(Object.keys(doc.paths?.['/api/v1/keys/{id}'] ?? {}).sort(), ['delete', 'get']);
  t.truthy(doc.components?.schemas?.['ApiKey']);
});
