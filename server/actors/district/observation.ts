/**
 * @module actors/district/observation
 * The boundary check for `air.observed` envelopes: zod-validated envelope and payload, the right
 * kind and district. Pure; returns a reason instead of throwing so the actor can log and count it.
 */
import { EventEnvelopeSchema } from '../../contracts/envelope.ts';
import { AirObservationPayloadSchema, EVENT_KINDS } from '../../contracts/metrics.ts';
import type { StationObservation } from './district-air.ts';

export type ParsedObservation = { ok: true; observation: StationObservation } | { ok: false; reason: string };

const issues = (error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string =>
  error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');

export const parseAirObservation = (envelope: unknown, district: string): ParsedObservation => {
  const env = EventEnvelopeSchema.safeParse(envelope);
  if (!env.success) return { ok: false, reason: `invalid envelope: ${issues(env.error)}` };
  if (env.data.kind !== EVENT_KINDS.airObserved) return { ok: false, reason: `unexpected kind ${env.data.kind}` };
  if (env.data.district !== district) return { ok: false, reason: `envelope for district ${String(env.data.district)}` };
  const payload = AirObservationPayloadSchema.safeParse(env.data.payload);
  if (!payload.success) return { ok: false, reason: `invalid air.observed payload: ${issues(payload.error)}` };
  return { ok: true, observation: { ...payload.data, observedAt: env.data.observedAt, source: env.data.source } };
};
