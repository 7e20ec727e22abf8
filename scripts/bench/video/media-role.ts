/**
 * @module scripts/bench/video/media-role
 * The relay path of the benchmark in a process of its own, as the platform's media role runs it:
 * the media server (signed play) and the relay manager with its ffmpeg children, so that the
 * benchmark can read their CPU time from /proc. Input: JSON on argv[2] (`{ secret, sources }`).
 * The relays start when the line `relay` arrives on stdin (so that the process can be measured idle
 * first). Output: JSON lines on stdout (`ready`, then every `signal`). Ends when stdin ends.
 */
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { z } from 'zod';
import { startMediaServer } from '../../../server/video/media-server.ts';
import { createRelay } from '../../../server/video/relay.ts';

const InputSchema = z.object({ secret: z.string().min(16), sources: z.record(z.string(), z.string()), ffmpeg: z.string().default('ffmpeg') });

const log = pino({ name: 'bench-media-role', level: process.env['LOG_LEVEL'] ?? 'warn' }, pino.destination(2));
const say = (o: object): void => void process.stdout.write(`${JSON.stringify(o)}\n`);

async function main(): Promise<void> {
  const input = InputSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
  const media = await startMediaServer({ rtmpPort: 0, httpPort: 0, secret: input.secret, log });
  const relay = createRelay({ ffmpegPath: input.ffmpeg, rtmpBase: `rtmp://127.0.0.1:${media.rtmpPort}`, log, onSignal: (signal) => say({ event: 'signal', signal }) });
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await relay.stop();
    await media.close();
    process.exit(0);
  };
  process.stdin.once('end', () => void stop());
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() !== 'relay') return;
    for (const [camera, url] of Object.entries(input.sources)) relay.ensure(camera, url);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
  say({ event: 'ready', pid: process.pid, wsBase: media.wsBase, rtmpPort: media.rtmpPort });
}

main().catch((err: unknown) => {
  log.fatal({ err }, 'media role failed');
  process.exit(1);
});
