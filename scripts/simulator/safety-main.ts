/**
 * @module scripts/simulator/safety-main
 * CLI: `tsx scripts/simulator/safety-main.ts [--speedup 720] [--lifecycle-speedup 1] [--port 8092] [--host 127.0.0.1]
 * [--fire-start-at YYYY-MM-DD] [--police-per-day 7] [--seed N]` — the 119, 112 and emergency-room simulators.
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { z } from 'zod';
import { DEFAULT_SAFETY_PORT, startSafetySimulators } from './safety.ts';

const ArgsSchema = z.object({
  speedup: z.coerce.number().positive().default(720),
  'lifecycle-speedup': z.coerce.number().positive().default(1),
  port: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_SAFETY_PORT),
  host: z.string().default('127.0.0.1'),
  'fire-start-at': z.string().optional(),
  'police-per-day': z.coerce.number().min(0).optional(),
  seed: z.coerce.number().int().optional(),
});

const main = async (): Promise<void> => {
  const log = pino({ name: 'safety-simulators' });
  const names = ['speedup', 'lifecycle-speedup', 'port', 'host', 'fire-start-at', 'police-per-day', 'seed'] as const;
  const { values } = parseArgs({ options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])) });
  const a = ArgsSchema.parse(values);
  const sims = await startSafetySimulators({
    speedup: a.speedup,
    lifecycleSpeedup: a['lifecycle-speedup'],
    port: a.port,
    host: a.host,
    ...(a['fire-start-at'] === undefined ? {} : { fireStartAt: a['fire-start-at'] }),
    ...(a['police-per-day'] === undefined ? {} : { policeIncidentsPerDay: a['police-per-day'] }),
    ...(a.seed === undefined ? {} : { seed: a.seed }),
  });
  log.info({ ...sims.urls, speedup: a.speedup, lifecycleSpeedup: a['lifecycle-speedup'] }, 'safety source systems listening (119 replays real 2021 fires; 112 and ER beds are synthetic)');
  log.info(`try: curl '${sims.urls.fire119}/incidents?limit=5'`);
  const stop = (): void => {
    sims.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

main().catch((err: unknown) => {
  pino({ name: 'safety-simulators' }).fatal({ err }, 'safety simulators failed to start');
  process.exit(1);
});
