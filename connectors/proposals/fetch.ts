/**
 * @module connectors/proposals/fetch
 * I/O only: the pages of one run. The runner keeps no state between runs, so each run reads
 *   1. the proposals that changed in [now − windowMinutes (rounded down to 5 minutes), now], page after page;
 *   2. the standing ones: those awaiting the city's answer or answered, that changed in the `standingDays` before
 *      that window — so a platform that starts fresh (or lost its state) still knows every answer the city owes;
 *   3. the polls published in the last `pollDays`.
 * Windows 1 and 2 do not overlap, so no run publishes the same event twice; consecutive runs overlap and the event
 * ids are natural keys, so what is read twice is harmless. `from` replays (or backfills) changes since an earlier time.
 */
import { z } from 'zod';
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { baseUrlOf, getPage } from '../_safety/http.ts';
import { PROPOSAL_STATUS_NAMES } from './api.ts';

export const BASE_URL_ENV = 'PROPOSALS_BASE_URL';
export const ALIGN_MS = 5 * 60_000;
const DAY = 86_400_000;
/** A query stops after this many pages and logs it; the next run goes on. */
export const MAX_PAGES = 100;
export const STANDING_STATUSES = [PROPOSAL_STATUS_NAMES['awaiting-response'], PROPOSAL_STATUS_NAMES.answered].join(',');

export const ProposalsParamsSchema = z
  .object({
    /** How far back a scheduled run reads changes (covers restarts and retries). */
    windowMinutes: z.number().int().min(1).max(31 * 24 * 60).default(30),
    /** How far back the standing proposals (awaiting an answer, answered) are read. */
    standingDays: z.number().int().min(1).max(366).default(90),
    /** How far back polls are read. */
    pollDays: z.number().int().min(1).max(366).default(14),
    /** Read changes from this time instead (a backfill or a replay after an outage), ISO 8601. */
    from: z.iso.datetime({ offset: true }).optional(),
    /** Proposals per page (the feed serves at most 1000). */
    pageSize: z.number().int().min(1).max(1000).default(500),
  })
  .strict();
export type ProposalsParams = z.infer<typeof ProposalsParamsSchema>;

export interface RunWindows {
  changes: { since: number; until: number };
  /** Null when the change window already reaches back that far. */
  standing: { since: number; until: number } | null;
  polls: { since: number; until: number };
}

/** The windows of a run, epoch ms. */
export const windowsOf = (p: ProposalsParams, now: number): RunWindows => {
  const until = Math.floor(now / 1000) * 1000;
  const since = p.from !== undefined ? Math.min(Date.parse(p.from), until) : Math.floor((now - p.windowMinutes * 60_000) / ALIGN_MS) * ALIGN_MS;
  const standingSince = until - p.standingDays * DAY;
  return {
    changes: { since, until },
    standing: standingSince < since - 1000 ? { since: standingSince, until: since - 1000 } : null,
    polls: { since: Math.min(since, until - p.pollDays * DAY), until },
  };
};

const iso = (ms: number): string => new Date(ms).toISOString();

export const itemsUrl = (base: string, w: { since: number; until: number }, page: number, pageSize: number, status?: string): string => {
  const q = new URLSearchParams({ since: iso(w.since), until: iso(w.until), ...(status === undefined ? {} : { status }), page: String(page), pageSize: String(pageSize) });
  return `${base}/items?${q.toString()}`;
};

export const pollsUrl = (base: string, w: { since: number; until: number }): string =>
  `${base}/polls?${new URLSearchParams({ since: iso(w.since), until: iso(w.until) }).toString()}`;

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

/** Every page of one proposals query, keeping the `until` the feed served first so the pages cut one fixed set. */
async function* itemPages(ctx: FetchContext<ProposalsParams>, base: string, window: { since: number; until: number }, status?: string): AsyncIterable<RawPage> {
  let until = window.until;
  for (let page = 1; ; page++) {
    const raw = await getPage(ctx.fetch, itemsUrl(base, { since: window.since, until }, page, ctx.params.pageSize, status), ctx.now);
    const head = headOf(raw);
    yield raw;
    if (head === null || !head.hasMore) return;
    if (page >= MAX_PAGES) {
      ctx.log.warn({ pages: page, since: iso(window.since), status }, 'page limit reached; the next run goes on');
      return;
    }
    if (page === 1 && head.until !== null && head.until < until) until = head.until;
  }
}

export async function* fetchProposals(ctx: FetchContext<ProposalsParams>): AsyncIterable<RawPage> {
  const base = baseUrlOf(ctx.config, BASE_URL_ENV);
  const w = windowsOf(ctx.params, ctx.now());
  yield* itemPages(ctx, base, w.changes);
  if (w.standing !== null) yield* itemPages(ctx, base, w.standing, STANDING_STATUSES);
  yield await getPage(ctx.fetch, pollsUrl(base, w.polls), ctx.now);
}
