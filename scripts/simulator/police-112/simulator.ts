/**
 * @module scripts/simulator/police-112/simulator
 * The 112 system simulator: a SYNTHETIC stage-change feed (fixed seed), in the same shape as the 119 feed.
 *   GET /112/incidents?from=<YYYYMMDDHHmmss>&limit=<n>  ·  GET /112/incidents?since=<cursor>&limit=<n>
 */
import { formatKst } from '../../../connectors/_safety/kst.ts';
import { listen, type Listening } from '../http-adapter.ts';
import { errorResponse, notFound, okResponse } from '../safety-common/envelope.ts';
import { eventsOf, pageOf, parseFeedQuery } from '../safety-common/feed.ts';
import { loadCrimeCsv, type CrimeRow } from './crime-table.ts';
import { DEFAULT_CRIME_FILE, DEFAULT_INCIDENTS_PER_DAY, DEFAULT_POLICE_SEED, DEFAULT_POLICE_SPEEDUP } from './defaults.ts';
import { createPoliceGenerator, type PoliceGenerator } from './generator.ts';
import { policeItem } from './items.ts';
import { loadDongs, type DongIndex } from './places.ts';

export const POLICE_PREFIX = '/112';

export interface PoliceSimulatorOptions {
  /** The crime counts per police station (default: the bundled 2016 file). */
  file?: string;
  speedup?: number;
  lifecycleSpeedup?: number;
  incidentsPerDay?: number;
  /** Data time to start at (ISO 8601); default the wall clock at start. */
  startAt?: string;
  seed?: number;
  now?: () => number;
  /** Preloaded tables (tests, or several simulators in one process). */
  table?: readonly CrimeRow[];
  dongs?: DongIndex;
}

export interface PoliceSimulator {
  handler(req: Request): Promise<Response>;
  listen(port: number, host?: string): Promise<Listening>;
  generator: PoliceGenerator;
}

const parseStartAt = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) throw new RangeError(`startAt must be an ISO 8601 time: ${s}`);
  return ms;
};

export const createPoliceSimulator = async (o: PoliceSimulatorOptions = {}): Promise<PoliceSimulator> => {
  const now = o.now ?? Date.now;
  const [table, dongs] = await Promise.all([o.table ?? loadCrimeCsv(o.file ?? DEFAULT_CRIME_FILE), o.dongs ?? loadDongs()]);
  const generator = createPoliceGenerator({
    table,
    dongs,
    seed: o.seed ?? DEFAULT_POLICE_SEED,
    incidentsPerDay: o.incidentsPerDay ?? DEFAULT_INCIDENTS_PER_DAY,
    speedup: o.speedup ?? DEFAULT_POLICE_SPEEDUP,
    lifecycleSpeedup: o.lifecycleSpeedup ?? 1,
    startedAt: now(),
    dataStart: parseStartAt(o.startAt),
  });

  const incidents = (params: URLSearchParams): Response => {
    const t = now();
    const q = parseFeedQuery(params, t);
    if ('error' in q) return errorResponse(q.error);
    const page = pageOf(eventsOf(generator.incidentsBetween(q.after.ms - generator.maxLifeMs - 1, t), q.after, t), q);
    return okResponse(
      page.events.map((e) => policeItem(e.incident, e.stage)),
      { nextCursor: page.nextCursor, hasMore: page.hasMore, serverTime: formatKst(t), synthetic: true },
    );
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (req.method !== 'GET') return notFound();
    if (url.pathname === `${POLICE_PREFIX}/incidents` || url.pathname === `${POLICE_PREFIX}/incidents/`) return incidents(url.searchParams);
    return notFound();
  };

  return { handler, listen: (port, host = '127.0.0.1') => listen(handler, port, host), generator };
};
