/**
 * @module video/restart-delay
 * How long the relay waits before trying a camera again: doubling from `baseMs` with each failure
 * in a row, never above `maxMs`, with jitter (75–100 % of the step) so that many cameras that failed
 * together (a network cut) do not all come back in the same instant. Pure.
 */
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 500, maxMs: 15_000 };

export function restartDelay(failures: number, random: () => number, b: Backoff = DEFAULT_BACKOFF): number {
  const step = Math.min(b.maxMs, b.baseMs * 2 ** Math.max(0, Math.min(30, failures)));
  return Math.round(step * (0.75 + 0.25 * Math.min(1, Math.max(0, random()))));
}
