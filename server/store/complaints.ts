/**
 * @module server/store/complaints
 * Civil complaints, one row per complaint, a column per field. Writes upsert by id and an older
 * state never replaces a newer one (`updated_at`), so redeliveries and racing writers are harmless.
 * Reads: one complaint, a filtered page newest filing first with a keyset cursor (on the gu, status
 * and category indexes), and what the complaint actors resume from after a restart.
 * Rows hold personal data (address, description, reporter): officials only.
 */
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { complaints } from '../../db/schema/complaints.ts';
import { excludedColumns } from './excluded.ts';
import {
  ComplaintIdSchema, ComplaintSchema, ComplaintStatusSchema, DistrictCodeSchema, OPEN_COMPLAINT_STATUSES, type Complaint,
} from '../contracts/index.ts';

export class ComplaintDocumentError extends Error {
  override name = 'ComplaintDocumentError';
}

export const MAX_COMPLAINT_PAGE = 500;

/** Keyset position: the last row of a page. Opaque to clients (base64url JSON). */
const CursorSchema = z.object({ r: z.iso.datetime(), id: ComplaintIdSchema });
export const encodeComplaintCursor = (c: Pick<Complaint, 'id' | 'requestedAt'>): string =>
  Buffer.from(JSON.stringify({ r: c.requestedAt, id: c.id })).toString('base64url');
export const decodeComplaintCursor = (s: string): { requestedAt: Date; id: string } | null => {
  try {
    const c = CursorSchema.safeParse(JSON.parse(Buffer.from(s, 'base64url').toString('utf8')));
    return c.success ? { requestedAt: new Date(c.data.r), id: c.data.id } : null;
  } catch {
    return null;
  }
};

export const ComplaintQuerySchema = z
  .object({
    district: DistrictCodeSchema.optional(),
    category: z.string().min(1).max(40).optional(),
    /** A status, or `open` for every status in which an answer is still owed. */
    status: z.union([ComplaintStatusSchema, z.literal('open')]).optional(),
    /** Filed at or after. */
    from: z.date().optional(),
    /** Filed before. */
    to: z.date().optional(),
    limit: z.number().int().min(1).max(MAX_COMPLAINT_PAGE),
    cursor: z.string().refine((c) => decodeComplaintCursor(c) !== null, 'not a cursor from a previous page').optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { message: 'from must be before to', path: ['from'] });
export type ComplaintQuery = z.input<typeof ComplaintQuerySchema>;

export interface ComplaintPage {
  complaints: Complaint[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

type Row = typeof complaints.$inferSelect;

const UPDATED_COLUMNS = [
  'source', 'category', 'channel', 'status', 'district', 'dong', 'address', 'lon', 'lat', 'title', 'description',
  'department', 'reporter', 'synthetic', 'requestedAt', 'updatedAt', 'dueAt', 'answeredAt', 'closedAt', 'reopened', 'history',
] as const;

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());
const date = (s: string | null): Date | null => (s === null ? null : new Date(s));

export const toComplaint = (r: Row): Complaint => {
  const parsed = ComplaintSchema.safeParse({
    ...r, requestedAt: iso(r.requestedAt), updatedAt: iso(r.updatedAt), dueAt: iso(r.dueAt),
    answeredAt: iso(r.answeredAt), closedAt: iso(r.closedAt),
  });
  if (!parsed.success) throw new ComplaintDocumentError(`stored complaint ${r.id} is not a valid complaint: ${parsed.error.message}`);
  return parsed.data;
};

const toRow = (c: Complaint): typeof complaints.$inferInsert => ({
  ...c,
  requestedAt: new Date(c.requestedAt), updatedAt: new Date(c.updatedAt), dueAt: new Date(c.dueAt),
  answeredAt: date(c.answeredAt), closedAt: date(c.closedAt),
});

/** Inserts or updates complaints by id; a row keeps its state when the incoming one is not newer. */
export const upsertComplaints = async (db: Database, rows: readonly Complaint[]): Promise<void> => {
  const newest = new Map<string, Complaint>();
  for (const raw of rows) {
    const c = ComplaintSchema.parse(raw);
    const prev = newest.get(c.id);
    if (prev === undefined || Date.parse(prev.updatedAt) <= Date.parse(c.updatedAt)) newest.set(c.id, c);
  }
  if (newest.size === 0) return;
  await db.orm
    .insert(complaints)
    .values([...newest.values()].map(toRow))
    .onConflictDoUpdate({
      target: complaints.id,
      set: excludedColumns(complaints, UPDATED_COLUMNS),
      setWhere: sql`excluded.updated_at > ${complaints.updatedAt}`,
    });
};

export const getComplaint = async (db: Database, id: string): Promise<Complaint | null> => {
  if (!ComplaintIdSchema.safeParse(id).success) return null;
  const [r] = await db.orm.select().from(complaints).where(eq(complaints.id, id));
  return r === undefined ? null : toComplaint(r);
};

const OPEN = [...OPEN_COMPLAINT_STATUSES];

const conditions = (q: z.infer<typeof ComplaintQuerySchema>): Array<SQL | undefined> => {
  const c = q.cursor === undefined ? null : decodeComplaintCursor(q.cursor);
  return [
    q.district === undefined ? undefined : eq(complaints.district, q.district),
    q.category === undefined ? undefined : eq(complaints.category, q.category),
    q.status === undefined ? undefined : q.status === 'open' ? inArray(complaints.status, OPEN) : eq(complaints.status, q.status),
    q.from === undefined ? undefined : gte(complaints.requestedAt, q.from),
    q.to === undefined ? undefined : lt(complaints.requestedAt, q.to),
    c === null ? undefined : or(lt(complaints.requestedAt, c.requestedAt), and(eq(complaints.requestedAt, c.requestedAt), lt(complaints.id, c.id))),
  ];
};

/** One page of complaints matching the filters, newest filing first. */
export const queryComplaints = async (db: Database, query: ComplaintQuery): Promise<ComplaintPage> => {
  const q = ComplaintQuerySchema.parse(query);
  const rows = await db.orm
    .select()
    .from(complaints)
    .where(and(...conditions(q)))
    .orderBy(desc(complaints.requestedAt), desc(complaints.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit).map(toComplaint);
  const last = page.at(-1);
  const more = rows.length > q.limit && last !== undefined;
  return { complaints: page, nextCursor: more ? encodeComplaintCursor(last) : null };
};

/**
 * What the complaint actors resume from after a restart: every complaint filed since `since` (the
 * KPIs and the rising baseline need them), every open one whenever filed (the backlog), and every
 * one changed since then (answers and reopenings in the window). Oldest filing first; when `limit`
 * bites, the oldest are left out.
 */
export const complaintsToResume = async (db: Database, opts: { since: Date; limit?: number }): Promise<Complaint[]> => {
  const rows = await db.orm
    .select()
    .from(complaints)
    .where(or(gte(complaints.requestedAt, opts.since), inArray(complaints.status, OPEN), gte(complaints.updatedAt, opts.since)))
    .orderBy(desc(complaints.requestedAt), desc(complaints.id))
    .limit(opts.limit ?? 200_000);
  return rows.reverse().map(toComplaint);
};
