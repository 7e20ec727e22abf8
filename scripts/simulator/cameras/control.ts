/**
 * @module simulator/cameras/control
 * The simulator's line protocol on stdin (`stop <camera>`, `start <camera>`, `list`) and the JSON
 * events it writes to stdout, one per line, for whoever drives it (tests, benchmarks, a person).
 */
import { z } from 'zod';

export const CommandSchema = z.union([
  z.strictObject({ op: z.enum(['stop', 'start']), camera: z.string().min(1) }),
  z.strictObject({ op: z.literal('list') }),
]);
export type Command = z.infer<typeof CommandSchema>;

export function parseCommand(line: string): Command | null {
  const [op, camera, ...rest] = line.trim().split(/\s+/);
  if (rest.length > 0) return null;
  const parsed = CommandSchema.safeParse(camera === undefined ? { op } : { op, camera });
  return parsed.success ? parsed.data : null;
}

export const SimulatorEventSchema = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('ready'),
    cameras: z.array(z.string()),
    /** Source address templates with `{id}`, for CAMERA_STREAM_URL_TEMPLATE. */
    rtmp: z.string(),
    http: z.string().nullable(),
    pid: z.number().int(),
  }),
  z.object({ event: z.enum(['stopped', 'started']), camera: z.string() }),
  z.object({ event: z.literal('list'), running: z.record(z.string(), z.number().int()) }),
  z.object({ event: z.literal('error'), message: z.string() }),
]);
export type SimulatorEvent = z.infer<typeof SimulatorEventSchema>;
