/**
 * @module scripts/bench/video/baseline
 * The benchmark's reference: bare ffmpeg doing what the relay's ffmpeg does — the same input, the
 * same plan (relay-plan.ts: same probe, same remux or transcode decision, same arguments) — but
 * writing FLV to /dev/null instead of publishing to a media server. One process per camera.
 */
import { spawnFfmpeg, type FfmpegProcess } from '../../../server/video/ffmpeg-process.ts';
import { probeSource } from '../../../server/video/probe.ts';
import { progressReader } from '../../../server/video/progress.ts';
import { argsWithOutput, planRelay, type RelayMode } from '../../../server/video/relay-plan.ts';

export interface Baseline {
  pids(): number[];
  /** Frames written so far, per camera. */
  frames(): Map<string, number>;
  modes: Map<string, RelayMode>;
  close(): Promise<void>;
}

export async function startBaseline(sources: Record<string, string>, ffmpegPath = 'ffmpeg'): Promise<Baseline> {
  const procs = new Map<string, FfmpegProcess>();
  const frames = new Map<string, number>();
  const modes = new Map<string, RelayMode>();
  const probes = await Promise.all(Object.entries(sources).map(async ([camera, url]) => ({ camera, url, probe: await probeSource(url, { ffprobePath: 'ffprobe', timeoutMs: 15_000 }) })));
  for (const { camera, url, probe } of probes) {
    const plan = planRelay({ camera, sourceUrl: url, probe, rtmpBase: 'rtmp://127.0.0.1:1' });
    modes.set(camera, plan.mode);
    const onBlock = progressReader((b) => {
      if (b.frame !== null) frames.set(camera, b.frame);
    });
    procs.set(camera, spawnFfmpeg(ffmpegPath, argsWithOutput(plan, '/dev/null'), onBlock));
  }
  return {
    pids: () => [...procs.values()].flatMap((p) => (p.pid === undefined ? [] : [p.pid])),
    frames: () => new Map(frames),
    modes,
    async close() {
      await Promise.all([...procs.values()].map((p) => p.kill()));
    },
  };
}
