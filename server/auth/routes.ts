/**
 * @module auth/routes
 * Sign-in, sign-out (here or everywhere), who am I, and user management for administrators.
 * A failed sign-in answers the same whether the login is unknown, the password wrong or the user
 * disabled, and takes the same scrypt time. Every sign-in, failure, sign-out, creation and change
 * of a user goes to the audit log; passwords and tokens never do.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { AuditSink } from '../audit/port.ts';
import type { Principal, UserPrincipal } from '../contracts/access.ts';
import { invalidRequest, notFound, ProblemError } from '../http/problem.ts';
import { clearedSessionCookie, sessionCookie } from './cookie.ts';
import { burnScryptTime, hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import { changeUserRoute, createUserRoute, listUsersRoute, loginRoute, logoutEverywhereRoute, logoutRoute, meRoute } from './routes-api.ts';
import type { SessionStore } from './sessions.ts';
import { throttleKeyOf, type LoginThrottle, type ThrottleVerdict } from './throttle.ts';
import { LastAdministratorError, LoginTakenError, UserScopeError, type User, type UserStore } from './users.ts';

export interface AuthRouteDeps {
  users: UserStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
  audit: AuditSink;
  /** Who is asking, as the principal resolution found it (session cookie, API key, or anonymous). */
  principalOf(c: Context): Principal;
  /** The client's address, for throttling and the audit log (see `clientIpOf` in cookie.ts). */
  clientIp(c: Context): string;
  log?: Logger;
}

type FailureReason = 'unknown-login' | 'wrong-password' | 'disabled' | 'throttled';

export const SIGN_IN_FAILED = 'The login or the password is not right';

const unauthorized = (detail: string): ProblemError => new ProblemError(401, 'unauthorized', 'Not signed in', detail);

export const toJson = (u: User) => ({
  id: u.id,
  login: u.login,
  displayName: u.displayName,
  role: u.role,
  districts: u.districts,
  departments: u.departments,
  disabled: u.disabled,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});

const signedIn = (deps: AuthRouteDeps, c: Context): UserPrincipal => {
  const p = deps.principalOf(c);
  if (p.kind === 'user') return p;
  throw unauthorized(p.kind === 'key' ? 'an API key has no session; sign in as a person' : 'sign in first');
};

const administrator = (deps: AuthRouteDeps, c: Context): UserPrincipal => {
  const p = deps.principalOf(c);
  if (p.kind === 'anonymous') throw unauthorized('sign in as an administrator');
  if (p.kind === 'user' && p.role === 'administrator') return p;
  throw new ProblemError(403, 'forbidden', 'Forbidden', 'only an administrator manages users');
};

/** Store errors as the problems the API answers with. */
const asProblem = (err: unknown): unknown => {
  if (err instanceof LoginTakenError) return new ProblemError(409, 'login-taken', 'The login is taken', err.message);
  if (err instanceof LastAdministratorError) return new ProblemError(409, 'last-administrator', 'The last administrator must stay', err.message);
  if (err instanceof UserScopeError) return invalidRequest(err.issues.map((i) => ({ path: [i.field], message: i.message })), 'body');
  return err;
};

interface Attempt {
  login: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
}

/** The user whose password this is, or the reason there is none (always after spending the scrypt time). */
async function checkCredentials(deps: AuthRouteDeps, a: Attempt): Promise<User | FailureReason> {
  const user = await deps.users.byLogin(a.login);
  if (!user) {
    await burnScryptTime(a.password);
    return 'unknown-login';
  }
  if (!(await verifyPassword(a.password, user.passwordHash))) return 'wrong-password';
  if (user.disabled) return 'disabled';
  if (needsRehash(user.passwordHash)) await deps.users.setPasswordHash(user.id, await hashPassword(a.password));
  const { passwordHash: _, ...rest } = user;
  return rest;
}

const failed = async (deps: AuthRouteDeps, a: Attempt, reason: FailureReason): Promise<void> => {
  await deps.audit.record({ action: 'auth.sign-in-failed', actor: 'anonymous', target: a.login, details: { reason, ip: a.ip } });
  deps.log?.info({ login: a.login, ip: a.ip, reason }, 'sign-in failed');
};

/**
 * The throttle, failing open: when its counters cannot be reached (Redis down) sign-ins proceed, still
 * at the cost of one scrypt each, and a warning is logged — an outage must not lock everyone out.
 */
const throttleOf = (deps: AuthRouteDeps) => {
  const warn = (err: unknown): void => deps.log?.warn({ err }, 'sign-in throttling not applied: the counters are unavailable');
  const allowed: ThrottleVerdict = { allowed: true };
  return {
    check: (a: Attempt): Promise<ThrottleVerdict> =>
      deps.throttle.check(a.login, a.ip).catch((err: unknown) => {
        warn(err);
        return allowed;
      }),
    failure: (a: Attempt): Promise<unknown> => deps.throttle.recordFailure(a.login, a.ip).catch(warn),
    success: (a: Attempt): Promise<unknown> => deps.throttle.recordSuccess(a.login).catch(warn),
  };
};

