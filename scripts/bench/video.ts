/**
 * @module scripts/bench/video
 * `npm run bench:video [-- --cameras 16 --size 640x360 --fps 15 --cpu-window 30 --latency-window 30]`:
 * the CCTV video path with N synthetic cameras (the camera simulator, its own camera-side media
 * server, in a child process). (a) CPU-seconds per stream-second of our relay path — the media role
 * (media server + relay manager) in a child process and its ffmpeg children, read from /proc — against
 * bare ffmpeg doing the same input → output (same plan, FLV to /dev/null), measured over the same
 * window; (b) on-screen latency of N tiles in one headless Chromium page, decoded from the canvas.
 * Fails (exit 1) only on a broken run, never on a missed goal. The last line is one JSON object.
 */
import { pino } from 'pino';
import { spawnCameraSimulator } from '../simulator/cameras/child.ts';
import { parseVideoBenchArgs, sizeOf, type VideoBenchArgs } from './video/args.ts';
import { startBaseline, type Baseline } from './video/baseline.ts';
import { measureLatency } from './video/latency.ts';
import { startMediaRole, type MediaRole } from './video/media-role-client.ts';
import { cpuSecondsOf, treeCpuSeconds } from './video/proc-stat.ts';
import { resultOf, tableOf, type VideoRunFigures } from './video/report.ts';
import { BrokenRunError } from './wall/browser.ts';

const say = (msg: string): void => void process.stderr.write(`[bench:video] ${msg}\n`);
const log = pino({ level: process.env['LOG_LEVEL'] ?? 'warn' }, pino.destination(2));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const SECRET = `bench-video-${process.pid}-${Date.now()}`;

