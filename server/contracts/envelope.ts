/**
 * @module contracts/envelope
 * The normalized event every connector publishes and every consumer reads.
 * Events travel in per-district batches so that one NATS message carries many observations.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

/** 5-digit MOIS/JUSO gu code, e.g. 11680 for 강남구. */
export const DistrictCodeSchema = z.string().regex(/^11\d{3}$/, 'a 5-digit Seoul MOIS gu code such as 11680');

/** Connector ids: lowercase words joined by dashes; also a NATS subject token. */
export const SourceIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,47}$/, 'lowercase letters, digits and dashes');

/** Entity ids follow `kind:key`, e.g. `station:111123`. */
export const EntityIdSchema = z.string().regex(/^[a-z][a-z0-9-]*:[^\s]+$/, 'an entity id such as station:111123');

export const EventEnvelopeSchema = z.object({
  v: z.literal(SCHEMA_VERSION),
  /** Natural key: the same observation always gets the same id. */
  id: z.string().min(1).max(200),
  source: SourceIdSchema,
  /** What happened, past tense by domain: `air.observed`. */
  kind: z.string().regex(/^[a-z]+(\.[a-z]+)+$/),
  /** When it was observed at the source, ISO 8601 in UTC. */
  observedAt: z.iso.datetime({ offset: false }),
  entity: EntityIdSchema,
  district: DistrictCodeSchema.nullable(),
  payload: z.unknown(),
});
export type EventEnvelope = z.infer<typeof EventEnvelopeSchema>;

export const EventBatchSchema = z.object({
  v: z.literal(SCHEMA_VERSION),
  source: SourceIdSchema,
  /** Deterministic per fetched page and district: the JetStream dedupe id. */
  batchId: z.string().min(1).max(256),
  /** Epoch milliseconds when the connector published the batch (for lag measurement). */
  publishedAt: z.number().int().nonnegative(),
  events: z.array(EventEnvelopeSchema).min(1),
});
export type EventBatch = z.infer<typeof EventBatchSchema>;