function registerSignIn(app: OpenAPIHono, deps: AuthRouteDeps): void {
  const throttle = throttleOf(deps);
  app.openapi(loginRoute, async (c) => {
    const body = c.req.valid('json');
    const a: Attempt = { login: throttleKeyOf(body.login), password: body.password, ip: deps.clientIp(c), userAgent: c.req.header('user-agent') };
    const verdict = await throttle.check(a);
    if (!verdict.allowed) {
      await failed(deps, a, 'throttled');
      const who = verdict.by === 'login' ? 'this login' : 'this address';
      const p = new ProblemError(429, 'too-many-sign-ins', 'Too many failed sign-ins', `too many failed sign-ins for ${who}; try again in ${verdict.retryAfterSeconds} s`);
      return c.json(p.toProblem(c.req.path), 429, { 'Retry-After': String(verdict.retryAfterSeconds), 'content-type': 'application/problem+json' });
    }
    const user = await checkCredentials(deps, a);
    if (typeof user === 'string') {
      await throttle.failure(a);
      await failed(deps, a, user);
      throw unauthorized(SIGN_IN_FAILED);
    }
    await throttle.success(a);
    const session = await deps.sessions.create(user.id, { userAgent: a.userAgent });
    try {
      await deps.audit.record({ action: 'auth.signed-in', actor: `user:${user.login}`, target: session.sessionId, details: { ip: a.ip, role: user.role } });
    } catch (err) {
      await deps.sessions.revoke(session.sessionId); // a sign-in the audit log does not show must not stay usable
      throw err;
    }
    deps.log?.info({ login: user.login, ip: a.ip }, 'signed in');
    const headers = { 'Set-Cookie': sessionCookie(session.token), 'Cache-Control': 'no-store' };
    return c.json({ user: toJson(user), expiresAt: session.expiresAt.toISOString() }, 200, headers);
  });
}

function registerSignOut(app: OpenAPIHono, deps: AuthRouteDeps): void {
  app.openapi(logoutRoute, async (c) => {
    const p = deps.principalOf(c);
    if (p.kind === 'user' && (await deps.sessions.revoke(p.sessionId))) {
      await deps.audit.record({ action: 'auth.signed-out', actor: `user:${p.login}`, target: p.sessionId, details: { ip: deps.clientIp(c) } });
    }
    return c.body(null, 204, { 'Set-Cookie': clearedSessionCookie() });
  });

  app.openapi(logoutEverywhereRoute, async (c) => {
    const p = signedIn(deps, c);
    const revoked = await deps.sessions.revokeAllOf(p.id);
    await deps.audit.record({ action: 'auth.signed-out-everywhere', actor: `user:${p.login}`, target: p.login, details: { ip: deps.clientIp(c), revoked } });
    deps.log?.info({ login: p.login, revoked }, 'signed out everywhere');
    return c.json({ revoked }, 200, { 'Set-Cookie': clearedSessionCookie() });
  });

  app.openapi(meRoute, async (c) => {
    const p = deps.principalOf(c);
    if (p.kind === 'anonymous') throw unauthorized('no one is signed in');
    return c.json(p, 200, { 'Cache-Control': 'no-store' });
  });
}

/** What changed about a user, as audit entries. */
const changeEvents = (before: User, after: User) => {
  const scope = (u: User) => ({ role: u.role, districts: u.districts, departments: u.departments });
  const scopeChanged = JSON.stringify(scope(before)) !== JSON.stringify(scope(after));
  return [
    ...(scopeChanged ? [{ action: 'user.role-changed' as const, details: { from: scope(before), to: scope(after) } }] : []),
    ...(before.disabled !== after.disabled ? [{ action: 'user.disabled' as const, details: { disabled: after.disabled } }] : []),
  ];
};

function registerUserManagement(app: OpenAPIHono, deps: AuthRouteDeps): void {
  app.openapi(createUserRoute, async (c) => {
    const admin = administrator(deps, c);
    const { password, ...body } = c.req.valid('json');
    const created = await deps.users.create({ ...body, passwordHash: await hashPassword(password) }).catch((err: unknown) => {
      throw asProblem(err);
    });
    const details = { role: created.role, districts: created.districts, departments: created.departments };
    await deps.audit.record({ action: 'user.created', actor: `user:${admin.login}`, target: created.login, details });
    deps.log?.info({ login: created.login, role: created.role, by: admin.login }, 'user created');
    return c.json(toJson(created), 201, { Location: `/api/v1/users/${created.login}` });
  });

  app.openapi(listUsersRoute, async (c) => {
    administrator(deps, c);
    return c.json({ users: (await deps.users.list()).map(toJson) }, 200);
  });

  app.openapi(changeUserRoute, async (c) => {
    const admin = administrator(deps, c);
    const { login } = c.req.valid('param');
    const changed = await deps.users.update(login, c.req.valid('json')).catch((err: unknown) => {
      throw asProblem(err);
    });
    if (!changed) throw notFound(`no user ${login}`);
    const { before, after } = changed;
    if (after.disabled && !before.disabled) await deps.sessions.revokeAllOf(after.id);
    for (const e of changeEvents(before, after)) await deps.audit.record({ ...e, actor: `user:${admin.login}`, target: login });
    deps.log?.info({ login, by: admin.login, role: after.role, disabled: after.disabled }, 'user changed');
    return c.json(toJson(after), 200);
  });
}

export function registerAuthRoutes(app: OpenAPIHono, deps: AuthRouteDeps): void {
  registerSignIn(app, deps);
  registerSignOut(app, deps);
  registerUserManagement(app, deps);
}
