/**
 * @module connectors/safety/feed
 * Reading a dispatch system's stage-change feed (`GET {base}/incidents`) by cursor, for the 119 and 112
 * connectors. The runner keeps no state between runs, so each run starts at `now − windowMinutes`, rounded
 * down to whole `ALIGN_MS`, and follows `nextCursor` while `hasMore`. Consecutive runs therefore read the
 * same pages (same events, same batch ids: the bus drops the repeats) until a new stage change arrives;
 * event ids are natural keys, so whatever is read twice is harmless. `from` replays an earlier stretch.
 */
import { z } from 'zod';
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { FetchError } from '../_kit/errors.ts';
import { baseUrlOf, checkedEnvelope, getPage } from './http.ts';
import { kstDigits } from './kst.ts';

export const ALIGN_MS = 5 * 60_000;
/** A run stops after this many pages and logs it; the rest is read by the next run. */
export const MAX_PAGES = 200;

export const FeedParamsSchema = z
  .object({
    /** How far back a scheduled run reads (covers restarts and retries). */
    windowMinutes: z.number().int().min(1).max(7 * 24 * 60).default(30),
    /** Read from this time instead (a replay after an outage), ISO 8601. */
    from: z.iso.datetime({ offset: true }).optional(),
    /** Stage changes per page (the feed serves at most 1000). */
    limit: z.number().int().min(1).max(1000).default(500),
  })
  .strict();
export type FeedParams = z.infer<typeof FeedParamsSchema>;

/** Epoch ms the run starts reading at. */
export const feedStart = (p: FeedParams, now: number): number => {
  if (p.from !== undefined) return Math.min(Date.parse(p.from), now);
  return Math.floor((now - p.windowMinutes * 60_000) / ALIGN_MS) * ALIGN_MS;
};

export const feedUrl = (base: string, position: { from: number } | { since: string }, limit: number): string =>
  'from' in position
    ? `${base}/incidents?from=${kstDigits(position.from)}&limit=${limit}`
    : `${base}/incidents?since=${encodeURIComponent(position.since)}&limit=${limit}`;

/** The pages of one run: first by time, then by the cursor each page hands on. */
export async function* fetchFeed(ctx: FetchContext<FeedParams>, baseEnv: string): AsyncIterable<RawPage> {
  const base = baseUrlOf(ctx.config, baseEnv);
  let url = feedUrl(base, { from: feedStart(ctx.params, ctx.now()) }, ctx.params.limit);
  let cursor: string | null = null;
  for (let pages = 1; ; pages++) {
    const page = await getPage(ctx.fetch, url, ctx.now);
    const env = checkedEnvelope(page);
    yield page;
    if (env === null || !env.hasMore) return;
    if (env.nextCursor === null || env.nextCursor === cursor) throw new FetchError(`the feed at ${url} says hasMore but did not advance its cursor`);
    if (pages >= MAX_PAGES) {
      ctx.log.warn({ pages, cursor: env.nextCursor }, 'page limit reached; the next run goes on');
      return;
    }
    cursor = env.nextCursor;
    url = feedUrl(base, { since: cursor }, ctx.params.limit);
  }
}
