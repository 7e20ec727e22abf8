/**
 * @module keys/api-keys
 * API keys of district systems on the database (`api_keys`). A key is looked up by the SHA-256 of
 * what was presented through the unique index on `key_hash`: no key is ever compared in the clear,
 * and the plain key exists only in the return value of `createKey`.
 */
import { and, asc, eq, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { apiKeys } from '../../db/schema/index.ts';
import { KeyScopeSchema } from '../contracts/access.ts';
import { hashKey, isWellFormedKey } from './key-material.ts';
import type { ApiKeyInfo, ApiKeyRecord, CreatedKey, KeyResolution, KeyStore, NewKey, RevokeResult, ScopeRules } from './port.ts';
import { judgeKey, planKey, shouldTouch, toInfo, TOUCH_INTERVAL_MS } from './rules.ts';

export class KeyRecordError extends Error {
  override name = 'KeyRecordError';
}

type Selected = typeof apiKeys.$inferSelect;

const toRecord = (r: Selected): ApiKeyRecord => {
  const scope = KeyScopeSchema.safeParse(r.scope);
  if (!scope.success) throw new KeyRecordError(`stored key ${r.id} has an invalid scope: ${scope.error.message}`);
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    keyHash: r.keyHash,
    scope: scope.data,
    rateLimit: r.rateLimit,
    createdBy: r.createdBy,
    createdAt: new Date(r.createdAt),
    expiresAt: new Date(r.expiresAt),
    revokedAt: r.revokedAt === null ? null : new Date(r.revokedAt),
    lastUsedAt: r.lastUsedAt === null ? null : new Date(r.lastUsedAt),
  };
};

/** Stores a new key and returns it in the clear, once. Throws `KeyRequestError` when the request is invalid. */
export const createKey = async (db: Database, input: NewKey, now: number, rules?: ScopeRules): Promise<CreatedKey> => {
  const { key, record } = planKey(input, now, rules);
  const [row] = await db.orm.insert(apiKeys).values(record).returning();
  if (!row) throw new KeyRecordError(`key ${record.id} was not stored`);
  return { key, info: toInfo(toRecord(row), now) };
};

export const listKeys = async (db: Database, now: number): Promise<ApiKeyInfo[]> =>
  (await db.orm.select().from(apiKeys).orderBy(asc(apiKeys.createdAt), asc(apiKeys.id))).map((r) => toInfo(toRecord(r), now));

export const getKey = async (db: Database, id: string, now: number): Promise<ApiKeyInfo | null> => {
  const [r] = await db.orm.select().from(apiKeys).where(eq(apiKeys.id, id));
  return r ? toInfo(toRecord(r), now) : null;
};

/** Sets `revoked_at` if it is not set yet; the statement decides, so two revocations record one time. */
export const revokeKey = async (db: Database, id: string, now: number): Promise<RevokeResult> => {
  const [revoked] = await db.orm
    .update(apiKeys)
    .set({ revokedAt: new Date(now) })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  if (revoked) return { found: true, revokedNow: true, info: toInfo(toRecord(revoked), now) };
  const info = await getKey(db, id, now);
  return info ? { found: true, revokedNow: false, info } : { found: false };
};

/** Writes the use down unless another request (or replica) did within the last minute. */
const touch = async (db: Database, id: string, now: number): Promise<void> => {
  const stale = new Date(now - TOUCH_INTERVAL_MS);
  await db.orm
    .update(apiKeys)
    .set({ lastUsedAt: new Date(now) })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lte(apiKeys.lastUsedAt, stale))));
};

export const resolveKey = async (db: Database, presented: string, now: number): Promise<KeyResolution> => {
  if (!isWellFormedKey(presented)) return { ok: false, reason: 'unknown' };
  const [r] = await db.orm.select().from(apiKeys).where(eq(apiKeys.keyHash, hashKey(presented)));
  const record = r ? toRecord(r) : null;
  const verdict = judgeKey(record, now);
  if (verdict.ok && record && shouldTouch(record.lastUsedAt, now)) await touch(db, record.id, now);
  return verdict;
};

/** The store on a database, with a clock (tests pass a fixed one). */
export const createDbKeyStore = (db: Database, now: () => number = Date.now): KeyStore => ({
  create: (input, rules) => createKey(db, input, now(), rules),
  list: () => listKeys(db, now()),
  get: (id) => getKey(db, id, now()),
  revoke: (id) => revokeKey(db, id, now()),
  resolve: (presented) => resolveKey(db, presented, now()),
});
