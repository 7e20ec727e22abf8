/**
 * @module scripts/simulator/fire-119/simulator
 * The 119 dispatch-system simulator: replays the real fire-dispatch CSV as a live stage-change feed.
 *   GET /119/incidents?from=<YYYYMMDDHHmmss>&limit=<n>   stage changes since a KST time
 *   GET /119/incidents?since=<cursor>&limit=<n>          stage changes after a cursor
 * Without either, the last hour. Pages of at most 1000 (default 100), `hasMore` and `nextCursor`.
 */
import { formatKst } from '../../../connectors/_safety/kst.ts';
import { listen, type Listening } from '../http-adapter.ts';
import { errorResponse, notFound, okResponse } from '../safety-common/envelope.ts';
import { eventsOf, pageOf, parseFeedQuery } from '../safety-common/feed.ts';
import { loadFireCsv, type FireRow } from './csv.ts';
import { DEFAULT_FIRE_FILE, DEFAULT_FIRE_SEED, DEFAULT_FIRE_SPEEDUP, DEFAULT_LIFECYCLE_SPEEDUP } from './defaults.ts';
import { fireItem } from './items.ts';
import { createFireReplay, type FireReplay } from './replay.ts';

export const FIRE_PREFIX = '/119';

export interface FireSimulatorOptions {
  file?: string;
  speedup?: number;
  lifecycleSpeedup?: number;
  startAt?: string;
  seed?: number;
  now?: () => number;
}

export interface FireSimulator {
  handler(req: Request): Promise<Response>;
  listen(port: number, host?: string): Promise<Listening>;
  replay: FireReplay;
  rows: readonly FireRow[];
}

export const createFireSimulator = async (o: FireSimulatorOptions = {}): Promise<FireSimulator> => {
  const now = o.now ?? Date.now;
  const rows = await loadFireCsv(o.file ?? DEFAULT_FIRE_FILE);
  const replay = createFireReplay({
    rows,
    speedup: o.speedup ?? DEFAULT_FIRE_SPEEDUP,
    lifecycleSpeedup: o.lifecycleSpeedup ?? DEFAULT_LIFECYCLE_SPEEDUP,
    startedAt: now(),
    startAt: o.startAt,
    seed: o.seed ?? DEFAULT_FIRE_SEED,
  });

  const incidents = (params: URLSearchParams): Response => {
    const t = now();
    const q = parseFeedQuery(params, t);
    if ('error' in q) return errorResponse(q.error);
    const events = eventsOf(replay.incidentsBetween(q.after.ms - replay.maxLifeMs - 1, t), q.after, t);
    const page = pageOf(events, q);
    return okResponse(
      page.events.map((e) => fireItem(e.incident, e.stage)),
      { nextCursor: page.nextCursor, hasMore: page.hasMore, serverTime: formatKst(t) },
    );
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (req.method !== 'GET') return notFound();
    if (url.pathname === `${FIRE_PREFIX}/incidents` || url.pathname === `${FIRE_PREFIX}/incidents/`) return incidents(url.searchParams);
    return notFound();
  };

  return { handler, listen: (port, host = '127.0.0.1') => listen(handler, port, host), replay, rows };
};
