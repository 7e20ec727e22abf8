/**
 * @module actors/complaint/lifecycle
 * Folds `complaint.filed` and `complaint.status` events into a complaint. Pure.
 *
 * Events come at least once and in any order, so the complaint is derived from its history, not
 * from the order of arrival:
 *  - filing makes the first history entry (`received` at the filing time, the filing department);
 *  - a status event adds an entry keyed by (status, time); the same key again changes nothing, so a
 *    redelivery is a no-op and the first note and department given for a key stay;
 *  - the history is kept in time order (ties in the order of COMPLAINT_STATUSES; entries dated before
 *    the filing count as made at the filing), and replaying it gives the status (the latest entry's),
 *    the department (the latest one named), `reopened` (the reopenings), `answeredAt` (the first
 *    answer since filing or since the last reopening), `closedAt` (while closed) and `dueAt`
 *    (filing, or the last reopening, plus the category's answer time);
 *  - a status event for a complaint whose filing has not been seen is held, not turned into a
 *    complaint (nothing is invented): it is folded in when the filing arrives. A second filing
 *    changes nothing.
 * Times are the envelopes' `observedAt`; `updatedAt` is the processing clock, always moving forward.
 */
import {
  COMPLAINT_STATUSES, type Complaint, type ComplaintHistoryEntry, type ComplaintStatus, type LocalizedText,
} from '../../contracts/index.ts';
import { nextUpdatedAt } from '../incident/lifecycle.ts';
import type { ComplaintEvent, FiledEvent, StatusEvent } from './event.ts';
import { DAY_MS, type SlaDaysOf } from './sla.ts';

/** What a complaint actor holds: the complaint once filed, and status events seen before that. */
export interface ComplaintTrack {
  complaint: Complaint | null;
  /** Status events that came before the filing (deduplicated). */
  pending: readonly StatusEvent[];
}

export const MAX_PENDING = 16;

/** One answer cycle's answer: the cycle started at filing or at a reopening. */
export interface Answer {
  at: number;
  startedAt: number;
  dueAt: number;
}

export interface Replay {
  status: ComplaintStatus;
  department: LocalizedText;
  dueAt: number;
  answeredAt: number | null;
  closedAt: number | null;
  /** The first answer of every cycle, in time order. */
  answers: Answer[];
  /** When it was reopened, in time order. */
  reopenings: number[];
}

const entryKey = (e: Pick<ComplaintHistoryEntry, 'status' | 'at'>): string => `${e.status}@${e.at}`;

/** The time an entry counts at: never before the filing. */
const effectiveAt = (e: Pick<ComplaintHistoryEntry, 'at'>, requestedMs: number): number => Math.max(Date.parse(e.at), requestedMs);

export const sortHistory = (history: readonly ComplaintHistoryEntry[], requestedAt: string): ComplaintHistoryEntry[] => {
  const r = Date.parse(requestedAt);
  return [...history].sort((a, b) =>
    effectiveAt(a, r) - effectiveAt(b, r) || COMPLAINT_STATUSES.indexOf(a.status) - COMPLAINT_STATUSES.indexOf(b.status));
};

