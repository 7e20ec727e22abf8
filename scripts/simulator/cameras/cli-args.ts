/**
 * @module simulator/cameras/cli-args
 * Command line of `tsx scripts/simulator/cameras.ts`, through zod.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CAMERA_CODECS } from './camera-args.ts';

export const DEFAULT_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

const SizeSchema = z
  .string()
  .regex(/^\d{2,4}x\d{2,4}$/, 'WIDTHxHEIGHT, e.g. 640x360')
  .transform((s) => s.split('x').map(Number) as [number, number])
  .refine(([w, h]) => w % 2 === 0 && h % 2 === 0 && w >= 64 && h >= 36, 'even sizes, at least 64x36');

export const CameraCliSchema = z.object({
  count: z.coerce.number().int().min(1).max(256).default(4),
  size: SizeSchema.default([640, 360]),
  fps: z.coerce.number().int().min(1).max(60).default(15),
  codec: z.enum(CAMERA_CODECS).default('h264'),
  /** The simulator's own camera-side media server (unless --target is given). */
  'rtmp-port': z.coerce.number().int().min(0).max(65_535).default(1936),
  'http-port': z.coerce.number().int().min(0).max(65_535).default(8093),
  /** Publish to this RTMP application instead, e.g. rtmp://127.0.0.1:1935/cam. */
  target: z.string().regex(/^rtmp:\/\/[^\s/]+\/[A-Za-z0-9_-]+$/, 'rtmp://host:port/app').optional(),
  ffmpeg: z.string().default('ffmpeg'),
  font: z.string().default(DEFAULT_FONT),
  /** Publish no camera up front: start one when somebody plays it, stop it when nobody has for a while. */
  'on-demand': z.boolean().default(false),
  /** On demand: at most this many cameras at once. */
  max: z.coerce.number().int().min(1).max(512).default(48),
  /** Stop when stdin ends (a parent process that drives the simulator went away). */
  'stop-on-eof': z.boolean().default(false),
});
export type CameraCli = z.infer<typeof CameraCliSchema>;

export function parseCameraCli(argv: string[]): CameraCli {
  const str = { type: 'string' } as const;
  const { values } = parseArgs({
    args: argv,
    options: { count: str, size: str, fps: str, codec: str, 'rtmp-port': str, 'http-port': str, target: str, ffmpeg: str, font: str, max: str, 'stop-on-eof': { type: 'boolean' }, 'on-demand': { type: 'boolean' } },
  });
  return CameraCliSchema.parse(values);
}
