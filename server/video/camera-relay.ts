/**
 * @module video/camera-relay
 * The relay of one camera, as a loop: probe → plan → one ffmpeg → watch its progress → (stall or
 * exit) → wait → again. A camera is `starting` until its first frames, `live` while frames arrive,
 * `no-signal` when the probe fails, ffmpeg exits or no new frame came for `stallMs` (ffmpeg is then
 * killed), and comes back to `live` by itself; `failed` only when ffmpeg or ffprobe cannot be run.
 * Failures in a row back off exponentially with jitter; a run that stayed live resets the count.
 * I/O (probe, spawn, clock) is passed in.
 */
import type { Logger } from 'pino';
import type { CameraSignal, SignalState } from '../contracts/camera.ts';
import { ToolMissingError, type FfmpegProcess } from './ffmpeg-process.ts';
import { progressReader } from './progress.ts';
import type { ProbeResult, RelayPlan } from './relay-plan.ts';
import { restartDelay, type Backoff } from './restart-delay.ts';

export interface CameraRelayDeps {
  camera: string;
  probe(signal: AbortSignal): Promise<ProbeResult>;
  plan(probe: ProbeResult): RelayPlan;
  spawn(args: string[], onStdout: (chunk: string) => void): FfmpegProcess;
  onSignal(signal: CameraSignal): void;
  log: Logger;
  now(): number;
  random(): number;
  /** No new frame for this long: the stream is stalled. */
  stallMs: number;
  /** A fresh ffmpeg may take this long to its first frame. */
  firstFrameMs: number;
  /** A run that stayed live this long resets the failure count. */
  stableMs: number;
  backoff: Backoff;
  /** Resolves when the camera's previous relay (another source) is gone. */
  after?: Promise<void>;
}

export interface CameraRelay {
  signal(): CameraSignal;
  pid(): number | undefined;
  /** Ends the loop and the child; resolves when both are gone. */
  stop(): Promise<void>;
}

interface RunOutcome {
  error: string;
  fatal: boolean;
  liveMs: number;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function startCameraRelay(d: CameraRelayDeps): CameraRelay {
  let signal: CameraSignal = {
    camera: d.camera, state: 'starting', mode: null, codec: null, width: null, height: null,
    since: new Date(d.now()).toISOString(), restarts: 0, error: null,
  };
  let stopped = false;
  let spawned = 0;
  let child: FfmpegProcess | null = null;
  let wake: (() => void) | null = null;
  const aborter = new AbortController();

  const set = (state: SignalState, patch: Partial<CameraSignal> = {}): void => {
    const changed = state !== signal.state;
    signal = { ...signal, ...patch, state, ...(changed ? { since: new Date(d.now()).toISOString() } : {}) };
    if (changed) {
      d.log.info({ state, error: signal.error, mode: signal.mode, restarts: signal.restarts }, 'camera signal');
      d.onSignal(signal);
    }
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function runOnce(): Promise<RunOutcome> {
    let probe: ProbeResult;
    try {
      probe = await d.probe(aborter.signal);
    } catch (err) {
      return { error: `probe: ${message(err)}`, fatal: err instanceof ToolMissingError, liveMs: 0 };
    }
    if (stopped) return { error: 'stopped', fatal: false, liveMs: 0 };
    const plan = d.plan(probe);
    const startedAt = d.now();
    let lastFrame = -1;
    let lastAdvanceAt = startedAt;
    let liveAt: number | null = null;
    let stalled = false;
    const onBlock = progressReader((b) => {
      if (b.frame === null || b.frame <= lastFrame) return;
      lastFrame = b.frame;
      lastAdvanceAt = d.now();
      if (liveAt === null) {
        liveAt = lastAdvanceAt;
        set('live', { mode: plan.mode, codec: probe.codec, width: probe.width, height: probe.height, error: null });
      }
    });
    spawned += 1;
    signal = { ...signal, restarts: Math.max(0, spawned - 1) };
    d.log.debug({ mode: plan.mode, reason: plan.reason }, 'relay starting');
    const proc = d.spawn(plan.args, onBlock);
    child = proc;
    const watchdog = setInterval(() => {
      const limit = liveAt === null ? d.firstFrameMs : d.stallMs;
      if (!stalled && d.now() - lastAdvanceAt > limit) {
        stalled = true;
        void proc.kill();
      }
    }, Math.max(50, Math.min(500, d.stallMs / 4)));
    const exit = await proc.exited;
    clearInterval(watchdog);
    child = null;
    const liveMs = liveAt === null ? 0 : d.now() - liveAt;
    if (exit.spawnError) return { error: exit.spawnError.message, fatal: exit.spawnError instanceof ToolMissingError, liveMs };
    if (stalled) return { error: `no new frame for ${Math.round((liveAt === null ? d.firstFrameMs : d.stallMs) / 1000)} s`, fatal: false, liveMs };
    return { error: exit.stderr || `ffmpeg ended (code ${exit.code}, signal ${exit.signal})`, fatal: false, liveMs };
  }

  const loop = (async () => {
    await d.after;
    d.onSignal(signal);
    let failures = 0;
    while (!stopped) {
      const outcome = await runOnce();
      if (stopped) break;
      if (outcome.fatal) {
        set('failed', { error: outcome.error });
        break;
      }
      set('no-signal', { error: outcome.error });
      failures = outcome.liveMs >= d.stableMs ? 0 : failures + 1;
      const delay = restartDelay(failures - 1, d.random, d.backoff);
      d.log.debug({ error: outcome.error, delayMs: delay }, 'relay will retry');
      await sleep(delay);
    }
  })();

  return {
    signal: () => signal,
    pid: () => child?.pid,
    async stop() {
      stopped = true;
      aborter.abort();
      wake?.();
      await child?.kill();
      await loop;
    },
  };
}
