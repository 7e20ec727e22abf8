/**
 * @module actors/incident/event
 * One incident event from the bus, checked: an `incident.<stage>` envelope whose payload matches its
 * stage (IncidentReportedSchema or IncidentProgressSchema), whose incident id belongs to the source
 * that published it, and whose gu agrees with the envelope's. Pure.
 */
import {
  EventEnvelopeSchema,
  INCIDENT_EVENT_KINDS,
  IncidentProgressSchema,
  IncidentReportedSchema,
  type IncidentProgress,
  type IncidentReported,
  type IncidentStage,
} from '../../contracts/index.ts';

interface EventBase {
  /** The envelope's natural key (a redelivery has the same one). */
  eventId: string;
  source: string;
  /** When the stage happened at the source (ISO UTC). */
  at: string;
  incident: string;
}

export type ReportedEvent = EventBase & { kind: 'reported'; payload: IncidentReported };
export type ProgressEvent = EventBase & { kind: 'progress'; payload: IncidentProgress };
export type IncidentEvent = ReportedEvent | ProgressEvent;

export type ParsedIncidentEvent = { ok: true; event: IncidentEvent } | { ok: false; reason: string };

const STAGE_OF_KIND = new Map<string, IncidentStage>(
  Object.entries(INCIDENT_EVENT_KINDS).map(([stage, kind]) => [kind, stage as IncidentStage]),
);

const issues = (error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string =>
  error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');

/** True for the kinds this actor kind consumes (`incident.reported` … `incident.resolved`). */
export const isIncidentKind = (kind: unknown): boolean => typeof kind === 'string' && STAGE_OF_KIND.has(kind);

export const parseIncidentEvent = (raw: unknown): ParsedIncidentEvent => {
  const env = EventEnvelopeSchema.safeParse(raw);
  if (!env.success) return { ok: false, reason: `envelope: ${issues(env.error)}` };
  const e = env.data;
  const stage = STAGE_OF_KIND.get(e.kind);
  if (stage === undefined) return { ok: false, reason: `not an incident event: ${e.kind}` };
  const base = { eventId: e.id, source: e.source, at: new Date(e.observedAt).toISOString() };
  const owned = (incident: string): string | null =>
    incident.startsWith(`${e.source}:`) ? null : `incident ${incident} does not belong to source ${e.source}`;
  if (stage === 'reported') {
    const p = IncidentReportedSchema.safeParse(e.payload);
    if (!p.success) return { ok: false, reason: `payload: ${issues(p.error)}` };
    const wrong = owned(p.data.incident);
    if (wrong !== null) return { ok: false, reason: wrong };
    if (e.district !== null && e.district !== p.data.district) {
      return { ok: false, reason: `envelope gu ${e.district} differs from the incident's gu ${p.data.district}` };
    }
    return { ok: true, event: { ...base, kind: 'reported', incident: p.data.incident, payload: p.data } };
  }
  const p = IncidentProgressSchema.safeParse(e.payload);
  if (!p.success) return { ok: false, reason: `payload: ${issues(p.error)}` };
  if (p.data.stage !== stage) return { ok: false, reason: `payload stage ${p.data.stage} under kind ${e.kind}` };
  const wrong = owned(p.data.incident);
  if (wrong !== null) return { ok: false, reason: wrong };
  return { ok: true, event: { ...base, kind: 'progress', incident: p.data.incident, payload: p.data } };
};
