import test, { type ExecutionContext } from 'ava';
import { OpenAPIHono } from '@hono/zod-openapi';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import { scryptSync } from 'node:crypto';
import { memoryAuditSink, type AuditSink } from '../audit/port.ts';
import { ANONYMOUS, type Principal } from '../contracts/access.ts';
import { invalidRequest, ProblemError } from '../http/problem.ts';
import { SESSION_COOKIE, sessionTokenOf } from './cookie.ts';
import { hashPassword, parsePasswordHash, verifyPassword } from './passwords.ts';
import { registerAuthRoutes, SIGN_IN_FAILED } from './routes.ts';
import { createSessionStore } from './sessions.ts';
import { createMemoryLoginThrottle, type LoginThrottle } from './throttle.ts';
import { createUserStore } from './users.ts';

const PASSWORD = 'a long enough passphrase';
const j = (r: Response): Promise<any> => r.json();

/** The app as the lead wires it: a middleware resolves the cookie (or a test key header) into the principal. */
async function setup(opts: { failAudit?: boolean; throttle?: LoginThrottle } = {}) {
  const temp = await migratedTempDatabase();
  const users = createUserStore(temp.db);
  const sessions = createSessionStore(temp.db);
  const audit = memoryAuditSink();
  const sink: AuditSink = opts.failAudit ? { record: () => Promise.reject(new Error('the audit log is unavailable')) } : audit;
  const app = new OpenAPIHono<{ Variables: { principal: Principal } }>({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.error.issues, result.target);
    },
  });
  app.use('*', async (c, next) => {
    const token = sessionTokenOf(c);
    const user = token === null ? null : await sessions.resolve(token);
    const key: Principal = { kind: 'key', id: 'key_1', name: 'Gangnam', scope: { districts: ['11680'], resources: ['air'], access: 'read' } };
    c.set('principal', user ?? (c.req.header('x-test-key') ? key : ANONYMOUS));
    await next();
  });
  registerAuthRoutes(app as unknown as OpenAPIHono, {
    users,
    sessions,
    audit: sink,
    throttle: opts.throttle ?? createMemoryLoginThrottle(),
    principalOf: (c) => (c.get('principal') as Principal | undefined) ?? ANONYMOUS,
    clientIp: (c) => c.req.header('x-test-ip') ?? '192.0.2.1',
  });
  app.onError((err, c) => {
    if (!(err instanceof ProblemError)) return c.json({ status: 500, detail: err.message }, 500);
    return c.json(err.toProblem(c.req.path), err.status, { 'content-type': 'application/problem+json' });
  });
  const hash = await hashPassword(PASSWORD);
  await users.create({ login: 'root', role: 'administrator', passwordHash: hash });
  await users.create({ login: 'lee', role: 'district-head', districts: ['11680'], passwordHash: hash });
  const post = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const login = (user: string, password = PASSWORD, ip?: string) => post('/api/v1/auth/login', { login: user, password }, ip ? { 'x-test-ip': ip } : {});
  const cookieOf = async (user: string): Promise<string> => {
    const r = await login(user);
    return (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  return { ...temp, app, users, sessions, audit, post, login, cookieOf };
}

type Setup = Awaited<ReturnType<typeof setup>>;

const withApp = (title: string, fn: (t: ExecutionContext, s: Setup) => Promise<void>) =>
  test(title, async (t) => {
    const s = await setup();
    try {
      await fn(t, s);
    } finally {
      await s.done();
    }
  });

withApp('signing in sets the session cookie; it identifies the person until they sign out', async (t, s) => {
  const r = await s.login('Lee', PASSWORD, '198.51.100.4');
  t.is(r.status, 200);
  const setCookie = r.headers.get('set-cookie') ?? '';
  t.regex(setCookie, new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=43200$`));
  const body = await j(r);
  t.like(body.user, { login: 'lee', role: 'district-head', districts: ['11680'], disabled: false });
  t.false('passwordHash' in body.user);
  t.truthy(Date.parse(body.expiresAt));
  t.like(s.audit.events.at(-1), { action: 'auth.signed-in', actor: 'user:lee', details: { ip: '198.51.100.4', role: 'district-head' } });
  t.false(JSON.stringify(s.audit.events).includes(PASSWORD));

  const cookie = setCookie.split(';')[0]!;
  const me = await s.app.request('/api/v1/auth/me', { headers: { cookie } });
  t.is(me.status, 200);
  t.like(await j(me), { kind: 'user', login: 'lee', role: 'district-head', districts: ['11680'] });

  const out = await s.post('/api/v1/auth/logout', undefined, { cookie });
  t.is(out.status, 204);
  t.is(out.headers.get('set-cookie'), `${SESSION_COOKIE}=; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=0`);
  t.like(s.audit.events.at(-1), { action: 'auth.signed-out', actor: 'user:lee' });
  t.is((await s.app.request('/api/v1/auth/me', { headers: { cookie } })).status, 401);
  t.is((await s.post('/api/v1/auth/logout', undefined, { cookie })).status, 204);
  t.is(s.audit.events.filter((e) => e.action === 'auth.signed-out').length, 1);
});

withApp('unknown login, wrong password and disabled user get one and the same answer', async (t, s) => {
  await s.users.update('lee', { disabled: true });
  const answers = await Promise.all([s.login('nobody'), s.login('root', 'not the password at all'), s.login('lee')]);
  const bodies = await Promise.all(answers.map(j));
  t.deepEqual(answers.map((r) => r.status), [401, 401, 401]);
  t.true(answers.every((r) => r.headers.get('set-cookie') === null));
  t.deepEqual(bodies.map((b) => b.detail), [SIGN_IN_FAILED, SIGN_IN_FAILED, SIGN_IN_FAILED]);
  t.is(new Set(bodies.map((b) => JSON.stringify(b))).size, 1);
  const failures = s.audit.events.filter((e) => e.action === 'auth.sign-in-failed');
  t.deepEqual(failures.map((e) => [e.target, e.details?.['reason']]).sort(), [['lee', 'disabled'], ['nobody', 'unknown-login'], ['root', 'wrong-password']]);
  t.true(failures.every((e) => e.actor === 'anonymous'));
  t.is((await s.post('/api/v1/auth/login', { login: 'root' })).status, 400);
  t.is((await s.post('/api/v1/auth/login', { login: 'root', password: PASSWORD, extra: 1 })).status, 400);
});

withApp('five failures refuse the login with 429 and Retry-After, even with the right password', async (t, s) => {
  for (let i = 0; i < 5; i++) t.is((await s.login('root', 'wrong password here', `10.0.0.${i}`)).status, 401);
  const refused = await s.login('root');
  t.is(refused.status, 429);
  t.is(refused.headers.get('retry-after'), '900');
  t.is(refused.headers.get('content-type'), 'application/problem+json');
  t.regex((await j(refused)).detail, /this login; try again in 900 s/);
  t.like(s.audit.events.at(-1), { action: 'auth.sign-in-failed', target: 'root', details: { reason: 'throttled' } });
  t.is((await s.login('lee')).status, 200);
});

withApp("a successful sign-in clears the login's failures; twenty from one address refuse it", async (t, s) => {
  for (let i = 0; i < 4; i++) await s.login('lee', 'wrong password here', '10.1.1.1');
  t.is((await s.login('lee', PASSWORD, '10.1.1.1')).status, 200);
  for (let i = 0; i < 4; i++) await s.login('lee', 'wrong password here', '10.1.1.1');
  t.is((await s.login('lee', PASSWORD, '10.1.1.1')).status, 200);
  for (let i = 0; i < 12; i++) await s.login(`guess${i}`, 'wrong password here', '10.1.1.1');
  const refused = await s.login('root', PASSWORD, '10.1.1.1');
  t.is(refused.status, 429);
  t.regex((await j(refused)).detail, /this address/);
  t.is((await s.login('root', PASSWORD, '10.1.1.2')).status, 200);
});

withApp('signing out everywhere ends every session of that person only', async (t, s) => {
  const [a, b, other] = [await s.cookieOf('lee'), await s.cookieOf('lee'), await s.cookieOf('root')];
  const r = await s.post('/api/v1/auth/logout-everywhere', undefined, { cookie: a });
  t.is(r.status, 200);
  t.deepEqual(await j(r), { revoked: 2 });
  t.regex(r.headers.get('set-cookie') ?? '', /Max-Age=0$/);
  t.like(s.audit.events.at(-1), { action: 'auth.signed-out-everywhere', actor: 'user:lee', details: { revoked: 2 } });
  for (const cookie of [a, b]) t.is((await s.app.request('/api/v1/auth/me', { headers: { cookie } })).status, 401);
  t.is((await s.app.request('/api/v1/auth/me', { headers: { cookie: other } })).status, 200);
  t.is((await s.post('/api/v1/auth/logout-everywhere')).status, 401);
  t.is((await s.post('/api/v1/auth/logout-everywhere', undefined, { 'x-test-key': '1' })).status, 401);
});

withApp('who am I: the key for an API key, 401 for an anonymous visitor', async (t, s) => {
  const key = await s.app.request('/api/v1/auth/me', { headers: { 'x-test-key': '1' } });
  t.like(await j(key), { kind: 'key', id: 'key_1' });
  const anon = await s.app.request('/api/v1/auth/me');
  t.is(anon.status, 401);
  t.is(anon.headers.get('content-type'), 'application/problem+json');
});

withApp('only an administrator manages users', async (t, s) => {
  const lee = await s.cookieOf('lee');
  const body = { login: 'park', role: 'mayor', password: PASSWORD };
  t.is((await s.post('/api/v1/users', body)).status, 401);
  t.is((await s.post('/api/v1/users', body, { cookie: lee })).status, 403);
  t.is((await s.post('/api/v1/users', body, { 'x-test-key': '1' })).status, 403);
  t.is((await s.app.request('/api/v1/users', { headers: { cookie: lee } })).status, 403);
  const patch = await s.app.request('/api/v1/users/lee', { method: 'PATCH', headers: { cookie: lee, 'content-type': 'application/json' }, body: '{"role":"mayor"}' });
  t.is(patch.status, 403);
  t.is((await s.users.byLogin('lee'))?.role, 'district-head');
  t.false(s.audit.events.some((e) => e.action.startsWith('user.')));
});

withApp('an administrator creates and lists users; the scope and the password policy are checked', async (t, s) => {
  const headers = { cookie: await s.cookieOf('root') };
  const created = await s.post('/api/v1/users', { login: 'kim.official', displayName: '김공무', role: 'official', departments: ['air-quality'], password: PASSWORD }, headers);
  t.is(created.status, 201);
  t.is(created.headers.get('location'), '/api/v1/users/kim.official');
  t.like(await j(created), { login: 'kim.official', displayName: '김공무', role: 'official', departments: ['air-quality'], districts: [] });
  t.like(s.audit.events.at(-1), { action: 'user.created', actor: 'user:root', target: 'kim.official', details: { role: 'official' } });
  t.is((await s.login('kim.official')).status, 200);

  t.is((await s.post('/api/v1/users', { login: 'kim.official', role: 'mayor', password: PASSWORD }, headers)).status, 409);
  const noGu = await j(await s.post('/api/v1/users', { login: 'head', role: 'district-head', password: PASSWORD }, headers));
  t.is(noGu.status, 400);
  t.deepEqual(noGu.errors, [{ field: 'districts', message: 'a district head is responsible for exactly one gu' }]);
  const weak = await j(await s.post('/api/v1/users', { login: 'weak', role: 'mayor', password: 'short' }, headers));
  t.regex(weak.detail, /password: a password needs at least 12 characters/);
  t.is((await s.post('/api/v1/users', { login: 'pub', role: 'public', password: PASSWORD }, headers)).status, 400);
  t.is((await s.post('/api/v1/users', { login: 'Bad Login', role: 'mayor', password: PASSWORD }, headers)).status, 400);

  const list = await j(await s.app.request('/api/v1/users', { headers }));
  t.deepEqual(list.users.map((u: { login: string }) => u.login), ['kim.official', 'lee', 'root']);
  t.false(JSON.stringify(list).includes('scrypt'));
});

withApp('an administrator changes roles and disables users; their sessions end; the last administrator stays', async (t, s) => {
  const headers = { cookie: await s.cookieOf('root'), 'content-type': 'application/json' };
  const patch = (login: string, body: unknown) => s.app.request(`/api/v1/users/${login}`, { method: 'PATCH', headers, body: JSON.stringify(body) });
  const lee = await s.cookieOf('lee');

  const moved = await patch('lee', { role: 'deputy-mayor' });
  t.is(moved.status, 200);
  t.like(await j(moved), { role: 'deputy-mayor', districts: [] });
  t.deepEqual(s.audit.events.at(-1), {
    action: 'user.role-changed',
    actor: 'user:root',
    target: 'lee',
    details: { from: { role: 'district-head', districts: ['11680'], departments: [] }, to: { role: 'deputy-mayor', districts: [], departments: [] } },
  });
  t.like(await j(await s.app.request('/api/v1/auth/me', { headers: { cookie: lee } })), { role: 'deputy-mayor' });

  const off = await patch('lee', { disabled: true });
  t.true((await j(off)).disabled);
  t.like(s.audit.events.at(-1), { action: 'user.disabled', target: 'lee', details: { disabled: true } });
  t.is((await s.app.request('/api/v1/auth/me', { headers: { cookie: lee } })).status, 401);
  t.is((await s.db.query(`select 1 from sessions s join users u on u.id = s.user_id where u.login = 'lee' and s.revoked_at is null`)).length, 0);

  const count = s.audit.events.length;
  t.is((await patch('lee', { displayName: 'Lee' })).status, 200);
  t.is(s.audit.events.length, count);
  t.is((await patch('ghost', { disabled: true })).status, 404);
  t.is((await patch('lee', {})).status, 400);
  t.is((await patch('lee', { role: 'district-head' })).status, 400);
  t.is((await patch('lee', { districts: ['11680'], role: 'district-head', extra: true })).status, 400);
  const last = await patch('root', { role: 'mayor' });
  t.is(last.status, 409);
  t.regex((await j(last)).detail, /last enabled administrator/);
});

withApp('a hash with weaker parameters is replaced at the next sign-in', async (t, s) => {
  const salt = Buffer.from('0123456789abcdef');
  const weak = `scrypt$16384$8$1$${salt.toString('base64')}$${scryptSync(PASSWORD, salt, 32, { N: 16384 }).toString('base64')}`;
  await s.users.create({ login: 'old.timer', role: 'auditor', passwordHash: weak });
  t.is((await s.login('old.timer')).status, 200);
  const now = (await s.users.byLogin('old.timer'))?.passwordHash ?? '';
  t.is(parsePasswordHash(now)?.N, 32768);
  t.true(await verifyPassword(PASSWORD, now));
});

test('a sign-in the audit log cannot record fails and leaves no usable session', async (t) => {
  const s = await setup({ failAudit: true });
  try {
    const r = await s.login('lee');
    t.is(r.status, 500);
    t.is(r.headers.get('set-cookie'), null);
    t.is((await s.db.query('select 1 from sessions where revoked_at is null')).length, 0);
    t.is((await s.db.query('select 1 from sessions')).length, 1);
  } finally {
    await s.done();
  }
});

test('when the throttle counters are unreachable, sign-ins still work', async (t) => {
  const down = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379'));
  const s = await setup({ throttle: { check: down, recordFailure: down, recordSuccess: down } });
  try {
    t.is((await s.login('lee', 'wrong password here')).status, 401);
    t.is((await s.login('lee')).status, 200);
  } finally {
    await s.done();
  }
});
