/**
 * @module scripts/bench/wall/frames
 * Frame pacing from the timestamps of requestAnimationFrame callbacks: the recorder injected into
 * every page before its own scripts run, and the pure figures computed from what it recorded.
 */
import { weightedPercentile } from '../stats.ts';

export interface FrameFigures {
  frames: number;
  fps: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Figures of rAF timestamps (ms, ascending) recorded over one window. */
export function frameFigures(timestamps: readonly number[]): FrameFigures {
  const intervals: { value: number; weight: number }[] = [];
  for (let i = 1; i < timestamps.length; i += 1) {
    intervals.push({ value: (timestamps[i] ?? 0) - (timestamps[i - 1] ?? 0), weight: 1 });
  }
  if (intervals.length === 0) return { frames: timestamps.length, fps: 0, p50Ms: Number.NaN, p95Ms: Number.NaN, maxMs: Number.NaN };
  const spanMs = (timestamps[timestamps.length - 1] ?? 0) - (timestamps[0] ?? 0);
  return {
    frames: timestamps.length,
    fps: spanMs > 0 ? round1((intervals.length / spanMs) * 1000) : 0,
    p50Ms: round1(weightedPercentile(intervals, 0.5)),
    p95Ms: round1(weightedPercentile(intervals, 0.95)),
    maxMs: round1(Math.max(...intervals.map((x) => x.value))),
  };
}

/**
 * Source of the script injected into each page: its own rAF loop that records each callback's frame
 * time while a window is open (`__benchFrames.start()` … `__benchFrames.stop()` → timestamps).
 */
export const FRAME_RECORDER = `(() => {
  const stamps = [];
  let recording = false;
  const loop = (t) => {
    if (recording) stamps.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  Object.defineProperty(window, '__benchFrames', {
    value: {
      start() { stamps.length = 0; recording = true; },
      stop() { recording = false; return stamps.slice(); },
    },
  });
})();`;
