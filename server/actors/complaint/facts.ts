/**
 * @module actors/complaint/facts
 * What the board keeps of each complaint: the few figures the feed, the KPIs and the rising issues
 * need, not its texts or its reporter (the board holds weeks of complaints). Pure.
 */
import { OPEN_COMPLAINT_STATUSES, type Complaint, type ComplaintStatus, type LocalizedText } from '../../contracts/index.ts';
import { replayOf, type Answer } from './lifecycle.ts';
import type { ComplaintFeedItem } from './schemas.ts';

export interface ComplaintFacts {
  id: string;
  category: string;
  district: string | null;
  department: LocalizedText;
  status: ComplaintStatus;
  open: boolean;
  title: string;
  requestedAt: number;
  dueAt: number;
  answers: readonly Answer[];
  reopenings: readonly number[];
  /** The complaint's version (its `updatedAt`), to tell a change from a repeat. */
  version: string;
}

export const factsOf = (c: Complaint): ComplaintFacts => {
  const r = replayOf(c);
  return {
    id: c.id, category: c.category, district: c.district, department: c.department, status: c.status,
    open: OPEN_COMPLAINT_STATUSES.includes(c.status), title: c.title,
    requestedAt: Date.parse(c.requestedAt), dueAt: Date.parse(c.dueAt),
    answers: r.answers, reopenings: r.reopenings, version: c.updatedAt,
  };
};

export const feedItemOf = (f: ComplaintFacts): ComplaintFeedItem => ({
  id: f.id, category: f.category, district: f.district, status: f.status,
  requestedAt: new Date(f.requestedAt).toISOString(), title: f.title,
});
