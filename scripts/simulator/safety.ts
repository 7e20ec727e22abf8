/**
 * @module scripts/simulator/safety
 * The three simulated safety source systems behind one HTTP server, one path prefix each:
 *   /119   the 119 dispatch system — replays the real 2021 fires (fire-119/)
 *   /112   the 112 police system   — SYNTHETIC incidents like the 2016 counts (police-112/)
 *   /er    emergency-room beds     — SYNTHETIC availability at 30 real institutions (er-beds/)
 * `urls` are the base URLs the connectors take (FIRE_119_BASE_URL, POLICE_112_BASE_URL, ER_BEDS_BASE_URL).
 */
import { createErSimulator, ER_PREFIX } from './er-beds/simulator.ts';
import { createFireSimulator, FIRE_PREFIX } from './fire-119/simulator.ts';
import { listen } from './http-adapter.ts';
import { createPoliceSimulator, POLICE_PREFIX } from './police-112/simulator.ts';

export const DEFAULT_SAFETY_PORT = 8092;

export interface SafetySimulatorOptions {
  /** Data time per wall time (default 720: a data day every 2 minutes). */
  speedup?: number;
  /** Each incident's own stages (default 1: real time). */
  lifecycleSpeedup?: number;
  /** Default 8092; 0 picks a free port. */
  port?: number;
  host?: string;
  now?: () => number;
  /** The fire-dispatch CSV (default: the bundled 2021 file) and where in it to start (YYYY-MM-DD). */
  fireFile?: string;
  fireStartAt?: string;
  /** Synthetic 112 calls per data day (default 7). */
  policeIncidentsPerDay?: number;
  /** One seed for all three (default: each simulator's own). */
  seed?: number;
}

export interface SafetySimulators {
  url: string;
  urls: { fire119: string; police112: string; erBeds: string };
  handler(req: Request): Promise<Response>;
  close(): Promise<void>;
}

const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]?: V }));

/** Builds the three simulators and one handler that routes by the first path segment. */
export const createSafetyHandler = async (o: SafetySimulatorOptions = {}): Promise<(req: Request) => Promise<Response>> => {
  const common = { ...opt('speedup', o.speedup), ...opt('now', o.now), ...opt('seed', o.seed) };
  const [fire, police, er] = await Promise.all([
    createFireSimulator({ ...common, ...opt('lifecycleSpeedup', o.lifecycleSpeedup), ...opt('file', o.fireFile), ...opt('startAt', o.fireStartAt) }),
    createPoliceSimulator({ ...common, ...opt('lifecycleSpeedup', o.lifecycleSpeedup), ...opt('incidentsPerDay', o.policeIncidentsPerDay) }),
    createErSimulator(common),
  ]);
  const routes: [string, (req: Request) => Promise<Response>][] = [[FIRE_PREFIX, fire.handler], [POLICE_PREFIX, police.handler], [ER_PREFIX, er.handler]];
  return async (req) => {
    const path = new URL(req.url).pathname;
    const route = routes.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
    return route ? route[1](req) : new Response('not found', { status: 404 });
  };
};

export const startSafetySimulators = async (o: SafetySimulatorOptions = {}): Promise<SafetySimulators> => {
  const handler = await createSafetyHandler(o);
  const server = await listen(handler, o.port ?? DEFAULT_SAFETY_PORT, o.host ?? '127.0.0.1');
  return {
    url: server.url,
    urls: { fire119: `${server.url}${FIRE_PREFIX}`, police112: `${server.url}${POLICE_PREFIX}`, erBeds: `${server.url}${ER_PREFIX}` },
    handler,
    close: () => server.close(),
  };
};
