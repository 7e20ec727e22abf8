/**
 * @module scripts/simulator/dasan-120/main
 * CLI: `tsx scripts/simulator/dasan-120/main.ts [--speedup 1] [--lifecycle-speedup N] [--port 8094] [--host 127.0.0.1]
 * [--per-day 1200] [--history-days 14] [--start-at ISO] [--seed 120]` — the public-opinion simulators (the 120 feed).
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { z } from 'zod';
import { DEFAULT_OPINION_PORT, startOpinionSimulators } from '../opinion.ts';

const ArgsSchema = z.object({
  speedup: z.coerce.number().positive().optional(),
  'lifecycle-speedup': z.coerce.number().positive().optional(),
  port: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_OPINION_PORT),
  host: z.string().default('127.0.0.1'),
  'per-day': z.coerce.number().min(0).optional(),
  'history-days': z.coerce.number().min(0).max(366).optional(),
  'start-at': z.iso.datetime({ offset: true }).optional(),
  seed: z.coerce.number().int().optional(),
});

const main = async (): Promise<void> => {
  const log = pino({ name: 'opinion-simulators' });
  const names = ['speedup', 'lifecycle-speedup', 'port', 'host', 'per-day', 'history-days', 'start-at', 'seed'] as const;
  const { values } = parseArgs({ options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])) });
  const a = ArgsSchema.parse(values);
  const given = <K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [key]: v } as { [P in K]?: V }));
  const sims = await startOpinionSimulators({
    port: a.port,
    host: a.host,
    ...given('speedup', a.speedup),
    ...given('lifecycleSpeedup', a['lifecycle-speedup']),
    ...given('complaintsPerDay', a['per-day']),
    ...given('historyDays', a['history-days']),
    ...given('startAt', a['start-at']),
    ...given('seed', a.seed),
  });
  log.info({ ...sims.urls }, 'public-opinion source systems listening (the 120 complaint feed is synthetic)');
  log.info(`try: curl '${sims.urls.dasan120}/complaints?pageSize=5'`);
  const stop = (): void => {
    sims.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

main().catch((err: unknown) => {
  pino({ name: 'opinion-simulators' }).fatal({ err }, 'opinion simulators failed to start');
  process.exit(1);
});
