/**
 * @module connectors/kit/manifest
 * What a connector declares about its source system: identity, owner, protocol, schedule, secrets, output.
 */
import { z } from 'zod';
import { SourceIdSchema } from '../../server/contracts/index.ts';

const BilingualSchema = z.object({ ko: z.string().min(1), en: z.string().min(1) });

/** A fixed interval in milliseconds, or a cron pattern evaluated in a time zone. */
export const ScheduleSchema = z.union([
  z.object({ every: z.number().int().min(1000, 'at least one second') }).strict(),
  z.object({ pattern: z.string().min(9), tz: z.string().min(1) }).strict(),
]);
export type Schedule = z.infer<typeof ScheduleSchema>;

const EnvNameSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an environment variable name');

export const ConnectorManifestSchema = z.object({
  id: SourceIdSchema,
  title: BilingualSchema,
  department: BilingualSchema,
  protocol: z.enum(['http-json', 'http-xml', 'file', 'simulated']),
  schedule: ScheduleSchema,
  /** Environment variables holding credentials; values reach the connector through `ctx.config`. */
  secrets: z.array(EnvNameSchema),
  /** Non-secret settings (base URLs and the like), also read from `ctx.config`. */
  config: z.array(EnvNameSchema).default([]),
  /** Event kinds this connector publishes, e.g. `air.observed`. */
  emits: z.array(z.string().regex(/^[a-z]+(\.[a-z]+)+$/)).min(1),
  /** The source counts as stale when its newest observation is older than this. */
  staleAfterSeconds: z.number().int().positive(),
  /** True when the data is generated, not measured. */
  synthetic: z.boolean(),
  attribution: z.string().min(1),
});
export type ConnectorManifest = z.infer<typeof ConnectorManifestSchema>;
export type ConnectorManifestInput = z.input<typeof ConnectorManifestSchema>;
