/**
 * @module connectors/dasan-120/fetch
 * I/O only: the pages of one run. The runner keeps no state between runs, so each run asks for the complaints
 * with a step in [now − windowMinutes (rounded down to 5 minutes), now] and reads page after page while the
 * feed says `hasMore`, keeping the `until` the feed served first, so the pages cut one fixed set. Consecutive
 * runs read overlapping windows; event ids are natural keys, so what is read twice is harmless.
 * `from` replays (or backfills) everything since an earlier time.
 */
import { z } from 'zod';
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { baseUrlOf, getPage } from '../_safety/http.ts';

export const BASE_URL_ENV = 'DASAN_120_BASE_URL';
export const ALIGN_MS = 5 * 60_000;
/** A run stops after this many pages and logs it; the next run goes on. */
export const MAX_PAGES = 200;

export const DasanParamsSchema = z
  .object({
    /** How far back a scheduled run reads (covers restarts and retries). */
    windowMinutes: z.number().int().min(1).max(31 * 24 * 60).default(30),
    /** Read from this time instead (a backfill or a replay after an outage), ISO 8601. */
    from: z.iso.datetime({ offset: true }).optional(),
    /** Complaints per page (the feed serves at most 1000). */
    pageSize: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type DasanParams = z.infer<typeof DasanParamsSchema>;

/** The window of a run, epoch ms. */
export const windowOf = (p: DasanParams, now: number): { since: number; until: number } => {
  const until = Math.floor(now / 1000) * 1000;
  const since = p.from !== undefined ? Math.min(Date.parse(p.from), until) : Math.floor((now - p.windowMinutes * 60_000) / ALIGN_MS) * ALIGN_MS;
  return { since, until };
};

export const pageUrl = (base: string, since: number, until: number, page: number, pageSize: number): string => {
  const q = new URLSearchParams({ since: new Date(since).toISOString(), until: new Date(until).toISOString(), page: String(page), pageSize: String(pageSize) });
  return `${base}/complaints?${q.toString()}`;
};

const HeadSchema = z.looseObject({ hasMore: z.boolean(), until: z.iso.datetime({ offset: true }).optional() });

/** `hasMore` and the served `until` of a page; null when the page cannot be read (parse quarantines it). */
const headOf = (page: RawPage): { hasMore: boolean; until: number | null } | null => {
  try {
    const res = HeadSchema.safeParse(JSON.parse(page.body.toString()));
    return res.success ? { hasMore: res.data.hasMore, until: res.data.until === undefined ? null : Date.parse(res.data.until) } : null;
  } catch {
    return null;
  }
};

export async function* fetchDasan120(ctx: FetchContext<DasanParams>): AsyncIterable<RawPage> {
  const base = baseUrlOf(ctx.config, BASE_URL_ENV);
  const window = windowOf(ctx.params, ctx.now());
  let until = window.until;
  for (let page = 1; ; page++) {
    const raw = await getPage(ctx.fetch, pageUrl(base, window.since, until, page, ctx.params.pageSize), ctx.now);
    const head = headOf(raw);
    yield raw;
    if (head === null || !head.hasMore) return;
    if (page >= MAX_PAGES) {
      ctx.log.warn({ pages: page, since: new Date(window.since).toISOString() }, 'page limit reached; the next run goes on');
      return;
    }
    if (page === 1 && head.until !== null && head.until < until) until = head.until;
  }
}
