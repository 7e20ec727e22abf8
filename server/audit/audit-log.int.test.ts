import test from 'ava';
import { openDatabase } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { migratedTempDatabase, testLogger } from '../../db/testing/temp-database.ts';
import type { AuditAction } from '../contracts/access.ts';
import { GENESIS, verifyChain, type StoredAuditEntry } from './chain.ts';
import { createAuditLog } from './audit-log.ts';

const T0 = Date.parse('2026-03-01T09:00:00.000Z');

/** A clock that moves 1 s per reading. */
const ticking = (): (() => number) => {
  let t = T0;
  return () => (t += 1000);
};

const ACTIONS: AuditAction[] = ['auth.signed-in', 'camera.viewed', 'wall.command'];

const collect = async (it: AsyncIterable<string>): Promise<string[]> => {
  const out: string[] = [];
  for await (const line of it) out.push(line);
  return out;
};

const fromNdjson = (line: string): StoredAuditEntry => {
  const j = JSON.parse(line) as StoredAuditEntry & { at: string };
  return { ...j, at: new Date(j.at) };
};

test('appends chain from genesis; list filters and pages by seq in both orders', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const log = createAuditLog(db, { now: ticking() });
    const first = await log.append({ action: 'auth.signed-in', actor: 'user:kim', target: 'session:1', details: { ip: '10.0.0.1', at: new Date(T0) } });
    t.like(first, { seq: 1, prevHash: GENESIS, target: 'session:1', details: { ip: '10.0.0.1', at: new Date(T0).toISOString() } });
    for (let i = 2; i <= 10; i++) await log.record({ action: ACTIONS[i % 3] as AuditAction, actor: `user:u${i % 2}` });

    const all = await log.list({ limit: 1000 });
    t.deepEqual(all.entries.map((e) => e.seq), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    t.is(all.next, null);
    t.is(all.entries[1]?.prevHash, first.hash);
    t.deepEqual(all.entries[0], first);
    t.deepEqual(await log.verify(), { ok: true, count: 10, head: all.entries[9]?.hash ?? '' });

    const p1 = await log.list({ limit: 4 });
    const p2 = await log.list({ limit: 4, after: p1.next ?? 0 });
    t.deepEqual([p1.next, p2.next], [4, 8]);
    t.deepEqual(p2.entries.map((e) => e.seq), [5, 6, 7, 8]);
    const newest = await log.list({ limit: 3, order: 'desc' });
    t.deepEqual(newest.entries.map((e) => e.seq), [10, 9, 8]);
    t.deepEqual((await log.list({ order: 'desc', after: newest.next ?? 0, limit: 2 })).entries.map((e) => e.seq), [7, 6]);

    t.deepEqual((await log.list({ action: 'camera.viewed' })).entries.map((e) => e.seq), [4, 7, 10]);
    t.deepEqual((await log.list({ actor: 'user:u1', action: 'camera.viewed' })).entries.map((e) => e.seq), [7]);
    const window = { from: new Date(T0 + 3000), to: new Date(T0 + 6000) };
    t.deepEqual((await log.list(window)).entries.map((e) => e.seq), [3, 4, 5]);
  } finally {
    await done();
  }
});

test('50 appends in parallel from two connections give a gapless verified chain', async (t) => {
  const { db, url, done } = await migratedTempDatabase();
  const other = await openDatabase({ url, poolSize: 4 }, testLogger());
  try {
    const a = createAuditLog(db);
    const b = createAuditLog(other);
    const appended = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? a : b).append({ action: 'wall.command', actor: `user:w${i}`, details: { i } })),
    );
    t.deepEqual(appended.map((e) => e.seq).sort((x, y) => x - y), Array.from({ length: 50 }, (_, i) => i + 1));
    t.like(await a.verify(), { ok: true, count: 50 });
    const [n] = await db.query<{ n: number; max: number }>(`SELECT count(*)::int AS n, max(seq)::int AS max FROM audit_log`);
    t.deepEqual(n, { n: 50, max: 50 });
  } finally {
    await other.close();
    await done();
  }
});

