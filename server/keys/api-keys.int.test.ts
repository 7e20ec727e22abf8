import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import type { KeyScope } from '../contracts/access.ts';
import { createDbKeyStore, KeyRecordError } from './api-keys.ts';
import { hashKey } from './key-material.ts';
import { KeyRequestError } from './rules.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');
const DAY = 86_400_000;
const scope: KeyScope = { districts: ['11680'], resources: ['air', 'stations'], access: 'read' };

test('create returns the key once; the database holds its hash and prefix only; list and get never show the hash', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const store = createDbKeyStore(db, () => NOW);
    const { key, info } = await store.create({ name: 'Gangnam air board', scope, days: 30, createdBy: 'user:admin' });
    t.regex(key, /^scpm_[A-Za-z0-9_-]{43}$/);
    t.like(info, { name: 'Gangnam air board', prefix: key.slice(0, 12), scope, rateLimit: 600, createdBy: 'user:admin', status: 'active' });
    t.is(info.expiresAt.getTime(), NOW + 30 * DAY);
    const [row] = await db.query<Record<string, unknown>>('SELECT * FROM api_keys');
    t.is(row?.['key_hash'], hashKey(key));
    t.false(JSON.stringify(row).includes(key), 'the plain key is not stored');
    const listed = await store.list();
    t.deepEqual(listed, [info]);
    t.false('keyHash' in (listed[0] ?? {}));
    t.deepEqual(await store.get(info.id), info);
    t.is(await store.get('key_0000000000000000'), null);
  } finally {
    await done();
  }
});

test('an invalid request stores nothing', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const store = createDbKeyStore(db, () => NOW);
    await t.throwsAsync(store.create({ name: 'x', scope: { ...scope, districts: ['11999'] }, createdBy: 'cli:ops' }), { instanceOf: KeyRequestError });
    await t.throwsAsync(store.create({ name: 'x', scope, days: 400, createdBy: 'cli:ops' }), { instanceOf: KeyRequestError });
    t.deepEqual(await store.list(), []);
  } finally {
    await done();
  }
});

test('resolve: the principal of an active key; unknown, expired and revoked keys are refused with their reason', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    let now = NOW;
    const store = createDbKeyStore(db, () => now);
    const { key, info } = await store.create({ name: 'board', scope, days: 1, rateLimit: 120, createdBy: 'cli:ops' });
    t.deepEqual(await store.resolve(key), { ok: true, principal: { kind: 'key', id: info.id, name: 'board', scope }, rateLimit: 120 });
    t.deepEqual(await store.resolve('scpm_' + 'A'.repeat(43)), { ok: false, reason: 'unknown' });
    t.deepEqual(await store.resolve('not a key'), { ok: false, reason: 'unknown' });
    now = NOW + DAY;
    t.deepEqual(await store.resolve(key), { ok: false, reason: 'expired' });
    t.is((await store.get(info.id))?.status, 'expired');
    now = NOW;
    const revoked = await store.revoke(info.id);
    t.like(revoked, { found: true, revokedNow: true });
    t.deepEqual(await store.resolve(key), { ok: false, reason: 'revoked' });
  } finally {
    await done();
  }
});

test('last_used_at is written on first use and then at most once a minute', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    let now = NOW;
    const store = createDbKeyStore(db, () => now);
    const { key, info } = await store.create({ name: 'board', scope, createdBy: 'cli:ops' });
    const lastUsed = async () => (await store.get(info.id))?.lastUsedAt?.getTime() ?? null;
    t.is(await lastUsed(), null);
    await store.resolve(key);
    t.is(await lastUsed(), NOW);
    now = NOW + 59_000;
    await store.resolve(key);
    t.is(await lastUsed(), NOW);
    now = NOW + 60_000;
    await Promise.all([store.resolve(key), store.resolve(key), store.resolve(key)]);
    t.is(await lastUsed(), NOW + 60_000);
  } finally {
    await done();
  }
});

test('revoke sets revoked_at once; a second revoke or an unknown id changes nothing', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    let now = NOW;
    const store = createDbKeyStore(db, () => now);
    const { info } = await store.create({ name: 'board', scope, createdBy: 'cli:ops' });
    const first = await store.revoke(info.id);
    t.true(first.found && first.revokedNow && first.info.revokedAt?.getTime() === NOW && first.info.status === 'revoked');
    now = NOW + 5000;
    const [a, b] = await Promise.all([store.revoke(info.id), store.revoke(info.id)]);
    t.true(a?.found && !a.revokedNow && a.info.revokedAt?.getTime() === NOW);
    t.true(b?.found && !b.revokedNow);
    t.deepEqual(await store.revoke('key_0000000000000000'), { found: false });
  } finally {
    await done();
  }
});

test('two keys never share a hash (unique index); a stored scope that is not one is reported', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const store = createDbKeyStore(db, () => NOW);
    const { info } = await store.create({ name: 'board', scope, createdBy: 'cli:ops' });
    const [row] = await db.query<{ key_hash: string }>('SELECT key_hash FROM api_keys');
    await t.throwsAsync(
      db.query(`INSERT INTO api_keys (id, name, prefix, key_hash, scope, rate_limit, created_by, expires_at) VALUES ('key_1111111111111111', 'dup', 'scpm_x', $1, '{}', 1, 'x', now())`, [row?.key_hash]),
    );
    await db.query(`UPDATE api_keys SET scope = '{"districts":"all"}' WHERE id = $1`, [info.id]);
    await t.throwsAsync(store.list(), { instanceOf: KeyRecordError });
  } finally {
    await done();
  }
});
