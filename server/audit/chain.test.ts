import { createHash } from 'node:crypto';
import test from 'ava';
import {
  canonicalEntry,
  canonicalJson,
  createChainVerifier,
  GENESIS,
  hashEntry,
  isoTime,
  nextEntry,
  storableDetails,
  storableText,
  verifyChain,
  type AuditEntry,
  type StoredAuditEntry,
} from './chain.ts';

const T0 = Date.parse('2026-03-01T09:00:00.000Z');

const events: Omit<AuditEntry, 'seq'>[] = [
  { at: new Date(T0), action: 'auth.signed-in', actor: 'user:kim.minsu', target: null, details: { ip: '10.0.0.1' } },
  { at: new Date(T0 + 1), action: 'auth.sign-in-failed', actor: 'anonymous', target: 'user:lee', details: { reason: 'password' } },
  { at: new Date(T0 + 2), action: 'camera.viewed', actor: 'user:park', target: 'camera:11680-004', details: {} },
  { at: new Date(T0 + 3), action: 'key.created', actor: 'user:admin', target: 'key:k1', details: { scope: { districts: ['11680'], access: 'read' } } },
  { at: new Date(T0 + 4), action: 'wall.command', actor: 'user:mayor', target: 'wall:main', details: { screen: 'air', n: 3.5 } },
  { at: new Date(T0 + 5), action: 'audit.exported', actor: 'cli:ops', target: null, details: { format: 'csv' } },
];

const chain = (): StoredAuditEntry[] => {
  const out: StoredAuditEntry[] = [];
  for (const e of events) out.push(nextEntry(out.at(-1) ?? null, e));
  return out;
};

const bySeq = (entries: StoredAuditEntry[]): StoredAuditEntry[] => [...entries].sort((a, b) => a.seq - b.seq);

test('canonical JSON sorts keys at every depth, drops whitespace and writes UTC times', (t) => {
  t.is(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' } }), '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}');
  const e: AuditEntry = { seq: 7, at: new Date('2026-03-01T18:00:00+09:00'), action: 'user.created', actor: 'system', target: null, details: { b: 2, a: 1 } };
  t.is(canonicalEntry(e), '{"action":"user.created","actor":"system","at":"2026-03-01T09:00:00.000Z","details":{"a":1,"b":2},"seq":7,"target":null}');
  t.is(isoTime({ at: e.at, atMicros: 7 }), '2026-03-01T09:00:00.000007Z');
});

test('the hash is SHA-256 hex of prevHash, a newline and the canonical entry', (t) => {
  const e: AuditEntry = { seq: 1, at: new Date(T0), action: 'auth.signed-in', actor: 'user:kim', target: 'session:s1', details: { y: [1, 'x'], x: true } };
  const canonical = '{"action":"auth.signed-in","actor":"user:kim","at":"2026-03-01T09:00:00.000Z","details":{"x":true,"y":[1,"x"]},"seq":1,"target":"session:s1"}';
  t.is(hashEntry(e, GENESIS), createHash('sha256').update(`${GENESIS}\n${canonical}`).digest('hex'));
  t.is(hashEntry({ ...e, details: { x: true, y: [1, 'x'] } }, GENESIS), hashEntry(e, GENESIS));
  t.not(hashEntry(e, 'f'.repeat(64)), hashEntry(e, GENESIS));
  t.is(GENESIS, '0'.repeat(64));
});

test('an intact chain verifies; an empty one has the genesis head', (t) => {
  const entries = chain();
  t.deepEqual(verifyChain(entries), { ok: true, count: 6, head: entries[5]?.hash ?? '' });
  t.deepEqual(verifyChain([]), { ok: true, count: 0, head: GENESIS });
  t.is(entries[0]?.prevHash, GENESIS);
  t.deepEqual(entries.map((e) => e.seq), [1, 2, 3, 4, 5, 6]);
});

const edits: Record<string, (e: StoredAuditEntry) => StoredAuditEntry> = {
  at: (e) => ({ ...e, at: new Date(e.at.getTime() + 1) }),
  'at, by a microsecond': (e) => ({ ...e, atMicros: 1 }),
  action: (e) => ({ ...e, action: 'config.changed' }),
  actor: (e) => ({ ...e, actor: `${e.actor}x` }),
  target: (e) => ({ ...e, target: e.target === null ? 'x' : null }),
  details: (e) => ({ ...e, details: { ...e.details, added: 1 } }),
  'nested details': (e) => ({ ...e, details: { ...e.details, ip: '10.0.0.2' } }),
  prevHash: (e) => ({ ...e, prevHash: 'a'.repeat(64) }),
  hash: (e) => ({ ...e, hash: 'b'.repeat(64) }),
};

