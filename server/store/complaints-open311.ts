/**
 * @module server/store/complaints-open311
 * Complaints as Open311 GeoReport v2 asks for them: by ids, by service codes (categories), by the
 * standard's two statuses (closed: answered or closed), filed within a window, newest first, a page at
 * a time by number (the spec's paging extension).
 */
import { and, desc, gte, inArray, lte, notInArray, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { complaints } from '../../db/schema/complaints.ts';
import type { Complaint, ComplaintStatus } from '../contracts/index.ts';
import { toComplaint } from './complaints.ts';

export interface Open311Query {
  ids?: readonly string[];
  serviceCodes?: readonly string[];
  status?: 'open' | 'closed';
  from?: Date;
  to?: Date;
  limit: number;
  /** 1-based. */
  page: number;
}

const CLOSED: ComplaintStatus[] = ['answered', 'closed'];

export const queryOpen311Complaints = async (db: Database, q: Open311Query): Promise<Complaint[]> => {
  const where: Array<SQL | undefined> =
    q.ids !== undefined
      ? [inArray(complaints.id, [...q.ids])]
      : [
          q.serviceCodes === undefined ? undefined : inArray(complaints.category, [...q.serviceCodes]),
          q.status === undefined ? undefined : q.status === 'closed' ? inArray(complaints.status, CLOSED) : notInArray(complaints.status, CLOSED),
          q.from === undefined ? undefined : gte(complaints.requestedAt, q.from),
          q.to === undefined ? undefined : lte(complaints.requestedAt, q.to),
        ];
  const rows = await db.orm
    .select()
    .from(complaints)
    .where(and(...where))
    .orderBy(desc(complaints.requestedAt), desc(complaints.id))
    .limit(q.limit)
    .offset((q.page - 1) * q.limit);
  return rows.map(toComplaint);
};
