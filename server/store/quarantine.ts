/**
 * @module server/store/quarantine
 * Rejected messages: stored byte for byte (the record carries them as base64), counted by source.
 */
import type { Database } from '../../db/client.ts';
import { quarantine } from '../../db/schema/index.ts';
import { QuarantineRecordSchema, type QuarantineRecord } from '../contracts/index.ts';

export class QuarantineRecordError extends Error {
  override readonly name = 'QuarantineRecordError';
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Pure: base64 text to bytes, rejecting anything that is not base64. */
export const decodeBase64 = (s: string): Uint8Array => {
  const compact = s.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw new QuarantineRecordError('raw is not base64');
  return new Uint8Array(Buffer.from(compact, 'base64'));
};

/** Stores one record; returns its id. */
export const insertQuarantine = async (db: Database, record: QuarantineRecord): Promise<number> => {
  const r = QuarantineRecordSchema.parse(record);
  const [row] = await db.orm
    .insert(quarantine)
    .values({ source: r.source, subject: r.subject, reason: r.reason, raw: decodeBase64(r.raw), receivedAt: new Date(r.at) })
    .returning({ id: quarantine.id });
  if (!row) throw new QuarantineRecordError('insert returned no id');
  return row.id;
};

export const quarantineCounts = (db: Database, since: Date = new Date(0)): Promise<{ source: string; count: number }[]> =>
  db.query(
    `SELECT source, count(*)::int AS count FROM quarantine WHERE received_at >= $1 GROUP BY source ORDER BY source`,
    [since],
  );
