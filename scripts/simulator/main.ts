/**
 * @module scripts/simulator/main
 * CLI: `tsx scripts/simulator/main.ts --file <csv> --speedup N --port P [--host H] [--start-date YYYYMMDD]`.
 * Defaults: the bundled OA-2218 file, port 8090, speed-up 17280 (one data day every 5 s).
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { z } from 'zod';
import { DEFAULT_FILE, DEFAULT_PORT, DEFAULT_SPEEDUP } from './defaults.ts';
import { createAirSimulator } from './simulator.ts';

const ArgsSchema = z.object({
  file: z.string().min(1).default(DEFAULT_FILE),
  speedup: z.coerce.number().positive().default(DEFAULT_SPEEDUP),
  port: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
  host: z.string().default('127.0.0.1'),
  'start-date': z.string().optional(),
});

const main = async (): Promise<void> => {
  const log = pino({ name: 'air-simulator' });
  const { values } = parseArgs({
    options: { file: { type: 'string' }, speedup: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'start-date': { type: 'string' } },
  });
  const args = ArgsSchema.parse(values);
  const sim = await createAirSimulator({ file: args.file, speedup: args.speedup, ...(args['start-date'] ? { startDate: args['start-date'] } : {}) });
  const server = await sim.listen(args.port, args.host);
  log.info({ url: server.url, rows: sim.dataset.rows, days: sim.dataset.dates.length, speedup: args.speedup, replaying: sim.current().date }, 'Seoul Open API simulator listening');
  log.info(`try: curl ${server.url}/sample/json/RealtimeCityAir/1/5/`);
  const stop = (): void => {
    log.info('stopping');
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

main().catch((err: unknown) => {
  pino({ name: 'air-simulator' }).fatal({ err }, 'simulator failed to start');
  process.exit(1);
});
