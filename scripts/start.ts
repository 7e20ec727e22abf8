/**
 * @module scripts/start
 * `npm start`: the platform with simulated source systems replaying real Seoul data.
 * Starts the Seoul Open API simulator, points the air connector at it, then starts every role of the
 * platform in this process (on the real services when they answer, on embedded stand-ins otherwise).
 *
 * Settings: SIM_FILE (any CSV in the shape of Seoul's daily-by-station file), SIM_SPEEDUP, SIM_PORT,
 * plus everything server/config.ts reads (PORT, DATABASE_URL, NATS_URL, REDIS_URL, ...).
 */
import { pino } from 'pino';
import { z } from 'zod';
import { loadConfig } from '../server/config.ts';
import { startPlatform } from '../server/platform/start.ts';
import { stopOnSignals } from '../server/platform/shutdown.ts';
import { DEFAULT_FILE, DEFAULT_PORT, DEFAULT_SPEEDUP } from './simulator/defaults.ts';
import { createAirSimulator } from './simulator/simulator.ts';
import { startSafetySimulators } from './simulator/safety.ts';
import { startDemoCameras } from './simulator/cameras/demo.ts';
import { startOpinionSimulators } from './simulator/opinion.ts';

const SimSchema = z.object({
  SIM_FILE: z.string().min(1).default(DEFAULT_FILE),
  SIM_SPEEDUP: z.coerce.number().positive().default(DEFAULT_SPEEDUP),
  SIM_PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
  /** How often the connectors poll the simulator. */
  CONNECTOR_EVERY_MS: z.coerce.number().int().min(100).default(5000),
  /** Data time per wall time of the 119 and 112 feeds (720: a data day every 2 minutes). */
  SIM_SAFETY_SPEEDUP: z.coerce.number().positive().default(720),
  SIM_SAFETY_PORT: z.coerce.number().int().min(0).max(65_535).default(8092),
  /** Synthetic 112 calls per data day (about 40 open at once at the default speed-up). */
  SIM_POLICE_PER_DAY: z.coerce.number().positive().default(2),
  /** Data time per wall time of the 120 complaints and social feeds (1: real time, so answer deadlines hold). */
  SIM_OPINION_SPEEDUP: z.coerce.number().positive().default(1),
  SIM_OPINION_PORT: z.coerce.number().int().min(0).max(65_535).default(8094),
  SIM_COMPLAINTS_PER_DAY: z.coerce.number().positive().default(1200),
  /** The camera simulator's own media server (the camera side the relay pulls from). */
  SIM_CAMERA_RTMP_PORT: z.coerce.number().int().min(0).max(65_535).default(1936),
  SIM_CAMERA_HTTP_PORT: z.coerce.number().int().min(0).max(65_535).default(8093),
});

const sim = SimSchema.parse(process.env);
const log = pino({ level: process.env['LOG_LEVEL'] ?? 'info', base: { service: 'scpm' } });

const simulator = await createAirSimulator({ file: sim.SIM_FILE, speedup: sim.SIM_SPEEDUP });
const simServer = await simulator.listen(sim.SIM_PORT, '127.0.0.1');
log.info(
  { url: simServer.url, file: sim.SIM_FILE, speedup: sim.SIM_SPEEDUP, replaying: simulator.current().date },
  'simulated source system: Seoul Open API air quality (replaying real OA-2218 daily data)',
);

const safety = await startSafetySimulators({ speedup: sim.SIM_SAFETY_SPEEDUP, port: sim.SIM_SAFETY_PORT, host: '127.0.0.1', policeIncidentsPerDay: sim.SIM_POLICE_PER_DAY });
log.info(
  { urls: safety.urls, speedup: sim.SIM_SAFETY_SPEEDUP },
  'simulated source systems: 119 dispatch (replaying the real 2021 fires), 112 police (synthetic), emergency-room beds (synthetic)',
);

const opinion = await startOpinionSimulators({ speedup: sim.SIM_OPINION_SPEEDUP, port: sim.SIM_OPINION_PORT, host: '127.0.0.1', complaintsPerDay: sim.SIM_COMPLAINTS_PER_DAY });
log.info({ urls: opinion.urls, speedup: sim.SIM_OPINION_SPEEDUP }, 'simulated source systems: 120 Dasan complaints, resident proposals and polls, a social-media stream (synthetic)');

const cameras = await startDemoCameras({ rtmpPort: sim.SIM_CAMERA_RTMP_PORT, httpPort: sim.SIM_CAMERA_HTTP_PORT, log });

const config = loadConfig({
  ...process.env,
  ...(cameras ? { CAMERA_STREAM_URL_TEMPLATE: cameras.template } : {}),
  SEOUL_AIR_BASE_URL: simServer.url,
  FIRE_119_BASE_URL: safety.urls.fire119,
  POLICE_112_BASE_URL: safety.urls.police112,
  ER_BEDS_BASE_URL: safety.urls.erBeds,
  DASAN_120_BASE_URL: opinion.urls.dasan120,
  SOCIAL_SIM_BASE_URL: opinion.urls.social,
  PROPOSALS_BASE_URL: opinion.urls.proposals,
  BUDGET_BASE_URL: opinion.urls.budget,
  // the simulated feed serves its last eight days when asked, so the trends have a baseline from the start
  NEWS_FEED_URLS: process.env['NEWS_FEED_URLS'] || `${opinion.urls.news}?days=8`,
  CONNECTOR_EVERY_MS: String(sim.CONNECTOR_EVERY_MS),
});
const platform = await startPlatform(config, log);
// the simulated sources keep history: load their last days once, as a city connecting them would
const backfills: Array<[string, Record<string, unknown>]> = [
  ['dasan-120', { from: new Date(Date.now() - 14 * 86_400_000).toISOString(), pageSize: 500 }],
  ['social-sim', { since: new Date(Date.now() - 7 * 86_400_000).toISOString(), maxPages: 40 }],
  // this year's budget execution, month by month (a scheduled run reads the current and the previous month)
  ...Array.from({ length: new Date().getUTCMonth() }, (_, m): [string, Record<string, unknown>] => ['budget', { year: new Date().getUTCFullYear(), month: m + 1 }]),
];
for (const [id, params] of backfills) {
  await platform.connectors?.scheduler.runOnce(id, params).catch((err: unknown) => log.warn({ err, connector: id }, 'backfill not started'));
}
log.info(
  { wall: `${platform.api?.url}/wall/?role=mayor`, api: platform.api?.url, openapi: `${platform.api?.url}/api/openapi.json`, modes: platform.modes },
  `SCPM is running — open ${platform.api?.url}/wall/?role=mayor, the public portal at ${platform.api?.url}/ or the API reference at /api/docs`,
);

stopOnSignals(log, async () => {
  await platform.stop();
  await simServer.close();
  await safety.close();
  await opinion.close();
  await cameras?.close();
});
