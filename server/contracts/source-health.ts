/**
 * @module contracts/source-health
 * Connector run records (published by the runner) and source health (kept by source actors).
 */
import { z } from 'zod';
import { SourceIdSchema } from './envelope.ts';

export const RunOutcomeSchema = z.enum(['ok', 'partial', 'failed', 'rate-limited']);
export type RunOutcome = z.infer<typeof RunOutcomeSchema>;

export const ConnectorRunSchema = z.object({
  runId: z.string().min(1),
  source: SourceIdSchema,
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  outcome: RunOutcomeSchema,
  fetched: z.number().int().nonnegative(),
  parsed: z.number().int().nonnegative(),
  emitted: z.number().int().nonnegative(),
  dropped: z.number().int().nonnegative(),
  /** Newest observation time in the run, ISO UTC, or null. */
  newestObservedAt: z.iso.datetime().nullable(),
  error: z.string().nullable(),
});
export type ConnectorRun = z.infer<typeof ConnectorRunSchema>;

export const QuarantineRecordSchema = z.object({
  source: SourceIdSchema,
  subject: z.string(),
  reason: z.string(),
  /** The rejected bytes, base64. */
  raw: z.string(),
  at: z.iso.datetime(),
});
export type QuarantineRecord = z.infer<typeof QuarantineRecordSchema>;

export const SourceStatusSchema = z.enum(['unknown', 'healthy', 'degraded', 'stale', 'failing']);
export type SourceStatus = z.infer<typeof SourceStatusSchema>;

export const SourceHealthSchema = z.object({
  source: SourceIdSchema,
  status: SourceStatusSchema,
  lastRunAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /** Seconds between now and the newest observation. */
  lagSeconds: z.number().nullable(),
  stale: z.boolean(),
  runs: z.number().int(),
  failures: z.number().int(),
  emitted: z.number().int(),
  dropped: z.number().int(),
});
export type SourceHealth = z.infer<typeof SourceHealthSchema>;
