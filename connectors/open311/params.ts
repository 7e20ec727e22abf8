/**
 * @module connectors/open311/params
 * Run parameters. A scheduled run reads the requests of the last `windowDays` (start_date/end_date, which
 * GeoReport v2 caps at 90 days), the window's end rounded up to whole `ALIGN_MS` so that runs close together
 * send the same request. `from`/`to` read an earlier stretch; `ids` re-reads given requests one by one.
 */
import { z } from 'zod';

export const ALIGN_MS = 5 * 60_000;
export const DAY_MS = 86_400_000;
/** The longest start_date–end_date span GeoReport v2 allows. */
export const MAX_WINDOW_DAYS = 90;

const Iso = z.iso.datetime({ offset: true });

export const Open311ParamsSchema = z
  .object({
    windowDays: z.number().int().min(1).max(MAX_WINDOW_DAYS).default(MAX_WINDOW_DAYS),
    from: Iso.optional(),
    to: Iso.optional(),
    /** The spec's `status` filter. */
    status: z.enum(['open', 'closed']).optional(),
    /** The spec's `service_code` filter (one code or a comma-separated list). */
    serviceCode: z.string().trim().min(1).max(400).optional(),
    /** Read these requests by id (`requests/{id}.{fmt}`) instead of a window. */
    ids: z.array(z.string().trim().regex(/^[A-Za-z0-9_.-]{1,80}$/, 'a service_request_id')).min(1).max(100).optional(),
    /** The `page_size` extension; paging stops at a page shorter than this. */
    pageSize: z.number().int().min(1).max(1000).default(100),
    /** Read the service list too (once per run). */
    services: z.boolean().default(true),
  })
  .strict()
  .refine((p) => p.to === undefined || p.from !== undefined, { message: '`to` needs `from`', path: ['to'] })
  .refine((p) => p.from === undefined || p.to === undefined || Date.parse(p.from) < Date.parse(p.to), { message: '`from` must be before `to`', path: ['to'] })
  .refine((p) => p.from === undefined || p.to === undefined || Date.parse(p.to) - Date.parse(p.from) <= MAX_WINDOW_DAYS * DAY_MS, {
    message: `GeoReport v2 allows at most ${MAX_WINDOW_DAYS} days from start_date to end_date`,
    path: ['to'],
  });
export type Open311Params = z.infer<typeof Open311ParamsSchema>;

/** Epoch ms of the start_date and end_date of a run at `now`. */
export const requestWindow = (p: Open311Params, now: number): { start: number; end: number } => {
  if (p.from !== undefined) {
    const start = Date.parse(p.from);
    return { start, end: p.to !== undefined ? Date.parse(p.to) : Math.max(start, Math.min(start + MAX_WINDOW_DAYS * DAY_MS, now)) };
  }
  const end = Math.ceil(now / ALIGN_MS) * ALIGN_MS;
  return { start: end - p.windowDays * DAY_MS, end };
};