/** Replays a history sorted by `sortHistory`. */
export const replay = (requestedAt: string, history: readonly ComplaintHistoryEntry[], slaMs: number, department: LocalizedText): Replay => {
  const r = Date.parse(requestedAt);
  const out: Replay = { status: 'received', department, dueAt: r + slaMs, answeredAt: null, closedAt: null, answers: [], reopenings: [] };
  let cycleStart = r;
  for (const e of history) {
    const at = effectiveAt(e, r);
    if (e.department !== null) out.department = e.department;
    out.status = e.status;
    if (e.status === 'reopened') {
      out.reopenings.push(at);
      cycleStart = at;
      out.answeredAt = null;
    } else if (e.status === 'answered' && out.answeredAt === null) {
      out.answeredAt = at;
      out.answers.push({ at, startedAt: cycleStart, dueAt: cycleStart + slaMs });
    }
    out.closedAt = e.status === 'closed' ? at : null;
  }
  out.dueAt = cycleStart + slaMs;
  return out;
};

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** The department given at filing (the first entry's). */
const filedDepartment = (c: Complaint): LocalizedText =>
  c.history.find((e) => e.status === 'received' && e.at === c.requestedAt)?.department ?? c.department;

/** The answer time a complaint was given: its due time minus the start of its current cycle. */
export const slaMsOf = (c: Complaint): number => {
  const r = Date.parse(c.requestedAt);
  const starts = c.history.filter((e) => e.status === 'reopened').map((e) => effectiveAt(e, r));
  return Date.parse(c.dueAt) - Math.max(r, ...starts);
};

/** Replays a complaint's own history (for figures about it). */
export const replayOf = (c: Complaint): Replay => replay(c.requestedAt, c.history, slaMsOf(c), filedDepartment(c));

const withHistory = (c: Complaint, history: ComplaintHistoryEntry[], slaMs: number): Complaint => {
  const r = replay(c.requestedAt, history, slaMs, filedDepartment({ ...c, history }));
  return {
    ...c, history, status: r.status, department: r.department, dueAt: new Date(r.dueAt).toISOString(),
    answeredAt: iso(r.answeredAt), closedAt: iso(r.closedAt), reopened: r.reopenings.length,
  };
};

export const createComplaint = (ev: FiledEvent, slaMs: number, now: number): Complaint => {
  const p = ev.payload;
  const base: Complaint = {
    id: p.complaint, source: ev.source, category: p.category, channel: p.channel, status: 'received',
    district: p.district, dong: p.dong, address: p.address, lon: p.lon, lat: p.lat, title: p.title,
    description: p.description, department: p.department, reporter: p.reporter, synthetic: p.synthetic,
    requestedAt: ev.at, updatedAt: nextUpdatedAt(null, now), dueAt: ev.at, answeredAt: null, closedAt: null,
    reopened: 0, history: [{ status: 'received', at: ev.at, department: p.department, note: null }],
  };
  return withHistory(base, base.history, slaMs);
};

const entryOf = (ev: StatusEvent): ComplaintHistoryEntry =>
  ({ status: ev.payload.status, at: ev.at, department: ev.payload.department, note: ev.payload.note });

/** Applies one status event; the same object when it was seen before. */
export const applyStatus = (c: Complaint, ev: StatusEvent, slaMs: number, now: number): Complaint => {
  const entry = entryOf(ev);
  const key = entryKey(entry);
  if (c.history.some((e) => entryKey(e) === key)) return c;
  const next = withHistory(c, sortHistory([...c.history, entry], c.requestedAt), slaMs);
  return { ...next, updatedAt: nextUpdatedAt(c.updatedAt, now) };
};

export const emptyTrack = (): ComplaintTrack => ({ complaint: null, pending: [] });

/** Folds one event into a track; `changed` says whether the complaint (or the held events) changed. */
export const applyEvent = (
  track: ComplaintTrack, ev: ComplaintEvent, slaDaysOf: SlaDaysOf, now: number,
): { track: ComplaintTrack; changed: boolean } => {
  if (ev.kind === 'filed') {
    if (track.complaint !== null) return { track, changed: false };
    const slaMs = slaDaysOf(ev.payload.category) * DAY_MS;
    const folded = track.pending.reduce((c, se) => applyStatus(c, se, slaMs, now), createComplaint(ev, slaMs, now));
    return { track: { complaint: { ...folded, updatedAt: nextUpdatedAt(null, now) }, pending: [] }, changed: true };
  }
  if (track.complaint === null) {
    const key = entryKey(entryOf(ev));
    if (track.pending.some((se) => se.eventId === ev.eventId || entryKey(entryOf(se)) === key)) return { track, changed: false };
    return { track: { complaint: null, pending: [...track.pending, ev].slice(-MAX_PENDING) }, changed: true };
  }
  const complaint = applyStatus(track.complaint, ev, slaMsOf(track.complaint), now);
  return complaint === track.complaint ? { track, changed: false } : { track: { ...track, complaint }, changed: true };
};
