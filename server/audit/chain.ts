/**
 * @module audit/chain
 * The hash chain of the audit log, pure. Each entry's hash is SHA-256 over the previous entry's hash,
 * a newline and the entry's canonical JSON (keys sorted at every depth, no whitespace, times as ISO
 * UTC), so changing, removing or moving any entry breaks the chain at that entry. `createChainVerifier`
 * checks entries one at a time in seq order (the store streams them in pages); `verifyChain` checks an array.
 */
import { createHash } from 'node:crypto';

/** The hash before the first entry. */
export const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  seq: number;
  at: Date;
  action: string;
  actor: string;
  target: string | null;
  details: Record<string, unknown>;
}

export interface StoredAuditEntry extends AuditEntry {
  prevHash: string;
  hash: string;
  /**
   * Microseconds past the millisecond of `at`, when the stored time has them. The log writes
   * millisecond times, so only an edited row has them; they are part of its canonical time.
   */
  atMicros?: number;
}

/** What broke: an entry's contents, an entry missing before this one, or an entry moved from another seq. */
export type ChainBreak = 'changed' | 'deleted' | 'reordered';

export type VerifyResult =
  | { ok: true; count: number; head: string }
  | { ok: false; seq: number; kind: ChainBreak; reason: string };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const canonicalValue = (v: Json): string => {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalValue).join(',')}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalValue(v[k] as Json)}`).join(',')}}`;
};

/** Canonical JSON of any JSON value (keys sorted at every depth, no whitespace). */
export const canonicalJson = (value: unknown): string => canonicalValue(JSON.parse(JSON.stringify(value ?? null)) as Json);

/** ISO 8601 UTC with milliseconds, or microseconds when the time has them. */
export const isoTime = (e: { at: Date; atMicros?: number }): string => {
  const iso = e.at.toISOString();
  return e.atMicros ? `${iso.slice(0, -1)}${String(e.atMicros).padStart(3, '0')}Z` : iso;
};

/** The canonical JSON of an entry: what its hash covers (besides the previous hash). */
export const canonicalEntry = (e: AuditEntry & { atMicros?: number }): string =>
  canonicalJson({ seq: e.seq, at: isoTime(e), action: e.action, actor: e.actor, target: e.target, details: e.details });

export const hashEntry = (e: AuditEntry & { atMicros?: number }, prevHash: string): string =>
  createHash('sha256').update(`${prevHash}\n${canonicalEntry(e)}`, 'utf8').digest('hex');

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A string PostgreSQL stores and returns unchanged: no NUL, no lone surrogates (both become U+FFFD). */
export const storableText = (s: string): string => s.replaceAll('\u0000', '\ufffd').replace(LONE_SURROGATE, '\ufffd');

const storableJson = (v: Json): Json => {
  if (typeof v === 'string') return storableText(v);
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(storableJson);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [storableText(k), storableJson(x)]));
};

/**
 * Details as they will read back from a jsonb column: through JSON (dates become ISO strings,
 * undefined values go, non-finite numbers become null) with storable strings. Hash what is stored.
 */
export const storableDetails = (details: Record<string, unknown> | undefined): Record<string, unknown> => {
  const plain = JSON.parse(JSON.stringify(details ?? {})) as Json;
  const stored = storableJson(plain);
  return stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : { value: stored };
};

export interface ChainVerifier {
  /** Checks the next entry; returns the break it found (and every later call returns it too), or null. */
  push(e: StoredAuditEntry): Extract<VerifyResult, { ok: false }> | null;
  result(): VerifyResult;
}

type Break = Extract<VerifyResult, { ok: false }>;

const broken = (seq: number, kind: ChainBreak, reason: string): Break => ({ ok: false, seq, kind, reason });

/** Why `e`, found where `expected` should be (after an entry hashed `prevHash`), breaks the chain; null when it does not. */
export const checkEntry = (e: StoredAuditEntry, expected: number, prevHash: string): Break | null => {
  const before = expected === 1 ? 'the start of the log' : `entry ${expected - 1}`;
  if (e.seq > expected) {
    const missing = e.seq - 1 === expected ? `entry ${expected} is` : `entries ${expected}–${e.seq - 1} are`;
    return broken(expected, 'deleted', `${missing} missing: ${before} is followed by entry ${e.seq}`);
  }
  if (e.seq < expected) return broken(expected, 'reordered', `entry ${e.seq} appears where entry ${expected} belongs, after ${before}`);
  const selfConsistent = hashEntry(e, e.prevHash) === e.hash;
  if (e.prevHash === prevHash) {
    return selfConsistent ? null : broken(e.seq, 'changed', `entry ${e.seq} was changed: its hash does not match its contents`);
  }
  if (hashEntry(e, prevHash) === e.hash) return broken(e.seq, 'changed', `entry ${e.seq} was changed: its prev_hash was altered`);
  if (selfConsistent) {
    return broken(e.seq, 'deleted', `entry ${e.seq} does not follow ${before} (its prev_hash is another entry's hash): an entry before it was removed or replaced`);
  }
  return broken(e.seq, 'reordered', `entry ${e.seq} was written at another position: its seq was changed (entries reordered or renumbered)`);
};

export const createChainVerifier = (): ChainVerifier => {
  let count = 0;
  let head = GENESIS;
  let failure: Break | null = null;
  return {
    push(e) {
      if (failure) return failure;
      failure = checkEntry(e, count + 1, head);
      if (!failure) {
        count++;
        head = e.hash;
      }
      return failure;
    },
    result: () => failure ?? { ok: true, count, head },
  };
};

/** Verifies entries given in seq order (an empty log is intact, its head GENESIS). */
export const verifyChain = (entries: Iterable<StoredAuditEntry>): VerifyResult => {
  const v = createChainVerifier();
  for (const e of entries) if (v.push(e)) break;
  return v.result();
};

/** Builds the next entry of a chain whose head is `prev` (null: the log is empty). */
export const nextEntry = (
  prev: { seq: number; hash: string } | null,
  e: Omit<AuditEntry, 'seq'>,
): StoredAuditEntry => {
  const entry: AuditEntry = { ...e, seq: (prev?.seq ?? 0) + 1 };
  const prevHash = prev?.hash ?? GENESIS;
  return { ...entry, prevHash, hash: hashEntry(entry, prevHash) };
};
