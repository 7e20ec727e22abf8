/**
 * @module scripts/bench/video/report
 * The figures of one `bench:video` run: CPU per stream-second of the relay path and of bare ffmpeg,
 * on-screen latency percentiles, the goals (printed, never enforced), a table for people and one
 * JSON object for machines. Pure.
 */
import { weightedPercentile } from '../stats.ts';

export const CPU_RATIO_GOAL = 1.1;
export const LATENCY_P95_GOAL_MS = 1000;

export interface VideoRunFigures {
  cameras: number;
  size: string;
  fps: number;
  codec: string;
  tile: string;
  renderFps: number;
  modes: { remux: number; transcode: number };
  cpuWindowS: number;
  /** CPU seconds in the window: the media-role process (media server + relay manager) and its ffmpeg children. */
  relay: { serverCpuS: number; ffmpegCpuS: number };
  baselineCpuS: number;
  /** Cores the media-role process used before any stream (fixed, not per camera). */
  mediaRoleIdleShare: number;
  /** Relay signal changes during the CPU window (0: every camera stayed live). */
  relayChangesInWindow: number;
  /** The relay path's CPU while 16 tiles watched, or null when the latency phase did not run. */
  relayWithViewers: { windowS: number; serverCpuS: number; ffmpegCpuS: number } | null;
  latency: {
    windowS: number;
    /** ms from the sender's clock to the browser's clock when the canvas showed the frame. */
    samplesMs: number[];
    readings: number;
    tilesPlaying: number;
    renderer: string;
  } | null;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;
const pct = (xs: number[], p: number): number => Math.round(weightedPercentile(xs.map((value) => ({ value, weight: 1 })), p));

export function resultOf(f: VideoRunFigures): Record<string, unknown> {
  const streamS = f.cameras * f.cpuWindowS;
  const relayTotal = f.relay.serverCpuS + f.relay.ffmpegCpuS;
  const relayPer = relayTotal / streamS;
  const basePer = f.baselineCpuS / streamS;
  const ratio = round(relayPer / basePer, 3);
  const lat = f.latency;
  const p95 = lat && lat.samplesMs.length > 0 ? pct(lat.samplesMs, 0.95) : null;
  const viewers = f.relayWithViewers;
  return {
    bench: 'video',
    cameras: f.cameras,
    config: { size: f.size, fps: f.fps, codec: f.codec, tile: f.tile, render_fps: f.renderFps, remux: f.modes.remux, transcode: f.modes.transcode, cpu_window_s: f.cpuWindowS, latency_window_s: lat?.windowS ?? null },
    relay_cpu_s_per_stream_s: round(relayPer, 5),
    baseline_cpu_s_per_stream_s: round(basePer, 5),
    relay_cpu_ratio: ratio,
    relay_cpu_goal: CPU_RATIO_GOAL,
    relay_cpu_goal_met: ratio <= CPU_RATIO_GOAL,
    relay_cpu_ratio_without_idle_process: round((relayTotal - f.mediaRoleIdleShare * f.cpuWindowS) / streamS / basePer, 3),
    media_role_idle_cores: round(f.mediaRoleIdleShare, 4),
    relay_ffmpeg_cpu_s_per_stream_s: round(f.relay.ffmpegCpuS / streamS, 5),
    media_server_cpu_s_per_stream_s: round(f.relay.serverCpuS / streamS, 5),
    relay_signal_changes_in_window: f.relayChangesInWindow,
    relay_cpu_with_viewers_s_per_stream_s: viewers ? round((viewers.serverCpuS + viewers.ffmpegCpuS) / (f.cameras * viewers.windowS), 5) : null,
    latency_p50_ms: lat && lat.samplesMs.length > 0 ? pct(lat.samplesMs, 0.5) : null,
    latency_p95_ms: p95,
    latency_max_ms: lat && lat.samplesMs.length > 0 ? Math.round(Math.max(...lat.samplesMs)) : null,
    latency_goal_ms: LATENCY_P95_GOAL_MS,
    latency_goal_met: p95 !== null && p95 <= LATENCY_P95_GOAL_MS,
    latency_samples: lat?.samplesMs.length ?? 0,
    latency_decoded_share: lat && lat.readings > 0 ? round(lat.samplesMs.length / lat.readings, 3) : null,
    tiles_playing: lat?.tilesPlaying ?? 0,
    renderer: lat?.renderer ?? null,
  };
}

const met = (ok: unknown): string => (ok === true ? 'met' : 'MISSED');

export function tableOf(f: VideoRunFigures): string {
  const r = resultOf(f);
  const lines = [
    `bench:video — ${f.cameras} synthetic cameras ${f.size} @ ${f.fps} fps ${f.codec} (${f.modes.remux} remux, ${f.modes.transcode} transcode)`,
    `(a) CPU over ${f.cpuWindowS} s, per stream-second:`,
    `    relay path   ${r['relay_cpu_s_per_stream_s']} CPU-s  (media server + relay manager ${r['media_server_cpu_s_per_stream_s']}, relay ffmpeg ${r['relay_ffmpeg_cpu_s_per_stream_s']})`,
    `    bare ffmpeg  ${r['baseline_cpu_s_per_stream_s']} CPU-s  (same input, same plan, FLV to /dev/null)`,
    `    ratio        ${r['relay_cpu_ratio']}  goal ≤ ${CPU_RATIO_GOAL}: ${met(r['relay_cpu_goal_met'])}`,
    `    (the media-role process idles at ${r['media_role_idle_cores']} cores with no stream; without that fixed cost the ratio is ${r['relay_cpu_ratio_without_idle_process']})`,
  ];
  if (r['relay_cpu_with_viewers_s_per_stream_s'] !== null) lines.push(`    relay path with ${f.cameras} viewers: ${r['relay_cpu_with_viewers_s_per_stream_s']} CPU-s per stream-second`);
  if (f.latency) {
    lines.push(
      `(b) on-screen latency, ${f.latency.tilesPlaying}/${f.cameras} tiles of ${f.tile} on one canvas, ≤ ${f.renderFps} renders/s (${f.latency.renderer}):`,
      `    p50 ${r['latency_p50_ms']} ms, p95 ${r['latency_p95_ms']} ms, max ${r['latency_max_ms']} ms over ${r['latency_samples']} readings (${r['latency_decoded_share']} of tile reads decoded)`,
      `    goal p95 ≤ ${LATENCY_P95_GOAL_MS} ms: ${met(r['latency_goal_met'])}`,
    );
  }
  return lines.join('\n');
}
