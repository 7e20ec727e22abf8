/**
 * @module keys/memory
 * The API-key store in memory, following the same rules as the database one: for tests of the
 * routes, the middleware and the CLI.
 */
import { hashKey, isWellFormedKey } from './key-material.ts';
import type { ApiKeyRecord, KeyStore } from './port.ts';
import { judgeKey, planKey, shouldTouch, toInfo } from './rules.ts';

export function createMemoryKeyStore(now: () => number = Date.now): KeyStore & { records: Map<string, ApiKeyRecord> } {
  const records = new Map<string, ApiKeyRecord>();
  const byHash = (hash: string): ApiKeyRecord | null => [...records.values()].find((r) => r.keyHash === hash) ?? null;
  return {
    records,
    async create(input, rules) {
      const t = now();
      const { key, record } = planKey(input, t, rules);
      records.set(record.id, record);
      return { key, info: toInfo(record, t) };
    },
    async list() {
      const t = now();
      return [...records.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)).map((r) => toInfo(r, t));
    },
    async get(id) {
      const r = records.get(id);
      return r ? toInfo(r, now()) : null;
    },
    async revoke(id) {
      const r = records.get(id);
      if (!r) return { found: false };
      const t = now();
      const revokedNow = r.revokedAt === null;
      if (revokedNow) r.revokedAt = new Date(t);
      return { found: true, revokedNow, info: toInfo(r, t) };
    },
    async resolve(presented) {
      const t = now();
      const r = isWellFormedKey(presented) ? byHash(hashKey(presented)) : null;
      const verdict = judgeKey(r, t);
      if (verdict.ok && r && shouldTouch(r.lastUsedAt, t)) r.lastUsedAt = new Date(t);
      return verdict;
    },
  };
}
