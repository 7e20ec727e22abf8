/**
 * @module audit/audit-log
 * The audit log in PostgreSQL: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE, see
 * migration 0003) and hash-chained (./chain.ts). Appends from every replica are serialized by a
 * transaction-scoped advisory lock, so seq stays gapless and each entry chains to the one before it.
 * Reads page by seq (keyset); `verify` and the exports stream the log page by page.
 */
import { and, asc, desc, eq, getTableColumns, gt, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import type { AuditAction } from '../contracts/access.ts';
import { createChainVerifier, nextEntry, storableDetails, storableText, type StoredAuditEntry, type VerifyResult } from './chain.ts';
import { csvHeader, csvLine, ndjsonLine } from './export-format.ts';
import type { AuditEvent, AuditSink } from './port.ts';

/** The advisory lock every append takes (hashed with hashtext, as db/migrate.ts does). */
export const AUDIT_LOCK_KEY = 'scpm.audit-log.append';

export interface AuditFilter {
  /** Entries at or after this time. */
  from?: Date;
  /** Entries before this time. */
  to?: Date;
  action?: AuditAction;
  actor?: string;
}

export interface AuditListQuery extends AuditFilter {
  /** Entries per page (1–1000, default 100). */
  limit?: number;
  /** The seq the previous page ended at: the page continues past it in `order`. */
  after?: number;
  /** By seq: oldest first (default) or newest first. */
  order?: 'asc' | 'desc';
}

export interface AuditPage {
  entries: StoredAuditEntry[];
  /** Pass as `after` for the next page; null when this page is the last. */
  next: number | null;
}

export interface AuditLog extends AuditSink {
  append(event: AuditEvent): Promise<StoredAuditEntry>;
  list(query?: AuditListQuery): Promise<AuditPage>;
  /** NDJSON lines (newline included) of the entries matching `filter`, oldest first. */
  exportNdjson(filter?: AuditFilter): AsyncIterable<string>;
  /** A CSV header, then one CSV record per entry (CRLF included), oldest first. */
  exportCsv(filter?: AuditFilter): AsyncIterable<string>;
  /** Checks the whole chain in seq order, a page at a time. */
  verify(): Promise<VerifyResult>;
}

export interface AuditLogOptions {
  now?: () => number;
  /** Entries read per query by `verify` and the exports. */
  pageSize?: number;
}

export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 1000;

const INSERT = `INSERT INTO audit_log (seq, at, action, actor, target, details, prev_hash, hash)
  VALUES ($1::text::bigint, $2::text::timestamptz, $3, $4, $5, $6::text::jsonb, $7, $8)`;

const appendIn = async (db: Database, event: AuditEvent, now: () => number): Promise<StoredAuditEntry> =>
  db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [AUDIT_LOCK_KEY]);
    const [head] = await tx.query<{ seq: unknown; hash: string }>(`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
    const entry = nextEntry(head ? { seq: Number(head.seq), hash: head.hash } : null, {
      at: new Date(now()),
      action: event.action,
      actor: storableText(event.actor),
      target: event.target === undefined ? null : storableText(event.target),
      details: storableDetails(event.details),
    });
    const { seq, at, action, actor, target, details, prevHash, hash } = entry;
    await tx.query(INSERT, [String(seq), at.toISOString(), action, actor, target, JSON.stringify(details), prevHash, hash]);
    return entry;
  });

const filterSql = (f: AuditFilter): SQL[] => [
  ...(f.from === undefined ? [] : [gte(auditLog.at, f.from)]),
  ...(f.to === undefined ? [] : [lt(auditLog.at, f.to)]),
  ...(f.action === undefined ? [] : [eq(auditLog.action, f.action)]),
  ...(f.actor === undefined ? [] : [eq(auditLog.actor, f.actor)]),
];

type Row = typeof auditLog.$inferSelect & { atMicros: number };

/** The row, and the microseconds of its time past the millisecond (JavaScript dates stop at milliseconds). */
const selection = { ...getTableColumns(auditLog), atMicros: sql<number>`(extract(microseconds from ${auditLog.at})::bigint % 1000)::int` };

const toEntry = (r: Row): StoredAuditEntry => ({
  ...(Number(r.atMicros) === 0 ? {} : { atMicros: Number(r.atMicros) }),
  seq: Number(r.seq),
  at: new Date(r.at),
  action: r.action,
  actor: r.actor,
  target: r.target,
  details: r.details as Record<string, unknown>,
  prevHash: r.prevHash,
  hash: r.hash,
});

/** One page of entries matching `filter`, by seq past `after` (exclusive). */
const page = async (db: Database, filter: AuditFilter, after: number | undefined, limit: number, order: 'asc' | 'desc'): Promise<StoredAuditEntry[]> => {
  const cursor = after === undefined ? [] : [order === 'asc' ? gt(auditLog.seq, after) : lt(auditLog.seq, after)];
  const rows = await db.orm
    .select(selection)
    .from(auditLog)
    .where(and(...filterSql(filter), ...cursor))
    .orderBy(order === 'asc' ? asc(auditLog.seq) : desc(auditLog.seq))
    .limit(limit);
  return rows.map(toEntry);
};

/** Every entry matching `filter`, oldest first, read `pageSize` at a time. */
async function* entries(db: Database, filter: AuditFilter, pageSize: number): AsyncGenerator<StoredAuditEntry> {
  let after: number | undefined;
  for (;;) {
    const batch = await page(db, filter, after, pageSize, 'asc');
    yield* batch;
    if (batch.length < pageSize) return;
    after = batch.at(-1)?.seq;
  }
}

async function* lines(source: AsyncIterable<StoredAuditEntry>, line: (e: StoredAuditEntry) => string, header?: string): AsyncGenerator<string> {
  if (header !== undefined) yield header;
  for await (const e of source) yield line(e);
}

export const createAuditLog = (db: Database, opts: AuditLogOptions = {}): AuditLog => {
  const now = opts.now ?? Date.now;
  const pageSize = opts.pageSize ?? 500;
  return {
    append: (event) => appendIn(db, event, now),
    async record(event) {
      await appendIn(db, event, now);
    },
    async list(q = {}) {
      const limit = Math.min(Math.max(1, Math.trunc(q.limit ?? DEFAULT_LIST_LIMIT)), MAX_LIST_LIMIT);
      const found = await page(db, q, q.after, limit, q.order ?? 'asc');
      return { entries: found, next: found.length === limit ? (found.at(-1)?.seq ?? null) : null };
    },
    exportNdjson: (filter = {}) => lines(entries(db, filter, pageSize), ndjsonLine),
    exportCsv: (filter = {}) => lines(entries(db, filter, pageSize), csvLine, csvHeader()),
    async verify() {
      const verifier = createChainVerifier();
      for await (const e of entries(db, {}, pageSize)) if (verifier.push(e)) break;
      return verifier.result();
    },
  };
};
