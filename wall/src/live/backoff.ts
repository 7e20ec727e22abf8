/**
 * @module wall/live/backoff
 * Reconnect delays: exponential from `baseMs`, capped, with ±20 % jitter so that a room of walls
 * does not reconnect in lockstep after a server restart. Pure.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random, baseMs = 500, maxMs = 10_000): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (0.8 + 0.4 * random()));
}
