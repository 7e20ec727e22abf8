/**
 * @module scripts/simulator/cameras
 * CLI: `tsx scripts/simulator/cameras.ts [--count 4] [--size 640x360] [--fps 15] [--codec h264|flv1]
 * [--rtmp-port 1936] [--http-port 8093] [--target rtmp://host:port/app] [--ffmpeg ffmpeg] [--font F]
 * [--stop-on-eof] [--on-demand [--max 48]]`.
 *
 * Synthetic (generated) CCTV cameras: each an ffmpeg publishing a test picture with its id, the
 * word SYNTHETIC and the sender clock burned in (as text and as machine-readable bars). By default
 * they publish to a camera-side media server of their own (no signing, 127.0.0.1 only) at
 * `rtmp://127.0.0.1:<rtmp-port>/cam/<id>`, also served as HTTP-FLV — the relay pulls from there
 * (`CAMERA_STREAM_URL_TEMPLATE`). Reads `stop <id>`, `start <id>`, `list` on stdin; writes JSON
 * events on stdout (control.ts) and logs on stderr.
 *
 * `--on-demand` (what `npm start` uses): no camera publishes up front; any registry id
 * (`cam-<gu>-<n>`) starts publishing when somebody plays it from the camera-side server — the
 * platform's relay — and stops 20 s after the last viewer left, at most `--max` at once.
 */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { startMediaServer, type MediaServer } from '../../server/video/media-server.ts';
import { parseCameraCli } from './cameras/cli-args.ts';
import { syntheticCameraIds } from './cameras/camera-ids.ts';
import { parseCommand, type SimulatorEvent } from './cameras/control.ts';
import { startFleet, type CameraFleet } from './cameras/fleet.ts';
import { CameraIdSchema } from '../../server/contracts/index.ts';
import { createDemand, type Demand } from '../../server/video/demand.ts';

const CAMERA_APP = 'cam';
const log = pino({ name: 'camera-simulator', level: process.env['LOG_LEVEL'] ?? 'info' }, pino.destination(2));
const emit = (e: SimulatorEvent): void => void process.stdout.write(`${JSON.stringify(e)}\n`);

async function waitForPublishers(server: MediaServer, cameras: readonly string[], ms: number): Promise<string[]> {
  const end = Date.now() + ms;
  for (;;) {
    const live = new Set(server.publishing());
    const missing = cameras.filter((c) => !live.has(`/${CAMERA_APP}/${c}`));
    if (missing.length === 0 || Date.now() > end) return missing;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function control(fleet: CameraFleet): void {
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === '') return;
    const cmd = parseCommand(line);
    if (cmd === null) return emit({ event: 'error', message: `not a command: ${line.trim()} (stop <id>, start <id>, list)` });
    if (cmd.op === 'list') return emit({ event: 'list', running: Object.fromEntries(fleet.pids()) });
    if (!fleet.cameras.includes(cmd.camera)) return emit({ event: 'error', message: `no synthetic camera ${cmd.camera}` });
    if (cmd.op === 'start') {
      fleet.start(cmd.camera);
      return emit({ event: 'started', camera: cmd.camera });
    }
    void fleet.stop(cmd.camera).then(() => emit({ event: 'stopped', camera: cmd.camera }));
  });
}

async function main(): Promise<void> {
  const args = parseCameraCli(process.argv.slice(2));
  const onDemand = args['on-demand'] && !args.target;
  const cameras = onDemand ? [] : syntheticCameraIds(args.count);
  let demand: Demand | null = null;
  const server = args.target
    ? null
    : await startMediaServer({
        rtmpPort: args['rtmp-port'],
        httpPort: args['http-port'],
        secret: null,
        log,
        onViewer: (e) => {
          if (!demand || e.app !== CAMERA_APP) return;
          if (e.joined) demand.viewerJoined(e.stream);
          else demand.viewerLeft(e.stream);
        },
      });
  const target = args.target ?? `rtmp://127.0.0.1:${server?.rtmpPort}/${CAMERA_APP}`;
  const [width, height] = args.size;
  const fleet = startFleet({
    ffmpegPath: args.ffmpeg, target, cameras, width, height, fps: args.fps, codec: args.codec,
    fontFile: existsSync(args.font) ? args.font : null, log,
    accept: (id) => onDemand && CameraIdSchema.safeParse(id).success,
  });
  if (onDemand) {
    const on = createDemand({ start: (c) => fleet.start(c), stop: (c) => void fleet.stop(c), idleMs: 20_000, maxRelays: args.max, now: Date.now });
    demand = on;
    setInterval(() => on.sweep(), 5_000).unref();
  }
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await fleet.close();
    await server?.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
  if (args['stop-on-eof']) process.stdin.once('end', () => void stop());
  if (server) {
    const missing = await waitForPublishers(server, cameras, 30_000);
    if (missing.length > 0) throw new Error(`cameras not publishing after 30 s: ${missing.join(', ')}`);
  }
  log.info({ cameras: cameras.length, size: `${width}x${height}`, fps: args.fps, codec: args.codec, target }, 'synthetic cameras publishing');
  emit({
    event: 'ready',
    cameras,
    rtmp: `${target}/{id}`,
    http: server ? `${server.httpBase}/${CAMERA_APP}/{id}.flv` : null,
    pid: process.pid,
  });
  control(fleet);
}

main().catch((err: unknown) => {
  log.fatal({ err }, 'camera simulator failed');
  process.exit(1);
});
