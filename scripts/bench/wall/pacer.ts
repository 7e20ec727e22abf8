/**
 * @module scripts/bench/wall/pacer
 * A drift-free rate: every tick sends what the elapsed time since the start calls for, so late ticks
 * catch up and the long-run rate is exact. A stall longer than `maxBacklogMs` is not made up in one
 * burst: that backlog is skipped (and counted), as a live source would have coalesced it.
 */

export interface PaceState {
  /** Events owed by the start time (sent + skipped). */
  accounted: number;
  sent: number;
  skipped: number;
}

/** Events due at `elapsedMs` after the start, at `ratePerS`. */
export const dueAt = (elapsedMs: number, ratePerS: number): number => Math.floor((elapsedMs * ratePerS) / 1000);

/** How many events to send now, and the state after sending them. Pure. */
export function nextBatch(state: PaceState, elapsedMs: number, ratePerS: number, maxBacklogMs: number): { send: number; state: PaceState } {
  const owed = dueAt(elapsedMs, ratePerS) - state.accounted;
  const cap = Math.max(1, dueAt(maxBacklogMs, ratePerS));
  const send = Math.max(0, Math.min(owed, cap));
  const skipped = Math.max(0, owed - send);
  return { send, state: { accounted: state.accounted + send + skipped, sent: state.sent + send, skipped: state.skipped + skipped } };
}

export interface Pacer {
  /** Events sent so far, and since when (ms, the pacer's clock). */
  stats(): { sent: number; skipped: number; elapsedMs: number };
  stop(): void;
}

export interface PacerOptions {
  ratePerS: number;
  tickMs?: number;
  maxBacklogMs?: number;
  /** Sends `n` events; called once per tick with n ≥ 1. */
  send(n: number): void;
  now?: () => number;
}

export function startPacer(opts: PacerOptions): Pacer {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  let state: PaceState = { accounted: 0, sent: 0, skipped: 0 };
  const tick = (): void => {
    const next = nextBatch(state, now() - started, opts.ratePerS, opts.maxBacklogMs ?? 1000);
    state = next.state;
    if (next.send > 0) opts.send(next.send);
  };
  const timer = setInterval(tick, opts.tickMs ?? 10);
  return {
    stats: () => ({ sent: state.sent, skipped: state.skipped, elapsedMs: now() - started }),
    stop: () => clearInterval(timer),
  };
}
