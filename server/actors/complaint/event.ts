/**
 * @module actors/complaint/event
 * One complaint event from the bus, checked: a `complaint.filed` or `complaint.status` envelope whose
 * payload matches its kind, whose complaint id belongs to the source that published it, and (when
 * filed) whose gu agrees with the envelope's. The event's time is the envelope's `observedAt`. Pure.
 */
import {
  COMPLAINT_EVENT_KINDS,
  ComplaintFiledSchema,
  ComplaintStatusChangedSchema,
  EventEnvelopeSchema,
  type ComplaintFiled,
  type ComplaintStatusChanged,
} from '../../contracts/index.ts';

interface EventBase {
  /** The envelope's natural key (a redelivery has the same one). */
  eventId: string;
  source: string;
  /** When it happened at the source (ISO UTC). */
  at: string;
  complaint: string;
}

export type FiledEvent = EventBase & { kind: 'filed'; payload: ComplaintFiled };
export type StatusEvent = EventBase & { kind: 'status'; payload: ComplaintStatusChanged };
export type ComplaintEvent = FiledEvent | StatusEvent;

export type ParsedComplaintEvent = { ok: true; event: ComplaintEvent } | { ok: false; reason: string };

const KINDS: ReadonlySet<string> = new Set(Object.values(COMPLAINT_EVENT_KINDS));

const issues = (error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string =>
  error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');

/** True for the kinds this actor kind consumes. */
export const isComplaintKind = (kind: unknown): boolean => typeof kind === 'string' && KINDS.has(kind);

export const parseComplaintEvent = (raw: unknown): ParsedComplaintEvent => {
  const env = EventEnvelopeSchema.safeParse(raw);
  if (!env.success) return { ok: false, reason: `envelope: ${issues(env.error)}` };
  const e = env.data;
  if (!KINDS.has(e.kind)) return { ok: false, reason: `not a complaint event: ${e.kind}` };
  const base = { eventId: e.id, source: e.source, at: new Date(e.observedAt).toISOString() };
  const owned = (complaint: string): string | null =>
    complaint.startsWith(`${e.source}:`) ? null : `complaint ${complaint} does not belong to source ${e.source}`;
  if (e.kind === COMPLAINT_EVENT_KINDS.filed) {
    const p = ComplaintFiledSchema.safeParse(e.payload);
    if (!p.success) return { ok: false, reason: `payload: ${issues(p.error)}` };
    const wrong = owned(p.data.complaint);
    if (wrong !== null) return { ok: false, reason: wrong };
    if (e.district !== null && e.district !== p.data.district) {
      return { ok: false, reason: `envelope gu ${e.district} differs from the complaint's gu ${p.data.district ?? 'none'}` };
    }
    return { ok: true, event: { ...base, kind: 'filed', complaint: p.data.complaint, payload: p.data } };
  }
  const p = ComplaintStatusChangedSchema.safeParse(e.payload);
  if (!p.success) return { ok: false, reason: `payload: ${issues(p.error)}` };
  const wrong = owned(p.data.complaint);
  if (wrong !== null) return { ok: false, reason: wrong };
  return { ok: true, event: { ...base, kind: 'status', complaint: p.data.complaint, payload: p.data } };
};