test('editing any field of any entry is detected at that entry', (t) => {
  for (const [field, edit] of Object.entries(edits)) {
    for (let i = 0; i < events.length; i++) {
      const entries = chain();
      entries[i] = edit(entries[i] as StoredAuditEntry);
      const r = verifyChain(entries);
      t.like(r, { ok: false, seq: i + 1, kind: 'changed' }, `${field} of entry ${i + 1}`);
    }
  }
});

test('editing an entry and recomputing its hash breaks the link of the next one', (t) => {
  const entries = chain();
  const e = { ...(entries[2] as StoredAuditEntry), actor: 'user:someone-else' };
  entries[2] = { ...e, hash: hashEntry(e, e.prevHash) };
  t.like(verifyChain(entries), { ok: false, seq: 4, kind: 'deleted' });
});

test('an entry whose seq was edited is missing from its place', (t) => {
  const entries = chain();
  entries[2] = { ...(entries[2] as StoredAuditEntry), seq: 40 };
  const r = verifyChain(bySeq(entries));
  t.like(r, { ok: false, seq: 3, kind: 'deleted' });
  t.regex(r.ok ? '' : r.reason, /entry 3 is missing/);
});

test('deleting any entry but the last is detected at its seq', (t) => {
  for (let i = 0; i < events.length - 1; i++) {
    const entries = chain();
    entries.splice(i, 1);
    t.like(verifyChain(entries), { ok: false, seq: i + 1, kind: 'deleted' }, `entry ${i + 1}`);
  }
  const two = chain();
  two.splice(1, 2);
  const r = verifyChain(two);
  t.like(r, { ok: false, seq: 2 });
  t.regex(r.ok ? '' : r.reason, /entries 2–3 are missing/);
});

test('deleting the last entry leaves a shorter intact chain with another head', (t) => {
  const entries = chain();
  const head = entries.at(-1)?.hash;
  entries.pop();
  const r = verifyChain(entries);
  t.like(r, { ok: true, count: 5 });
  t.not(r.ok ? r.head : '', head);
});

test('deleting an entry and renumbering the rest is detected at the deleted seq', (t) => {
  const entries = chain();
  entries.splice(2, 1);
  const renumbered = entries.map((e, i) => ({ ...e, seq: i + 1 }));
  t.like(verifyChain(renumbered), { ok: false, seq: 3, kind: 'reordered' });
});

test('swapping two entries is detected at the earlier seq', (t) => {
  for (const [i, j] of [[0, 1], [1, 4], [4, 5], [0, 5]] as const) {
    const entries = chain();
    const a = entries[i] as StoredAuditEntry;
    const b = entries[j] as StoredAuditEntry;
    entries[i] = { ...b, seq: a.seq };
    entries[j] = { ...a, seq: b.seq };
    t.like(verifyChain(entries), { ok: false, seq: i + 1, kind: 'reordered' }, `${i + 1} ⇄ ${j + 1}`);
  }
});

test('entries out of seq order are reported where the order breaks', (t) => {
  const entries = chain();
  const dup = [...entries.slice(0, 3), entries[2] as StoredAuditEntry, ...entries.slice(3)];
  t.like(verifyChain(dup), { ok: false, seq: 4, kind: 'reordered' });
  const late = chain();
  t.like(verifyChain([late[0], late[2], late[1]] as StoredAuditEntry[]), { ok: false, seq: 2 });
});

test('the incremental verifier stops at the first break and keeps reporting it', (t) => {
  const entries = chain();
  entries[1] = edits['action']?.(entries[1] as StoredAuditEntry) as StoredAuditEntry;
  const v = createChainVerifier();
  t.is(v.push(entries[0] as StoredAuditEntry), null);
  t.like(v.push(entries[1] as StoredAuditEntry), { seq: 2 });
  t.like(v.push(entries[2] as StoredAuditEntry), { seq: 2 });
  t.like(v.result(), { ok: false, seq: 2, kind: 'changed' });
});

test('details are hashed as they read back from jsonb; strings are storable', (t) => {
  const at = new Date(T0);
  t.deepEqual(storableDetails({ when: at, gone: undefined, inf: Infinity, list: [1, undefined] }), {
    when: at.toISOString(),
    inf: null,
    list: [1, null],
  });
  t.deepEqual(storableDetails(undefined), {});
  t.deepEqual(storableDetails({ 'a\u0000': 'b\ud800c', ok: '서울 😀' }), { 'a\ufffd': 'b\ufffdc', ok: '서울 😀' });
  t.is(storableText('x\udc00\u0000'), 'x\ufffd\ufffd');
});