const undo: { label: string; run: () => Promise<unknown> }[] = [];
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of undo.reverse()) await step.run().catch((err: unknown) => say(`cleanup of ${step.label} failed: ${String(err)}`));
  })();
  return cleaning;
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    say(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** CPU seconds of the relay path so far: the media-role process and its ffmpeg children. */
function relayCpu(role: MediaRole): { serverCpuS: number; ffmpegCpuS: number } {
  const tree = treeCpuSeconds(role.pid);
  if (tree === null) throw new BrokenRunError('the media role process is gone');
  return { serverCpuS: tree.self, ffmpegCpuS: tree.children };
}

async function waitAllLive(role: MediaRole, cameras: string[], ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (cameras.some((c) => role.signals.get(c)?.state !== 'live')) {
    if (Date.now() > end) {
      const states = cameras.map((c) => `${c}:${role.signals.get(c)?.state ?? 'none'}`).join(' ');
      throw new BrokenRunError(`not every camera is live after ${ms / 1000} s: ${states}`);
    }
    await sleep(250);
  }
}

/** Cores the media-role process uses with no stream (a fixed cost of the process, whatever the number of cameras). */
async function idleCpuShare(role: MediaRole, seconds: number): Promise<number> {
  await sleep(1000);
  const a = relayCpu(role);
  await sleep(seconds * 1000);
  const b = relayCpu(role);
  return (b.serverCpuS - a.serverCpuS) / seconds;
}

async function cpuPhase(a: VideoBenchArgs, role: MediaRole, baseline: Baseline): Promise<Pick<VideoRunFigures, 'relay' | 'baselineCpuS' | 'relayChangesInWindow'>> {
  say(`(a) ${a.warmup} s warm-up, then ${a['cpu-window']} s of CPU readings`);
  await sleep(a.warmup * 1000);
  const pids = baseline.pids();
  const r0 = relayCpu(role);
  const b0 = cpuSecondsOf(pids);
  const changes0 = role.changes();
  const frames0 = baseline.frames();
  await sleep(a['cpu-window'] * 1000);
  const r1 = relayCpu(role);
  const b1 = cpuSecondsOf(pids);
  if (b0 === null || b1 === null) throw new BrokenRunError('a baseline ffmpeg ended during the window');
  const frames1 = baseline.frames();
  const framesPerS = [...frames1].map(([c, f]) => (f - (frames0.get(c) ?? 0)) / a['cpu-window']);
  if (framesPerS.some((f) => f < a.fps * 0.8)) throw new BrokenRunError(`a baseline ffmpeg fell behind: ${framesPerS.map((f) => f.toFixed(1)).join(', ')} frames/s`);
  return {
    relay: { serverCpuS: r1.serverCpuS - r0.serverCpuS, ffmpegCpuS: r1.ffmpegCpuS - r0.ffmpegCpuS },
    baselineCpuS: b1 - b0,
    relayChangesInWindow: role.changes() - changes0,
  };
}

async function main(a: VideoBenchArgs): Promise<void> {
  const started = Date.now();
  say(`starting ${a.cameras} synthetic cameras (${a.size} @ ${a.fps} fps, ${a.codec})`);
  const sim = await spawnCameraSimulator({ count: a.cameras, size: a.size, fps: a.fps, codec: a.codec, readyTimeoutMs: 90_000 });
  undo.push({ label: 'camera simulator', run: () => sim.close() });
  const cameras = sim.ready.cameras;
  const sources = Object.fromEntries(cameras.map((c) => [c, sim.sourceOf(c)]));
  const role = await startMediaRole({ secret: SECRET, sources }, (line) => log.warn({ from: 'media-role' }, line));
  undo.push({ label: 'media role', run: () => role.close() });
  const idleShare = await idleCpuShare(role, 5);
  say(`media role idle (media server listening, no stream): ${(idleShare * 100).toFixed(2)} % of a core`);
  role.startRelays();
  await waitAllLive(role, cameras, 90_000);
  say(`relay live for every camera (media role pid ${role.pid}); starting bare ffmpeg for the same inputs`);
  const baseline = await startBaseline(sources);
  undo.push({ label: 'baseline', run: () => baseline.close() });
  const modes = { remux: [...baseline.modes.values()].filter((m) => m === 'remux').length, transcode: [...baseline.modes.values()].filter((m) => m === 'transcode').length };
  const cpu = await cpuPhase(a, role, baseline);
  await baseline.close();
  say(`(a) relay ${(cpu.relay.serverCpuS + cpu.relay.ffmpegCpuS).toFixed(2)} CPU-s vs bare ffmpeg ${cpu.baselineCpuS.toFixed(2)} CPU-s over ${a['cpu-window']} s`);

  let withViewers: VideoRunFigures['relayWithViewers'] = null;
  let w0: ReturnType<typeof relayCpu> | null = null;
  let w0At = 0;
  const latency = await measureLatency({
    chromium: a.chromium, cameras, wsBase: role.wsBase, secret: SECRET, tile: sizeOf(a.tile), renderFps: a['render-fps'],
    warmupS: a.warmup, windowS: a['latency-window'], sampleHz: a['sample-hz'], say,
    window: {
      open: () => {
        w0 = relayCpu(role);
        w0At = Date.now();
      },
      close: () => {
        const w1 = relayCpu(role);
        if (w0) withViewers = { windowS: (Date.now() - w0At) / 1000, serverCpuS: w1.serverCpuS - w0.serverCpuS, ffmpegCpuS: w1.ffmpegCpuS - w0.ffmpegCpuS };
      },
    },
  });
  say(`(b) ${latency.samplesMs.length} clock readings decoded from ${latency.readings} tile reads`);
  const figures: VideoRunFigures = {
    cameras: cameras.length, size: a.size, fps: a.fps, codec: a.codec, tile: a.tile, renderFps: a['render-fps'], modes,
    cpuWindowS: a['cpu-window'], ...cpu, mediaRoleIdleShare: idleShare, relayWithViewers: withViewers,
    latency: { windowS: a['latency-window'], ...latency },
  };
  say(`run took ${Math.round((Date.now() - started) / 1000)} s`);
  process.stdout.write(`\n${tableOf(figures)}\n\n`);
  process.stdout.write(`${JSON.stringify(resultOf(figures))}\n`);
}

let code = 0;
try {
  await main(parseVideoBenchArgs(process.argv.slice(2), process.env));
} catch (err) {
  code = 1;
  if (interrupted) say('interrupted');
  else say(err instanceof BrokenRunError ? `broken run: ${err.message}` : `failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
} finally {
  await cleanup();
}
process.exit(code);
