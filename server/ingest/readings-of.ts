/**
 * @module ingest/readings-of
 * Pure: the rows an event contributes to the `readings` table, per event kind.
 * An event whose payload does not fit its kind is returned as a rejection (for quarantine).
 */
import { AIR_METRICS, AirObservationPayloadSchema, EmergencyRoomSchema, ER_EVENT_KIND, EVENT_KINDS, type EventEnvelope } from '../contracts/index.ts';
import type { ReadingRow } from '../store/readings-copy.ts';

export type { ReadingRow };

export interface Rejection {
  event: EventEnvelope;
  reason: string;
}

type Extractor = (e: EventEnvelope, out: ReadingRow[]) => string | null;

const airObserved: Extractor = (e, out) => {
  const parsed = AirObservationPayloadSchema.safeParse(e.payload);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return `payload.${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}`;
  }
  const { values, quality } = parsed.data;
  const time = new Date(e.observedAt);
  for (const metric of AIR_METRICS) {
    const value = values[metric];
    out.push({
      time,
      source: e.source,
      entity: e.entity,
      district: e.district,
      metric,
      value,
      quality: quality?.[metric] ?? (value === null ? 'missing' : 'ok'),
    });
  }
  return null;
};

/** Emergency-room beds as two readings per hospital: `er_beds_available` and `er_beds_total`. */
const erReported: Extractor = (e, out) => {
  const parsed = EmergencyRoomSchema.safeParse(e.payload);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return `payload.${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}`;
  }
  const time = new Date(e.observedAt);
  const { available, total } = parsed.data.beds;
  const row = { time, source: e.source, entity: e.entity, district: e.district, quality: 'ok' as const };
  out.push({ ...row, metric: 'er_beds_available', value: available }, { ...row, metric: 'er_beds_total', value: total });
  return null;
};

const EXTRACTORS: Readonly<Record<string, Extractor>> = {
  [EVENT_KINDS.airObserved]: airObserved,
  [ER_EVENT_KIND]: erReported,
};

/** Kinds with no extractor carry no readings (they are still consumed by their actors). */
export function readingsOf(events: readonly EventEnvelope[]): { rows: ReadingRow[]; rejections: Rejection[] } {
  const rows: ReadingRow[] = [];
  const rejections: Rejection[] = [];
  for (const event of events) {
    const extract = EXTRACTORS[event.kind];
    if (!extract) continue;
    const reason = extract(event, rows);
    if (reason !== null) rejections.push({ event, reason });
  }
  return { rows, rejections };
}
