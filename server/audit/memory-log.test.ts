import test from 'ava';
import type { AuditAction } from '../contracts/access.ts';
import { verifyChain, type StoredAuditEntry } from './chain.ts';
import { memoryAuditLog } from './memory-log.ts';

const T0 = Date.parse('2026-03-01T09:00:00.000Z');
const ACTIONS: AuditAction[] = ['auth.signed-in', 'camera.viewed', 'wall.command'];

const filled = async () => {
  let t = T0;
  const log = memoryAuditLog(() => (t += 1000));
  for (let i = 1; i <= 10; i++) await log.record({ action: ACTIONS[i % 3] as AuditAction, actor: `user:u${i % 2}`, details: { i } });
  return log;
};

const collect = async (it: AsyncIterable<string>): Promise<string[]> => {
  const out: string[] = [];
  for await (const x of it) out.push(x);
  return out;
};

test('behaves as the store: filters, keyset pages in both orders', async (t) => {
  const log = await filled();
  const p1 = await log.list({ limit: 4 });
  const p2 = await log.list({ limit: 4, after: p1.next ?? 0 });
  t.deepEqual([p1.next, p2.next], [4, 8]);
  t.deepEqual(p2.entries.map((e) => e.seq), [5, 6, 7, 8]);
  t.deepEqual((await log.list({ after: 8 })).next, null);
  const newest = await log.list({ limit: 3, order: 'desc' });
  t.deepEqual(newest.entries.map((e) => e.seq), [10, 9, 8]);
  t.deepEqual((await log.list({ order: 'desc', after: 8, limit: 2 })).entries.map((e) => e.seq), [7, 6]);
  t.deepEqual((await log.list({ action: 'camera.viewed' })).entries.map((e) => e.seq), [1, 4, 7, 10]);
  t.deepEqual((await log.list({ actor: 'user:u1', action: 'camera.viewed' })).entries.map((e) => e.seq), [1, 7]);
  t.deepEqual((await log.list({ from: new Date(T0 + 3000), to: new Date(T0 + 6000) })).entries.map((e) => e.seq), [3, 4, 5]);
});

test('exports and verify; tampering with an entry is reported', async (t) => {
  const log = await filled();
  t.is((await collect(log.exportNdjson())).length, 10);
  t.is((await collect(log.exportCsv({ action: 'wall.command' }))).length, 1 + 3);
  t.deepEqual(await log.verify(), verifyChain(log.entries));
  t.like(await log.verify(), { ok: true, count: 10 });
  log.entries[6] = { ...(log.entries[6] as StoredAuditEntry), actor: 'user:mallory' };
  t.like(await log.verify(), { ok: false, seq: 7, kind: 'changed' });
});
