import test from 'ava';
import { pino } from 'pino';
import type { CameraSignal } from '../contracts/camera.ts';
import { startCameraRelay, type CameraRelayDeps } from './camera-relay.ts';
import { ToolMissingError, type ExitInfo, type FfmpegProcess } from './ffmpeg-process.ts';
import { planRelay, type ProbeResult } from './relay-plan.ts';
import { ProbeError } from './probe.ts';

const PROBE: ProbeResult = { codec: 'h264', width: 640, height: 360, fps: 15, pixFmt: 'yuv420p', profile: 'High' };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** An ffmpeg stand-in: the test decides when frames come and when it ends. */
class FakeFfmpeg {
  killed = 0;
  private resolveExit!: (e: ExitInfo) => void;
  readonly proc: FfmpegProcess;
  private frame = 0;
  private timer: NodeJS.Timeout | null = null;
  constructor(private readonly onStdout: (chunk: string) => void) {
    const exited = new Promise<ExitInfo>((r) => (this.resolveExit = r));
    this.proc = {
      pid: 4242,
      exited,
      kill: async () => {
        this.killed += 1;
        this.end(null, 'SIGTERM');
        return exited;
      },
    };
  }
  produce(everyMs = 40): void {
    this.timer = setInterval(() => {
      this.frame += 3;
      this.onStdout(`frame=${this.frame}\nout_time_us=1\nprogress=continue\n`);
    }, everyMs);
  }
  freeze(): void {
    if (this.timer) clearInterval(this.timer);
  }
  end(code: number | null, signal: NodeJS.Signals | null = null, stderr = ''): void {
    this.freeze();
    this.resolveExit({ code, signal, stderr, spawnError: null });
  }
}

function harness(probe: CameraRelayDeps['probe'] = async () => PROBE) {
  const signals: CameraSignal[] = [];
  const spawned: FakeFfmpeg[] = [];
  const spawnedArgs: string[][] = [];
  const relay = startCameraRelay({
    camera: 'cam-11680-00042',
    probe,
    plan: (p) => planRelay({ camera: 'cam-11680-00042', sourceUrl: 'rtsp://10.0.0.7/s', probe: p, rtmpBase: 'rtmp://127.0.0.1:1935' }),
    spawn: (args, onStdout) => {
      const f = new FakeFfmpeg(onStdout);
      spawned.push(f);
      spawnedArgs.push(args);
      return f.proc;
    },
    onSignal: (s) => signals.push(s),
    log: pino({ level: 'silent' }),
    now: Date.now,
    random: () => 1,
    stallMs: 300,
    firstFrameMs: 600,
    stableMs: 10_000,
    backoff: { baseMs: 50, maxMs: 400 },
  });
  return { relay, signals, spawned, spawnedArgs, states: () => signals.map((s) => s.state) };
}

async function until(ok: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(10);
  }
}

test('starting → live on the first frames, with what the relay does', async (t) => {
  const h = harness();
  await until(() => h.spawned.length === 1);
  h.spawned[0]!.produce();
  await until(() => h.states().includes('live'));
  const live = h.signals.at(-1)!;
  t.deepEqual(h.states(), ['starting', 'live']);
  t.like(live, { camera: 'cam-11680-00042', mode: 'remux', codec: 'h264', width: 640, height: 360, restarts: 0, error: null });
  t.true(h.spawnedArgs[0]!.includes('copy'));
  await h.relay.stop();
  t.is(h.spawned[0]!.killed, 1, 'stop kills the child');
});

test('no new frame for stallMs: the child is killed, no-signal, and a new one brings the camera back', async (t) => {
  const h = harness();
  await until(() => h.spawned.length === 1);
  h.spawned[0]!.produce();
  await until(() => h.states().includes('live'));
  h.spawned[0]!.freeze();
  await until(() => h.states().includes('no-signal'));
  t.is(h.spawned[0]!.killed, 1);
  t.regex(h.signals.at(-1)!.error ?? '', /no new frame/);
  await until(() => h.spawned.length === 2);
  h.spawned[1]!.produce();
  await until(() => h.states().filter((s) => s === 'live').length === 2);
  t.deepEqual(h.states(), ['starting', 'live', 'no-signal', 'live']);
  t.is(h.signals.at(-1)!.restarts, 1);
  t.is(h.signals.at(-1)!.error, null);
  await h.relay.stop();
});

test('a child that ends by itself is retried with growing delays; the state is reported once', async (t) => {
  const h = harness();
  const startedAt: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    await until(() => h.spawned.length === i + 1);
    startedAt.push(Date.now());
    h.spawned[i]!.end(1, null, 'Connection refused');
  }
  t.deepEqual(h.states(), ['starting', 'no-signal']);
  t.is(h.signals.at(-1)!.error, 'Connection refused');
  const gaps = startedAt.slice(1).map((s, i) => s - startedAt[i]!);
  t.true(gaps[0]! >= 45 && gaps[1]! >= 95 && gaps[2]! >= 195, `delays double: ${gaps.join(', ')}`);
  await h.relay.stop();
});

test('a probe that fails is no-signal; a missing ffprobe is failed and not retried', async (t) => {
  let calls = 0;
  const h = harness(async () => {
    calls += 1;
    if (calls < 3) throw new ProbeError('no answer within 8000 ms');
    throw new ToolMissingError('cannot run ffprobe: ENOENT');
  });
  await until(() => h.states().includes('failed'));
  t.deepEqual(h.states(), ['starting', 'no-signal', 'failed']);
  t.regex(h.signals.at(-1)!.error ?? '', /ENOENT/);
  await sleep(200);
  t.is(calls, 3, 'no retry after failed');
  t.is(h.spawned.length, 0);
  await h.relay.stop();
});

test('a child that never shows a frame is given up after firstFrameMs', async (t) => {
  const h = harness();
  await until(() => h.states().includes('no-signal'), 2000);
  t.is(h.spawned[0]!.killed, 1);
  t.regex(h.signals.at(-1)!.error ?? '', /no new frame for 1 s/);
  await h.relay.stop();
});

test('stop() during the wait between attempts returns at once', async (t) => {
  const h = harness(async () => {
    throw new ProbeError('down');
  });
  await until(() => h.states().includes('no-signal'));
  const started = Date.now();
  await h.relay.stop();
  t.true(Date.now() - started < 100);
});
