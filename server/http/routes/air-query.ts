/**
 * @module http/routes/air-query
 * The history query's parameters: parsing and limits (pure).
 */
import { z } from '@hono/zod-openapi';

const UNIT_SECONDS = { m: 60, h: 3600, d: 86400 } as const;
export const MAX_POINTS = 5000;
export const DEFAULT_WINDOW_MS = 24 * 3600 * 1000;

export function parseBucket(text: string): number | null {
  const m = /^(\d{1,4})(m|h|d)$/.exec(text);
  if (!m) return null;
  const seconds = Number(m[1]) * UNIT_SECONDS[m[2] as keyof typeof UNIT_SECONDS];
  return seconds >= 60 && seconds <= 31 * 86400 ? seconds : null;
}

export const HistoryQuerySchema = z
  .object({
    district: z.string().regex(/^11\d{3}$/, 'a 5-digit MOIS gu code such as 11680').openapi({ example: '11680' }),
    from: z.iso.datetime({ offset: true }).optional().openapi({ description: 'ISO 8601; default: 24 h before `to`' }),
    to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'ISO 8601; default: now' }),
    bucket: z
      .string()
      .default('1h')
      .refine((b) => parseBucket(b) !== null, 'a duration from 1m to 31d such as 5m, 1h or 1d')
      .openapi({ description: 'Bucket width; 1h or longer (whole hours) is served from the hourly rollup', example: '1h' }),
    station: z.string().max(32).optional().openapi({ description: 'Only this station (default: every station in the district)' }),
  })
  .superRefine((q, ctx) => {
    const to = q.to ? Date.parse(q.to) : Date.now();
    const from = q.from ? Date.parse(q.from) : to - DEFAULT_WINDOW_MS;
    if (from >= to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must be before `to`' });
    const bucket = parseBucket(q.bucket);
    if (bucket !== null && (to - from) / 1000 / bucket > MAX_POINTS) {
      ctx.addIssue({ code: 'custom', path: ['bucket'], message: `too fine for the range: at most ${MAX_POINTS} buckets` });
    }
  });

export interface ResolvedHistoryQuery {
  district: string;
  from: Date;
  to: Date;
  bucketSeconds: number;
  station?: string;
}

const HOUR_MS = 3_600_000;

/** Defaults filled in; for whole-hour buckets the range is widened to whole hours so the rollup answers it. */
export function resolveHistoryQuery(q: z.infer<typeof HistoryQuerySchema>, now: number): ResolvedHistoryQuery {
  const bucketSeconds = parseBucket(q.bucket) ?? 3600;
  const hourly = bucketSeconds % 3600 === 0;
  let to = q.to ? Date.parse(q.to) : now;
  let from = q.from ? Date.parse(q.from) : to - DEFAULT_WINDOW_MS;
  if (hourly) {
    from = Math.floor(from / HOUR_MS) * HOUR_MS;
    to = Math.ceil(to / HOUR_MS) * HOUR_MS;
  }
  return {
    district: q.district,
    from: new Date(from),
    to: new Date(to),
    bucketSeconds,
    ...(q.station === undefined ? {} : { station: q.station }),
  };
}
