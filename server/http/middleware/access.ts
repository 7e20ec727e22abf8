/**
 * @module http/middleware/access
 * Who is asking, and may they: resolves the principal of every request (an API key in
 * `Authorization: Bearer` or `X-API-Key`, else the session cookie, else anonymous), then asks the
 * policy layer about the route. A presented key that is malformed, unknown, expired or revoked is
 * refused, never downgraded to anonymous. Cookie-authenticated writes must come from the platform's
 * own origin (CSRF): browsers send cookies on their own, keys they do not.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { ANONYMOUS, type Principal } from '../../contracts/access.ts';
import { decideRoute, matchRoute } from '../../access/policy.ts';
import { sessionTokenOf } from '../../auth/cookie.ts';
import { extractApiKey } from '../../keys/extract.ts';
import type { AccessDeps } from '../deps.ts';
import { ProblemError } from '../problem.ts';

declare module 'hono' {
  interface ContextVariableMap {
    principal: Principal;
    /** Set when the request is authenticated by an API key: its id and requests per minute. */
    apiKey: { id: string; rateLimit: number } | undefined;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The principal, or the problem that refuses a bad key (sent with `WWW-Authenticate: Bearer`). */
async function authenticate(c: Context, access: Pick<AccessDeps, 'keys' | 'sessions'>): Promise<Principal | ProblemError> {
  const presented = extractApiKey((name) => c.req.header(name));
  if (presented.kind === 'malformed') return new ProblemError(401, 'invalid-api-key', 'Invalid API key', presented.reason);
  if (presented.kind === 'key') {
    const found = await access.keys.resolve(presented.key);
    if (!found.ok) return new ProblemError(401, 'invalid-api-key', 'API key refused', `the key is ${found.reason}`);
    c.set('apiKey', { id: found.principal.id, rateLimit: found.rateLimit });
    return found.principal;
  }
  const token = sessionTokenOf(c);
  return (token ? await access.sessions.resolve(token) : null) ?? ANONYMOUS;
}

/** A browser's write must come from this origin: `Origin` (or `Sec-Fetch-Site`) says where from. */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin) return origin === new URL(c.req.url).origin;
  const site = c.req.header('sec-fetch-site');
  return site === undefined || site === 'same-origin' || site === 'none';
}

export function accessControl(access: Pick<AccessDeps, 'keys' | 'sessions'>): MiddlewareHandler {
  return async (c, next) => {
    const principal = await authenticate(c, access);
    if (principal instanceof ProblemError) {
      return c.json(principal.toProblem(c.req.path), 401, { 'content-type': 'application/problem+json', 'www-authenticate': 'Bearer' });
    }
    c.set('principal', principal);
    const route = matchRoute(c.req.method, c.req.path, new URL(c.req.url).searchParams);
    // No rule: no route either (the access matrix test keeps the two lists equal), so a 404 follows.
    if (route) {
      const decision = decideRoute(principal, route);
      if (!decision.allow) {
        const title = decision.status === 401 ? 'Authentication required' : 'Forbidden';
        throw new ProblemError(decision.status, 'about:blank', title, decision.reason);
      }
    }
    if (principal.kind === 'user' && !SAFE.has(c.req.method) && !sameOrigin(c)) {
      throw new ProblemError(403, 'about:blank', 'Cross-site request refused', 'a signed-in change must come from this site');
    }
    await next();
  };
}
