/**
 * @module http/routes/complaints-memory
 * A ComplaintPort over a list, with the store's filters and ordering, for route tests.
 */
import { OPEN_COMPLAINT_STATUSES, type Complaint, type ComplaintCategory } from '../../contracts/index.ts';
import { decodeComplaintCursor, encodeComplaintCursor, type ComplaintQuery } from '../../store/complaints.ts';
import type { ComplaintPort } from './complaints.ts';

const matches = (c: Complaint, q: ComplaintQuery): boolean =>
  (q.district === undefined || c.district === q.district) &&
  (q.category === undefined || c.category === q.category) &&
  (q.status === undefined || (q.status === 'open' ? OPEN_COMPLAINT_STATUSES.includes(c.status) : c.status === q.status)) &&
  (q.from === undefined || Date.parse(c.requestedAt) >= q.from.getTime()) &&
  (q.to === undefined || Date.parse(c.requestedAt) < q.to.getTime());

export function memoryComplaintPort(complaints: readonly Complaint[], categories: readonly ComplaintCategory[]): ComplaintPort {
  const sorted = [...complaints].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt) || b.id.localeCompare(a.id));
  return {
    async query(q) {
      const after = q.cursor === undefined ? null : decodeComplaintCursor(q.cursor);
      const start = after === null ? 0 : sorted.findIndex((c) => c.id === after.id) + 1;
      const found = sorted.slice(start).filter((c) => matches(c, q));
      const page = found.slice(0, q.limit);
      const last = page.at(-1);
      return { complaints: page, nextCursor: found.length > q.limit && last ? encodeComplaintCursor(last) : null };
    },
    get: async (id) => complaints.find((c) => c.id === id) ?? null,
    categories: () => categories,
  };
}
