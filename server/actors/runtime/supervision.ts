/**
 * @module actors/runtime/supervision
 * Pure restart decisions: exponential backoff with a cap, and a limit of restarts within a window.
 */
import type { SupervisionOptions } from './types.ts';

export const DEFAULT_SUPERVISION: SupervisionOptions = {
  backoffBaseMs: 100,
  backoffMaxMs: 10_000,
  maxRestarts: 5,
  windowMs: 60_000,
};

export type RestartDecision =
  | { action: 'restart'; delayMs: number; history: number[] }
  | { action: 'stop'; history: number[] };

/**
 * Decides what to do after a failure at `now`, given the times of earlier restarts.
 * The n-th restart within the window waits base·2^(n−1), capped at max.
 */
export const decideRestart = (history: readonly number[], now: number, opts: SupervisionOptions): RestartDecision => {
  const recent = history.filter((t) => now - t < opts.windowMs);
  if (recent.length >= opts.maxRestarts) return { action: 'stop', history: recent };
  const delayMs = Math.min(opts.backoffMaxMs, opts.backoffBaseMs * 2 ** recent.length);
  return { action: 'restart', delayMs, history: [...recent, now] };
};
