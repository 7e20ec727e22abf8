/**
 * @module main
 * The server process: configuration → logger → services → roles. Stops cleanly on SIGINT/SIGTERM.
 * `npm start` runs this together with the simulated source systems (scripts/start.ts).
 */
import { pino } from 'pino';
import { loadConfig } from './config.ts';
import { startPlatform } from './platform/start.ts';
import { stopOnSignals } from './platform/shutdown.ts';

const config = loadConfig();
const log = pino({ level: config.LOG_LEVEL, base: { service: 'scpm' } });
const platform = await startPlatform(config, log);

stopOnSignals(log, () => platform.stop());
