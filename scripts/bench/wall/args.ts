/**
 * @module scripts/bench/wall/args
 * Command line of `npm run bench:wall` (flags win over BENCH_WALL_* environment variables).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const CASES = ['a', 'b', 'c'] as const;

const ArgsSchema = z
  .object({
    /** Seconds of warm-up before each measurement window. */
    warmup: z.coerce.number().min(0).max(120).default(5),
    /** Seconds of each measurement window. */
    window: z.coerce.number().min(1).max(600).default(20),
    /** Seconds of (c) between the two heap readings (includes the window). */
    soak: z.coerce.number().min(1).max(3600).default(300),
    /** Live events per second pushed into the API during (c). */
    rate: z.coerce.number().int().min(1).max(20_000).default(1000),
    /** Which cases to run, e.g. `a,b` before the wall exists. */
    cases: z
      .string()
      .default(CASES.join(','))
      .transform((s) => s.split(',').map((c) => c.trim()).filter(Boolean))
      .pipe(z.array(z.enum(CASES)).min(1)),
    /** Display objects of (b) when (c) does not run to count them. */
    objects: z.coerce.number().int().min(0).max(100_000).default(600),
    texts: z.coerce.number().int().min(0).max(100_000).default(200),
    'skip-glance': z.boolean().default(false),
    /** Only check the feed: seconds a /live client counts updates, then exit. */
    'feed-check': z.coerce.number().min(1).max(600).optional(),
    chromium: z.string().default('/usr/bin/chromium'),
  })
  .refine((a) => a.soak >= a.window, { message: '--soak must be at least --window', path: ['soak'] })
  .refine((a) => a.texts <= a.objects, { message: '--texts must not exceed --objects', path: ['texts'] });
export type BenchArgs = z.infer<typeof ArgsSchema>;

const ENV: Readonly<Record<string, string>> = {
  warmup: 'BENCH_WALL_WARMUP_S',
  window: 'BENCH_WALL_WINDOW_S',
  soak: 'BENCH_WALL_SOAK_S',
  rate: 'BENCH_WALL_RATE',
  chromium: 'BENCH_WALL_CHROMIUM',
};

export function parseBenchArgs(argv: string[], env: NodeJS.ProcessEnv): BenchArgs {
  const str = { type: 'string' } as const;
  const { values } = parseArgs({
    args: argv,
    options: { warmup: str, window: str, soak: str, rate: str, cases: str, objects: str, texts: str, 'skip-glance': { type: 'boolean' }, 'feed-check': str, chromium: str },
  });
  const fromEnv = Object.fromEntries(Object.entries(ENV).flatMap(([k, name]) => (env[name] === undefined ? [] : [[k, env[name]]])));
  return ArgsSchema.parse({ ...fromEnv, ...values });
}
