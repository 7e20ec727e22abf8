import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import { createSessionStore, hashToken, LAST_SEEN_EVERY_MS, SESSION_TTL_MS } from './sessions.ts';
import { createUserStore } from './users.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');
const HASH = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=';

async function setup() {
  const temp = await migratedTempDatabase();
  const clock = { now: NOW };
  const users = createUserStore(temp.db, () => clock.now);
  const sessions = createSessionStore(temp.db, { now: () => clock.now });
  const lee = await users.create({ login: 'lee', role: 'district-head', districts: ['11680'], passwordHash: HASH });
  await users.create({ login: 'root', role: 'administrator', passwordHash: HASH });
  const lastSeen = async (id: string): Promise<number> =>
    (await temp.db.query<{ t: Date }>('select last_seen_at as t from sessions where id = $1', [id]))[0]!.t.getTime();
  return { ...temp, clock, users, sessions, lee, lastSeen };
}

test('a token is returned once, stored only as its SHA-256, and resolves to the principal', async (t) => {
  const s = await setup();
  try {
    const created = await s.sessions.create(s.lee.id, { userAgent: 'Chromium' });
    t.regex(created.token, /^[A-Za-z0-9_-]{43}$/);
    t.is(created.expiresAt.getTime(), NOW + SESSION_TTL_MS);
    const rows = await s.db.query<{ token_hash: string; user_agent: string }>('select token_hash, user_agent from sessions');
    t.deepEqual([...rows], [{ token_hash: hashToken(created.token), user_agent: 'Chromium' }]);
    t.false(JSON.stringify(rows).includes(created.token));

    t.deepEqual(await s.sessions.resolve(created.token), {
      kind: 'user',
      id: s.lee.id,
      login: 'lee',
      role: 'district-head',
      districts: ['11680'],
      departments: [],
      sessionId: created.sessionId,
    });
    const other = created.token.endsWith('A') ? 'B' : 'A';
    t.is(await s.sessions.resolve(`${created.token.slice(0, -1)}${other}`), null);
    t.is(await s.sessions.resolve('short'), null);
    t.is(await s.sessions.resolve(''), null);
    t.not((await s.sessions.create(s.lee.id)).token, created.token);
  } finally {
    await s.done();
  }
});

test('a session expires 12 h after sign-in however active it is; last_seen_at moves at most once a minute', async (t) => {
  const s = await setup();
  try {
    const { token, sessionId } = await s.sessions.create(s.lee.id);
    s.clock.now = NOW + LAST_SEEN_EVERY_MS - 1;
    t.truthy(await s.sessions.resolve(token));
    t.is(await s.lastSeen(sessionId), NOW);
    s.clock.now = NOW + LAST_SEEN_EVERY_MS;
    t.truthy(await s.sessions.resolve(token));
    t.is(await s.lastSeen(sessionId), NOW + LAST_SEEN_EVERY_MS);
    s.clock.now = NOW + LAST_SEEN_EVERY_MS + 30_000;
    await s.sessions.resolve(token);
    t.is(await s.lastSeen(sessionId), NOW + LAST_SEEN_EVERY_MS);

    s.clock.now = NOW + SESSION_TTL_MS - 1;
    t.truthy(await s.sessions.resolve(token));
    s.clock.now = NOW + SESSION_TTL_MS;
    t.is(await s.sessions.resolve(token), null);
  } finally {
    await s.done();
  }
});

test('revoking one session leaves the others; signing out everywhere revokes all of one user', async (t) => {
  const s = await setup();
  try {
    const root = (await s.users.byLogin('root'))!;
    const [a, b, c] = await Promise.all([s.sessions.create(s.lee.id), s.sessions.create(s.lee.id), s.sessions.create(root.id)]);
    t.true(await s.sessions.revoke(a.sessionId));
    t.false(await s.sessions.revoke(a.sessionId));
    t.false(await s.sessions.revoke('unknown'));
    t.is(await s.sessions.resolve(a.token), null);
    t.truthy(await s.sessions.resolve(b.token));

    const d = await s.sessions.create(s.lee.id);
    t.is(await s.sessions.revokeAllOf(s.lee.id), 2);
    t.is(await s.sessions.resolve(b.token), null);
    t.is(await s.sessions.resolve(d.token), null);
    t.is((await s.sessions.resolve(c.token))?.login, 'root');
    t.is(await s.sessions.revokeAllOf(s.lee.id), 0);
  } finally {
    await s.done();
  }
});

test("a disabled user's sessions stop resolving; a role change shows at the next request", async (t) => {
  const s = await setup();
  try {
    const { token } = await s.sessions.create(s.lee.id);
    await s.users.update('lee', { role: 'mayor' });
    t.like(await s.sessions.resolve(token), { role: 'mayor', districts: [] });
    await s.users.update('lee', { disabled: true });
    t.is(await s.sessions.resolve(token), null);
    await s.users.update('lee', { disabled: false });
    t.truthy(await s.sessions.resolve(token));
  } finally {
    await s.done();
  }
});

test('purge deletes sessions that ended before the given time', async (t) => {
  const s = await setup();
  try {
    const old = await s.sessions.create(s.lee.id);
    const revoked = await s.sessions.create(s.lee.id);
    await s.sessions.revoke(revoked.sessionId);
    s.clock.now = NOW + SESSION_TTL_MS - 60_000;
    const fresh = await s.sessions.create(s.lee.id);
    t.is(await s.sessions.purge(new Date(NOW + SESSION_TTL_MS + 1)), 2);
    t.is(await s.sessions.resolve(old.token), null);
    t.truthy(await s.sessions.resolve(fresh.token));
  } finally {
    await s.done();
  }
});
