/**
 * @module connectors/social-sim/params
 * Run parameters: where to start (default: the stream's own window, the last ten wall minutes), page size, and a
 * cap on pages per run.
 */
import { z } from 'zod';

export const SocialSimParamsSchema = z
  .object({
    /** Data time to read from, ISO 8601 with a zone. */
    since: z.iso.datetime({ offset: true }).optional(),
    limit: z.number().int().min(1).max(2000).default(500),
    maxPages: z.number().int().min(1).max(200).default(20),
  })
  .default({ limit: 500, maxPages: 20 });
export type SocialSimParams = z.infer<typeof SocialSimParamsSchema>;
