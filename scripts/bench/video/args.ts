/**
 * @module scripts/bench/video/args
 * Command line of `npm run bench:video` (flags win over BENCH_VIDEO_* environment variables).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const ArgsSchema = z.object({
  /** Synthetic cameras relayed at once (tiles are laid out in a square grid). */
  cameras: z.coerce.number().int().min(1).max(64).default(16),
  /** Camera picture size: a sub-stream the size of a wall tile keeps a 2-core machine (cameras, relay and browser together) in real time. */
  size: z.string().regex(/^\d{2,4}x\d{2,4}$/, 'WIDTHxHEIGHT').default('320x180'),
  fps: z.coerce.number().int().min(1).max(60).default(15),
  /** h264 is remuxed by the relay; flv1 is transcoded (both sides then do the same transcoding). */
  codec: z.enum(['h264', 'flv1']).default('h264'),
  /** Seconds of settling before each window. */
  warmup: z.coerce.number().min(0).max(120).default(8),
  /** Seconds over which relay and baseline CPU are measured. */
  'cpu-window': z.coerce.number().min(5).max(600).default(30),
  /** Seconds over which the tiles' clocks are sampled. */
  'latency-window': z.coerce.number().min(5).max(600).default(30),
  /** Canvas readbacks per second during the latency window. */
  'sample-hz': z.coerce.number().min(1).max(30).default(4),
  /** Size of one tile on the page (software WebGL pays for every pixel drawn). */
  tile: z.string().regex(/^\d{2,4}x\d{2,4}$/).default('160x90'),
  /** Page renders per second at most (the cameras' frame rate is enough). */
  'render-fps': z.coerce.number().int().min(1).max(60).default(15),
  chromium: z.string().default('/usr/bin/chromium'),
});
export type VideoBenchArgs = z.infer<typeof ArgsSchema>;

const ENV: Readonly<Record<string, string>> = {
  cameras: 'BENCH_VIDEO_CAMERAS',
  size: 'BENCH_VIDEO_SIZE',
  fps: 'BENCH_VIDEO_FPS',
  codec: 'BENCH_VIDEO_CODEC',
  warmup: 'BENCH_VIDEO_WARMUP_S',
  'cpu-window': 'BENCH_VIDEO_CPU_WINDOW_S',
  'latency-window': 'BENCH_VIDEO_LATENCY_WINDOW_S',
  chromium: 'BENCH_VIDEO_CHROMIUM',
};

export function parseVideoBenchArgs(argv: string[], env: NodeJS.ProcessEnv): VideoBenchArgs {
  const str = { type: 'string' } as const;
  const { values } = parseArgs({
    args: argv,
    options: { cameras: str, size: str, fps: str, codec: str, warmup: str, 'cpu-window': str, 'latency-window': str, 'sample-hz': str, tile: str, 'render-fps': str, chromium: str },
  });
  const fromEnv = Object.fromEntries(Object.entries(ENV).flatMap(([k, name]) => (env[name] === undefined ? [] : [[k, env[name]]])));
  return ArgsSchema.parse({ ...fromEnv, ...values });
}

export const sizeOf = (s: string): [number, number] => s.split('x').map(Number) as [number, number];
