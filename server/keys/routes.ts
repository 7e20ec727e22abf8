/**
 * @module keys/routes
 * /api/v1/keys — API keys of district systems, for administrators: create (the key is in the 201
 * response and nowhere else, ever), list, get, revoke. Creations and revocations go to the audit
 * log with the key's id, name and scope, never the key.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { Principal, UserPrincipal } from '../contracts/access.ts';
import type { AuditSink } from '../audit/port.ts';
import { notFound, ProblemError } from '../http/problem.ts';
import type { ApiKeyInfo, KeyStore, ScopeRules } from './port.ts';
import { auditDetails, KeyRequestError, SHOWN_ONCE_WARNING } from './rules.ts';
import { createKeyRoute, getKeyRoute, listKeysRoute, revokeKeyRoute } from './routes-api.ts';

export interface KeyRouteDeps {
  keys: KeyStore;
  audit: AuditSink;
  /** Who is asking, as the principal resolution found it. */
  principalOf(c: Context): Principal;
  /** The gu codes and resource names a scope may use (default: the 25 gu; any well-formed resource name). */
  scopeRules?(): Promise<ScopeRules>;
  log?: Logger;
}

const forbidden = (): ProblemError => new ProblemError(403, 'forbidden', 'Forbidden', 'only an administrator manages API keys');

const administrator = (deps: KeyRouteDeps, c: Context): UserPrincipal => {
  const p = deps.principalOf(c);
  if (p.kind === 'user' && p.role === 'administrator') return p;
  throw forbidden();
};

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

export const toJson = (k: ApiKeyInfo) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scope: k.scope,
  rateLimit: k.rateLimit,
  createdBy: k.createdBy,
  createdAt: k.createdAt.toISOString(),
  expiresAt: k.expiresAt.toISOString(),
  revokedAt: iso(k.revokedAt),
  lastUsedAt: iso(k.lastUsedAt),
  status: k.status,
});

const invalid = (err: KeyRequestError): ProblemError => new ProblemError(400, 'invalid-request', 'The request is not valid', err.message, err.issues);

export function registerKeyRoutes(app: OpenAPIHono, deps: KeyRouteDeps): void {
  app.openapi(createKeyRoute, async (c) => {
    const admin = administrator(deps, c);
    const body = c.req.valid('json');
    const rules = await deps.scopeRules?.();
    const input = {
      name: body.name,
      scope: body.scope,
      createdBy: `user:${admin.login}`,
      ...(body.expiresAt === undefined ? {} : { expiresAt: new Date(body.expiresAt) }),
      ...(body.days === undefined ? {} : { days: body.days }),
      ...(body.rateLimit === undefined ? {} : { rateLimit: body.rateLimit }),
    };
    const created = await deps.keys.create(input, rules).catch((err: unknown) => {
      throw err instanceof KeyRequestError ? invalid(err) : err;
    });
    try {
      await deps.audit.record({ action: 'key.created', actor: `user:${admin.login}`, target: created.info.id, details: auditDetails(created.info) });
    } catch (err) {
      await deps.keys.revoke(created.info.id); // an unrecorded key must not stay usable
      throw err;
    }
    deps.log?.info({ id: created.info.id, name: created.info.name, by: admin.login }, 'API key created');
    const headers = { Location: `/api/v1/keys/${created.info.id}`, 'Cache-Control': 'no-store' };
    return c.json({ key: created.key, warning: SHOWN_ONCE_WARNING, apiKey: toJson(created.info) }, 201, headers);
  });

  app.openapi(listKeysRoute, async (c) => {
    administrator(deps, c);
    return c.json({ keys: (await deps.keys.list()).map(toJson) }, 200);
  });

  app.openapi(getKeyRoute, async (c) => {
    administrator(deps, c);
    const { id } = c.req.valid('param');
    const found = await deps.keys.get(id);
    if (!found) throw notFound(`no API key ${id}`);
    return c.json(toJson(found), 200);
  });

  app.openapi(revokeKeyRoute, async (c) => {
    const admin = administrator(deps, c);
    const { id } = c.req.valid('param');
    const result = await deps.keys.revoke(id);
    if (!result.found) throw notFound(`no API key ${id}`);
    if (result.revokedNow) {
      await deps.audit.record({ action: 'key.revoked', actor: `user:${admin.login}`, target: id, details: auditDetails(result.info) });
      deps.log?.info({ id, name: result.info.name, by: admin.login }, 'API key revoked');
    }
    return c.body(null, 204);
  });
}
