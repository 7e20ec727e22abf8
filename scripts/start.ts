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

const SimSchema = z.object({
  SIM_FILE: z.string().min(1).default(DEFAULT_FILE),
  SIM_SPEEDUP: z.coerce.number().positive().default(DEFAULT_SPEEDUP),
  SIM_PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
  /** How often the connectors poll the simulator. */
  CONNECTOR_EVERY_MS: z.coerce.number().int().min(100).default(5000),
});

const sim = SimSchema.parse(process.env);
const log = pino({ level: process.env['LOG_LEVEL'] ?? 'info', base: { service: 'scpm' } });

const simulator = await createAirSimulator({ file: sim.SIM_FILE, speedup: sim.SIM_SPEEDUP });
const simServer = await simulator.listen(sim.SIM_PORT, '127.0.0.1');
log.info(
  { url: simServer.url, file: sim.SIM_FILE, speedup: sim.SIM_SPEEDUP, replaying: simulator.current().date },
  'simulated source system: Seoul Open API air quality (replaying real OA-2218 daily data)',
);

const config = loadConfig({ ...process.env, SEOUL_AIR_BASE_URL: simServer.url, CONNECTOR_EVERY_MS: String(sim.CONNECTOR_EVERY_MS) });
const platform = await startPlatform(config, log);
log.info(
  { wall: `${platform.api?.url}/wall/?role=mayor`, api: platform.api?.url, openapi: `${platform.api?.url}/api/openapi.json`, modes: platform.modes },
  `SCPM is running — open ${platform.api?.url}/wall/?role=mayor, the public portal at ${platform.api?.url}/ or the API reference at /api/docs`,
);

stopOnSignals(log, async () => {
  await platform.stop();
  await simServer.close();
});