test('UPDATE, DELETE and TRUNCATE are refused by the database', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const log = createAuditLog(db);
    await log.record({ action: 'user.created', actor: 'system', target: 'user:kim' });
    await t.throwsAsync(db.query(`UPDATE audit_log SET actor = 'user:mallory' WHERE seq = 1`), { message: /append-only: UPDATE/ });
    await t.throwsAsync(db.query(`DELETE FROM audit_log WHERE seq = 1`), { message: /append-only: DELETE/ });
    await t.throwsAsync(db.query(`TRUNCATE audit_log`), { message: /append-only: TRUNCATE/ });
    t.like((await log.list()).entries[0], { seq: 1, actor: 'system' });
    t.like(await log.verify(), { ok: true, count: 1 });
  } finally {
    await done();
  }
});

test('with the trigger dropped, an edited or deleted row is reported by verify at its seq', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const log = createAuditLog(db, { now: ticking(), pageSize: 3 });
    for (let i = 1; i <= 12; i++) await log.record({ action: 'camera.viewed', actor: 'user:park', target: `camera:${i}`, details: { i } });
    t.like(await log.verify(), { ok: true, count: 12 });

    await db.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await db.query(`UPDATE audit_log SET details = '{"i": 80}' WHERE seq = 8`);
    t.like(await log.verify(), { ok: false, seq: 8, kind: 'changed' });
    await db.query(`DELETE FROM audit_log WHERE seq = 5`);
    t.like(await log.verify(), { ok: false, seq: 5, kind: 'deleted' });
    await db.query(`UPDATE audit_log SET at = at + interval '1 microsecond' WHERE seq = 2`);
    t.like(await log.verify(), { ok: false, seq: 2, kind: 'changed' });
  } finally {
    await done();
  }
});

test('swapping the seq of two rows is reported as a reorder at the earlier one', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const log = createAuditLog(db, { now: ticking() });
    for (let i = 1; i <= 6; i++) await log.record({ action: 'config.changed', actor: 'user:admin', details: { i } });
    await db.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await db.query(`UPDATE audit_log SET seq = CASE seq WHEN 3 THEN -5 WHEN 5 THEN 3 END WHERE seq IN (3, 5)`);
    await db.query(`UPDATE audit_log SET seq = 5 WHERE seq = -5`);
    t.like(await log.verify(), { ok: false, seq: 3, kind: 'reordered' });
  } finally {
    await done();
  }
});

test('exports stream every matching entry as NDJSON (verifiable) or CSV', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const log = createAuditLog(db, { now: ticking(), pageSize: 4 });
    for (let i = 1; i <= 9; i++) await log.record({ action: ACTIONS[i % 3] as AuditAction, actor: 'user:kim', details: { note: `a,"b"\n${i}` } });
    const nd = await collect(log.exportNdjson());
    t.is(nd.length, 9);
    t.like(verifyChain(nd.map(fromNdjson)), { ok: true, count: 9 });
    const csv = await collect(log.exportCsv({ from: new Date(T0 + 3000), to: new Date(T0 + 6000) }));
    t.is(csv[0], 'seq,at,action,actor,target,details,prev_hash,hash\r\n');
    t.deepEqual(csv.slice(1).map((l) => l.split(',')[0]), ['3', '4', '5']);
    t.deepEqual(await collect(log.exportNdjson({ action: 'data.exported' })), []);
  } finally {
    await done();
  }
});

test('embedded PGlite: the migration makes the log append-only there too', async (t) => {
  const log = testLogger();
  const db = await openDatabase({ embedded: {} }, log);
  try {
    await migrate(db, log);
    const audit = createAuditLog(db);
    await Promise.all(Array.from({ length: 5 }, (_, i) => audit.record({ action: 'auth.signed-in', actor: `user:p${i}` })));
    t.like(await audit.verify(), { ok: true, count: 5 });
    await t.throwsAsync(db.query(`UPDATE audit_log SET actor = 'x'`), { message: /append-only: UPDATE/ });
    await t.throwsAsync(db.query(`DELETE FROM audit_log`), { message: /append-only: DELETE/ });
    await db.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await db.query(`UPDATE audit_log SET actor = 'user:mallory' WHERE seq = 4`);
    t.like(await audit.verify(), { ok: false, seq: 4, kind: 'changed' });
  } finally {
    await db.close();
  }
});
