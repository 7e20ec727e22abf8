/**
 * @module video/relay
 * The relay manager: one ffmpeg per camera pulling its source (RTSP, RTMP or HTTP-FLV) and
 * publishing it, remuxed or transcoded (relay-plan.ts), to the media server as `/live/<camera>`.
 * Each camera runs its own supervised loop (camera-relay.ts); every change of a camera's signal is
 * reported through `onSignal`. `stop()` ends every child; children still running when the process
 * exits are killed by the exit hook of ffmpeg-process.ts.
 */
import type { Logger } from 'pino';
import type { CameraSignal } from '../contracts/camera.ts';
import { startCameraRelay, type CameraRelay } from './camera-relay.ts';
import { spawnFfmpeg } from './ffmpeg-process.ts';
import { probeSource } from './probe.ts';
import { checkCamera, checkSourceUrl, DEFAULT_LIMITS, planRelay, redactUrl, type RelayLimits } from './relay-plan.ts';
import { DEFAULT_BACKOFF, type Backoff } from './restart-delay.ts';

export interface RelayOptions {
  ffmpegPath: string;
  ffprobePath?: string;
  /** The media server's RTMP origin, e.g. `rtmp://127.0.0.1:1935`. */
  rtmpBase: string;
  log: Logger;
  onSignal?(signal: CameraSignal): void;
  now?: () => number;
  random?: () => number;
  limits?: RelayLimits;
  /** Default 4 s without a new frame. */
  stallMs?: number;
  /** Default 15 s for ffprobe to answer: a camera woken on demand, or many at once, can take seconds to send its first picture. */
  probeTimeoutMs?: number;
  backoff?: Backoff;
}

export interface Relay {
  /** Starts relaying the camera (or keeps the running relay when the source is the same and it has not failed). */
  ensure(camera: string, sourceUrl: string): CameraSignal;
  /** Stops relaying the camera. */
  drop(camera: string): Promise<void>;
  signals(): CameraSignal[];
  /** The ffmpeg process of each camera that has one now. */
  children(): Array<{ camera: string; pid: number }>;
  stop(): Promise<void>;
}

export class RelayStoppedError extends Error {
  override name = 'RelayStoppedError';
}

export function createRelay(o: RelayOptions): Relay {
  const log = o.log.child({ component: 'relay' });
  const now = o.now ?? Date.now;
  const relays = new Map<string, { sourceUrl: string; relay: CameraRelay }>();
  let stopped = false;

  const start = (camera: string, sourceUrl: string, after: Promise<void>): CameraRelay =>
    startCameraRelay({
      camera,
      probe: (signal) => probeSource(sourceUrl, { ffprobePath: o.ffprobePath ?? 'ffprobe', timeoutMs: o.probeTimeoutMs ?? 15_000, signal }),
      plan: (probe) => planRelay({ camera, sourceUrl, probe, rtmpBase: o.rtmpBase, limits: o.limits ?? DEFAULT_LIMITS }),
      spawn: (args, onStdout) => spawnFfmpeg(o.ffmpegPath, args, onStdout),
      onSignal: (s) => o.onSignal?.(s),
      log: log.child({ camera, source: redactUrl(sourceUrl) }),
      now,
      random: o.random ?? Math.random,
      stallMs: o.stallMs ?? 4000,
      firstFrameMs: Math.max(10_000, o.stallMs ?? 4000),
      stableMs: 10_000,
      backoff: o.backoff ?? DEFAULT_BACKOFF,
      after,
    });

  async function drop(camera: string): Promise<void> {
    const entry = relays.get(camera);
    if (!entry) return;
    relays.delete(camera);
    await entry.relay.stop();
  }

  return {
    ensure(camera, sourceUrl) {
      if (stopped) throw new RelayStoppedError('the relay has stopped');
      checkCamera(camera);
      checkSourceUrl(sourceUrl);
      const existing = relays.get(camera);
      if (existing?.sourceUrl === sourceUrl && existing.relay.signal().state !== 'failed') return existing.relay.signal();
      // a new source waits until the old relay has left the stream path
      const after = existing ? existing.relay.stop() : Promise.resolve();
      const relay = start(camera, sourceUrl, after);
      relays.set(camera, { sourceUrl, relay });
      return relay.signal();
    },
    drop,
    signals: () => [...relays.values()].map((e) => e.relay.signal()),
    children: () => [...relays].flatMap(([camera, e]) => {
      const pid = e.relay.pid();
      return pid === undefined ? [] : [{ camera, pid }];
    }),
    async stop() {
      stopped = true;
      await Promise.all([...relays.keys()].map(drop));
    },
  };
}
