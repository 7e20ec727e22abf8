import test from 'ava';
import { OpenAPIHono } from '@hono/zod-openapi';
import { compileErrors, validate } from '@readme/openapi-parser';
import { memoryAuditSink } from '../audit/port.ts';
import { ANONYMOUS } from '../contracts/access.ts';
import { registerAuthRoutes, type AuthRouteDeps } from './routes.ts';
import type { SessionStore } from './sessions.ts';
import { createMemoryLoginThrottle } from './throttle.ts';
import type { UserStore } from './users.ts';

const unused = (): never => {
  throw new Error('not used by this test');
};

const deps: AuthRouteDeps = {
  users: { create: unused, byLogin: unused, byId: unused, list: unused, update: unused, setPasswordHash: unused } satisfies UserStore,
  sessions: { create: unused, resolve: unused, revoke: unused, revokeAllOf: unused, purge: unused } satisfies SessionStore,
  throttle: createMemoryLoginThrottle(),
  audit: memoryAuditSink(),
  principalOf: () => ANONYMOUS,
  clientIp: () => '192.0.2.1',
};

test('the auth and user routes are described in a valid OpenAPI document', async (t) => {
  const app = new OpenAPIHono();
  registerAuthRoutes(app, deps);
  const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'test', version: '0' } });
  const result = await validate(structuredClone(doc) as never);
  t.true(result.valid, result.valid ? '' : compileErrors(result));
  t.deepEqual(Object.keys(doc.paths ?? {}).sort(), [
    '/api/v1/auth/login',
    '/api/v1/auth/logout',
    '/api/v1/auth/logout-everywhere',
    '/api/v1/auth/me',
    '/api/v1/users',
    '/api/v1/users/{login}',
  ]);
  const login = doc.paths?.['/api/v1/auth/login']?.post;
  t.deepEqual(Object.keys(login?.responses ?? {}).sort(), ['200', '400', '401', '429']);
});

test('an anonymous visitor gets 401 from the routes that need a person, before any store is asked', async (t) => {
  const app = new OpenAPIHono();
  registerAuthRoutes(app, deps);
  app.onError((err, c) => c.json({ status: (err as { status?: number }).status ?? 500 }, 500));
  const status = async (r: Response | Promise<Response>): Promise<number> => ((await (await r).json()) as { status: number }).status;
  const statuses = await Promise.all(
    [app.request('/api/v1/auth/me'), app.request('/api/v1/auth/logout-everywhere', { method: 'POST' }), app.request('/api/v1/users')].map(status),
  );
  t.deepEqual(statuses, [401, 401, 401]);
});
