import test from 'ava';
import { OpenAPIHono } from '@hono/zod-openapi';
import { ANONYMOUS, type Principal, type UserPrincipal } from '../contracts/access.ts';
import { invalidRequest, ProblemError } from '../http/problem.ts';
import type { StoredAuditEntry } from './chain.ts';
import type { AuditFilter, AuditListQuery } from './audit-log.ts';
import { memoryAuditLog } from './memory-log.ts';
import { registerAuditRoutes, type AuditRouteDeps } from './routes.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');

const user = (role: UserPrincipal['role'], login = 'kim.auditor'): UserPrincipal => ({
  kind: 'user', id: `u-${login}`, login, role, districts: [], departments: [], sessionId: 's1',
});

/** The in-memory log, with the list queries and export filters it was asked for in `asked`. */
const fakeLog = () => {
  const log = memoryAuditLog(() => NOW);
  const asked: (AuditListQuery | AuditFilter)[] = [];
  const audit: AuditRouteDeps['audit'] = {
    record: log.record,
    list: async (q = {}) => (asked.push(q), log.list(q)),
    exportNdjson: (f = {}) => (asked.push(f), log.exportNdjson(f)),
    exportCsv: (f = {}) => (asked.push(f), log.exportCsv(f)),
    verify: log.verify,
  };
  return { audit, entries: log.entries, asked, append: log.record };
};

async function setup(principal: Principal) {
  const log = fakeLog();
  const app = new OpenAPIHono({
    defaultHook: (r) => {
      if (!r.success) throw invalidRequest(r.error.issues, r.target);
    },
  });
  app.onError((err, c) => {
    if (err instanceof ProblemError) return c.json(err.toProblem(c.req.path), err.status, { 'content-type': 'application/problem+json' });
    throw err;
  });
  registerAuditRoutes(app, { audit: log.audit, principalOf: () => principal, now: () => NOW });
  await log.append({ action: 'auth.signed-in', actor: 'user:mayor', target: 'session:1' });
  await log.append({ action: 'camera.viewed', actor: 'user:park', target: 'camera:7', details: { note: 'a,"b"' } });
  return { app, ...log };
}

type Page = { entries: { seq: number; at: string; prevHash: string; hash: string }[]; next: number | null };

const PATHS = ['/api/v1/audit', '/api/v1/audit/export?format=csv', '/api/v1/audit/verify'];

test('everyone but an auditor gets a 403 problem, and nothing is recorded', async (t) => {
  const key: Principal = { kind: 'key', id: 'k1', name: 'gangnam', scope: { districts: ['11680'], resources: ['audit'], access: 'read' } };
  for (const who of [ANONYMOUS, key, user('mayor'), user('administrator')]) {
    const { app, entries } = await setup(who);
    for (const path of PATHS) {
      const res = await app.request(path);
      t.is(res.status, 403, `${who.kind} ${path}`);
      t.is(res.headers.get('content-type'), 'application/problem+json');
      t.like(await res.json(), { status: 403, type: '/problems/forbidden' });
    }
    t.is(entries.length, 2);
  }
});

test('an auditor lists entries with filters and pages', async (t) => {
  const { app, asked } = await setup(user('auditor'));
  const res = await app.request('/api/v1/audit?from=2026-11-01T00:00:00%2B09:00&action=camera.viewed&actor=user:park&limit=5&order=desc');
  t.is(res.status, 200);
  t.is(res.headers.get('cache-control'), 'no-store');
  const body = (await res.json()) as Page;
  t.deepEqual(body.entries.map((e) => e.seq), [2]);
  t.like(body.entries[0], { at: '2026-11-27T05:20:00.000Z', action: 'camera.viewed', target: 'camera:7', details: { note: 'a,"b"' } });
  t.is(body.next, null);
  t.deepEqual(asked[0], { from: new Date('2026-10-31T15:00:00Z'), action: 'camera.viewed', actor: 'user:park', limit: 5, order: 'desc' });

  const first = (await (await app.request('/api/v1/audit?limit=1')).json()) as Page;
  t.deepEqual([first.entries.map((e) => e.seq), first.next], [[1], 1]);
  t.deepEqual(asked[1], { limit: 1, order: 'asc' });
  const second = (await (await app.request('/api/v1/audit?limit=1&after=1')).json()) as Page;
  t.deepEqual(second.entries.map((e) => e.seq), [2]);
  t.is(second.entries[0]?.prevHash, first.entries[0]?.hash);
});

test('invalid list and export queries are 400 problems naming the field', async (t) => {
  const { app } = await setup(user('auditor'));
  for (const q of ['?limit=0', '?limit=1001', '?after=-1', '?action=nothing', '?from=yesterday', '?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z']) {
    const res = await app.request(`/api/v1/audit${q}`);
    t.is(res.status, 400, q);
  }
  const bad = await app.request('/api/v1/audit/export?format=xml');
  t.is(bad.status, 400);
  t.like(await bad.json(), { errors: [{ field: 'format' }] });
});

test('an export streams NDJSON or CSV and is itself recorded', async (t) => {
  const { app, entries, asked } = await setup(user('auditor', 'lee.audit'));
  const nd = await app.request('/api/v1/audit/export?to=2026-11-28T00:00:00Z');
  t.is(nd.status, 200);
  t.is(nd.headers.get('content-type'), 'application/x-ndjson; charset=utf-8');
  t.is(nd.headers.get('content-disposition'), 'attachment; filename="audit-2026-11-27T052000Z.ndjson"');
  const lines = (await nd.text()).trimEnd().split('\n');
  t.is(lines.length, 3);
  t.like(JSON.parse(lines[2] ?? '{}'), { seq: 3, action: 'audit.exported', actor: 'user:lee.audit', details: { format: 'ndjson', to: '2026-11-28T00:00:00Z' } });
  t.deepEqual(asked[0], { to: new Date('2026-11-28T00:00:00Z') });

  const csv = await app.request('/api/v1/audit/export?format=csv');
  t.is(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
  const rows = (await csv.text()).split('\r\n');
  t.is(rows[0], 'seq,at,action,actor,target,details,prev_hash,hash');
  t.is(rows.length, 1 + 4 + 1);
  t.is(entries.length, 4);
  t.like(entries[3], { action: 'audit.exported', details: { format: 'csv' } });
});

test('verify answers the chain result', async (t) => {
  const { app, entries } = await setup(user('auditor'));
  t.like(await (await app.request('/api/v1/audit/verify')).json(), { ok: true, count: 2, head: entries[1]?.hash });
  entries[0] = { ...(entries[0] as StoredAuditEntry), actor: 'user:mallory' };
  t.like(await (await app.request('/api/v1/audit/verify')).json(), { ok: false, seq: 1, kind: 'changed' });
});

test('the OpenAPI document describes the three routes', async (t) => {
  const { app } = await setup(ANONYMOUS);
  const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '0' } });
  t.deepEqual(Object.keys(doc.paths ?? {}).sort(), ['/api/v1/audit', '/api/v1/audit/export', '/api/v1/audit/verify']);
  t.truthy(doc.components?.schemas?.['AuditEntry']);
  t.truthy(doc.paths?.['/api/v1/audit/export']?.get?.responses?.['403']);
});
