/**
 * @module scripts/simulator/dasan-120/simulator
 * The 120 Dasan call centre simulator: a SYNTHETIC complaint feed (fixed seed) over HTTP.
 *   GET /120/complaints?since=<ISO>&until=<ISO>&page=<n>&pageSize=<1..1000>
 *       the complaints with a step (filing or status change) in [since, until], in number order, each with its
 *       history as of the simulator's clock; `until` defaults to now and is capped at it, `since` defaults to
 *       an hour before `until`.
 *   GET /120/rising-issues?since=<ISO>&until=<ISO>
 *       the rising issues under way in the window (started by now): the ground truth of the synthetic feed.
 * Invalid parameters get HTTP 400 `{ error: 'invalid-parameter', message }`; other paths 404.
 */
import { z } from 'zod';
import { guByCode } from '../../../connectors/_safety/gu.ts';
import { isoKst, type DasanComplaintPage } from '../../../connectors/dasan-120/api.ts';
import { listen, type Listening } from '../http-adapter.ts';
import { DEFAULT_COMPLAINTS_PER_DAY, DEFAULT_DASAN_SEED, DEFAULT_DASAN_SPEEDUP, DEFAULT_HISTORY_DAYS, DEFAULT_PAGE_SIZE, DEFAULT_WINDOW_MS, MAX_PAGE_SIZE } from './defaults.ts';
import { detailsOf } from './details.ts';
import { createDasanGenerator, type DasanGenerator } from './generator.ts';
import { complaintItem } from './items.ts';
import { loadPlaces, type ComplaintPlaces } from './places.ts';

export const DASAN_PREFIX = '/120';

export interface DasanSimulatorOptions {
  speedup?: number;
  /** Default: `speedup`. */
  lifecycleSpeedup?: number;
  complaintsPerDay?: number;
  historyDays?: number;
  /** Data time to start at (ISO 8601); default the wall clock at start. */
  startAt?: string;
  seed?: number;
  now?: () => number;
  /** Preloaded places (tests, or several simulators in one process). */
  places?: ComplaintPlaces;
}

export interface DasanSimulator {
  handler(req: Request): Promise<Response>;
  listen(port: number, host?: string): Promise<Listening>;
  generator: DasanGenerator;
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const invalid = (message: string): Response => json({ error: 'invalid-parameter', message }, 400);

const count = (max: number) => z.string().regex(/^\d{1,7}$/, 'a whole number').transform(Number).pipe(z.number().int().min(1).max(max));
const QuerySchema = z.object({
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  page: count(1_000_000).default(1),
  pageSize: count(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

interface Window {
  since: number;
  until: number;
  page: number;
  pageSize: number;
}

/** The window asked for, `until` capped at `now`; a message for anything invalid. */
export const parseWindow = (params: URLSearchParams, now: number): Window | { error: string } => {
  const res = QuerySchema.safeParse(Object.fromEntries(params));
  if (!res.success) return { error: res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const q = res.data;
  const until = Math.min(now, q.until === undefined ? now : Date.parse(q.until));
  const since = q.since === undefined ? until - DEFAULT_WINDOW_MS : Date.parse(q.since);
  if (q.until !== undefined && q.since !== undefined && Date.parse(q.since) > Date.parse(q.until)) return { error: 'since must not be after until' };
  return { since, until, page: q.page, pageSize: q.pageSize };
};

const parseStartAt = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) throw new RangeError(`startAt must be an ISO 8601 time: ${s}`);
  return ms;
};

export const createDasanSimulator = async (o: DasanSimulatorOptions = {}): Promise<DasanSimulator> => {
  const now = o.now ?? Date.now;
  const places = o.places ?? (await loadPlaces());
  const seed = o.seed ?? DEFAULT_DASAN_SEED;
  const speedup = o.speedup ?? DEFAULT_DASAN_SPEEDUP;
  const lifecycleSpeedup = o.lifecycleSpeedup ?? speedup;
  const generator = createDasanGenerator({
    places,
    seed,
    complaintsPerDay: o.complaintsPerDay ?? DEFAULT_COMPLAINTS_PER_DAY,
    speedup,
    lifecycleSpeedup,
    startedAt: now(),
    dataStart: parseStartAt(o.startAt),
    historyDays: o.historyDays ?? DEFAULT_HISTORY_DAYS,
  });

  const complaints = (params: URLSearchParams): Response => {
    const t = now();
    const w = parseWindow(params, t);
    if ('error' in w) return invalid(w.error);
    const all = w.since > w.until ? [] : generator.touching(w.since, w.until);
    const served = all.slice((w.page - 1) * w.pageSize, w.page * w.pageSize);
    const body: DasanComplaintPage = {
      synthetic: true,
      serverTime: isoKst(t),
      since: isoKst(w.since),
      until: isoKst(w.until),
      page: w.page,
      pageSize: w.pageSize,
      totalCount: all.length,
      hasMore: w.page * w.pageSize < all.length,
      complaints: served.map((c) => complaintItem(c, detailsOf(seed, places, c), t, lifecycleSpeedup)),
    };
    return json(body);
  };

  const risingIssues = (params: URLSearchParams): Response => {
    const t = now();
    const w = parseWindow(params, t);
    if ('error' in w) return invalid(w.error);
    const issues = generator
      .issuesBetween(generator.dataOf(w.since), generator.dataOf(w.until))
      .filter((i) => generator.wallOf(i.start) <= t)
      .map((i) => ({
        id: i.id,
        category: i.category,
        guCode: i.district,
        gu: i.district === null ? null : (guByCode(i.district)?.ko ?? null),
        hotspotDong: i.hotspot === null ? null : (places.byCode.get(i.district ?? '')?.dongs.find((d) => d.code === i.hotspot)?.nameKo ?? null),
        start: isoKst(generator.wallOf(i.start)),
        end: isoKst(generator.wallOf(i.end)),
        extraPerDay: Math.round(i.perDay),
        cause: i.cause,
      }));
    return json({ synthetic: true, serverTime: isoKst(t), since: isoKst(w.since), until: isoKst(w.until), issues });
  };

  const routes: Readonly<Record<string, (params: URLSearchParams) => Response>> = {
    [`${DASAN_PREFIX}/complaints`]: complaints,
    [`${DASAN_PREFIX}/rising-issues`]: risingIssues,
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const route = routes[url.pathname.replace(/\/+$/, '')];
    if (req.method !== 'GET' || !route) return new Response('not found', { status: 404 });
    return route(url.searchParams);
  };

  return { handler, listen: (port, host = '127.0.0.1') => listen(handler, port, host), generator };
};
