/**
 * @module http/routes/layouts
 * /api/v1/layouts — wall layouts per role or user: list, resolve, get, put (If-Match), delete.
 * Every change is published on the live channel `layouts/{scope}/{owner}`, so a wall showing the
 * layout updates without a reload; after a delete that channel carries the role's built-in (null for a user).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { channels, WALL_ROLES, type LayoutScope, type StoredLayout, type WallRole } from '../../contracts/index.ts';
import { builtInRoles } from '../../layouts/defaults.ts';
import { effectiveLayout, fallbackOf, isWallRole } from '../../layouts/resolve.ts';
import type { Principal } from '../../contracts/access.ts';
import type { ApiDeps } from '../deps.ts';
import { invalidRequest, notFound, ProblemError } from '../problem.ts';
import { deleteRoute, getRoute, listRoute, putRoute, resolveRoute } from './layouts-api.ts';

const etagOf = (revision: number): string => `"${revision}"`;

/** How the audit log names who acted. */
export const actorOf = (p: Principal): string => (p.kind === 'user' ? `user:${p.login}` : p.kind === 'key' ? `key:${p.id}` : 'anonymous');

/** The revision an If-Match header names, or null when there is none (the schema checked its form). */
const expectedRevision = (ifMatch: string | undefined): number | null => (ifMatch === undefined ? null : Number(ifMatch.slice(1, -1)));

const preconditionFailed = (expected: number | null, found: number | null): ProblemError =>
  new ProblemError(
    412,
    'revision-mismatch',
    'The layout has changed',
    `If-Match named revision ${expected ?? '(any)'}, the stored revision is ${found ?? 'none (0)'}; get it again and reapply the change`,
  );

const summary = (s: StoredLayout) => ({
  scope: s.scope,
  owner: s.owner,
  name: s.layout.name,
  language: s.layout.language,
  revision: s.revision,
  updatedAt: s.updatedAt,
});

/** A role owner must be a known role: `onUnknown` is 404 for reads, 400 for writes. */
const checkOwner = (scope: LayoutScope, owner: string, onUnknown: 400 | 404): void => {
  if (scope !== 'role' || isWallRole(owner)) return;
  const message = `not a role; one of ${WALL_ROLES.join(', ')}`;
  throw onUnknown === 404 ? notFound(`no role named ${owner}`) : invalidRequest([{ path: ['owner'], message }], 'param');
};

async function resolveFor(deps: ApiDeps, role: WallRole, user: string | undefined, district: string | undefined): Promise<StoredLayout> {
  if (district !== undefined && !(await deps.districts()).some((d) => d.code === district)) {
    throw invalidRequest([{ path: ['district'], message: `${district} is not one of the 25 gu codes` }], 'query');
  }
  const [userLayout, roleLayout] = await Promise.all([
    user === undefined ? null : deps.layouts.get('user', user),
    deps.layouts.get('role', role),
  ]);
  return effectiveLayout(role, { user: userLayout, role: roleLayout }, district ?? null);
}

export function registerLayoutRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  const publish = (scope: LayoutScope, owner: string, value: StoredLayout | null): void => {
    const at = new Date(deps.now()).toISOString();
    const channel = channels.layout(scope, owner);
    if (deps.publishLive) deps.publishLive(channel, value, at);
    else deps.hub.set(channel, value, at);
  };

  app.openapi(listRoute, async (c) => {
    const stored = await deps.layouts.list();
    return c.json({ layouts: stored.map(summary), builtIn: builtInRoles(), roles: [...WALL_ROLES] }, 200);
  });

  app.openapi(resolveRoute, async (c) => {
    const { role, user, district } = c.req.valid('query');
    return c.json(await resolveFor(deps, role, user, district), 200);
  });

  app.openapi(getRoute, async (c) => {
    const { scope, owner } = c.req.valid('param');
    checkOwner(scope, owner, 404);
    const found = (await deps.layouts.get(scope, owner)) ?? fallbackOf(scope, owner);
    if (!found) throw notFound(`no layout stored for ${scope} ${owner}`);
    return c.json(found, 200, { ETag: etagOf(found.revision) });
  });

  app.openapi(putRoute, async (c) => {
    const { scope, owner } = c.req.valid('param');
    checkOwner(scope, owner, 400);
    const expected = expectedRevision(c.req.valid('header')['if-match']);
    const result = await deps.layouts.put(scope, owner, c.req.valid('json'), expected);
    if (!result.ok) throw preconditionFailed(expected, result.revision);
    publish(scope, owner, result.value);
    await deps.access.audit.record({ action: 'config.changed', actor: actorOf(c.get('principal')), target: `layout:${scope}/${owner}`, details: { revision: result.value.revision } });
    deps.log.info({ scope, owner, revision: result.value.revision }, 'layout stored');
    return c.json(result.value, 200, { ETag: etagOf(result.value.revision) });
  });

  app.openapi(deleteRoute, async (c) => {
    const { scope, owner } = c.req.valid('param');
    checkOwner(scope, owner, 404);
    const expected = expectedRevision(c.req.valid('header')['if-match']);
    const result = await deps.layouts.remove(scope, owner, expected);
    if (!result.ok) throw preconditionFailed(expected, result.revision);
    if (result.value) {
      publish(scope, owner, fallbackOf(scope, owner));
      await deps.access.audit.record({ action: 'config.changed', actor: actorOf(c.get('principal')), target: `layout:${scope}/${owner}`, details: { deleted: true } });
      deps.log.info({ scope, owner }, 'layout deleted');
    }
    return c.body(null, 204);
  });
}
