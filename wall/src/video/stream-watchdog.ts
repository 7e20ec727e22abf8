/**
 * @module wall/video/stream-watchdog
 * What a camera tile says about its stream, decided from the times pictures arrive. Pure.
 *
 * - `connecting`: no picture yet since the stream was opened;
 * - `playing`: pictures arrive; `stalled`: none for `stalledAfterMs`;
 * - `no-signal`: none for `noSignalAfterMs` (or never one within `connectTimeoutMs`): the
 *   connection is torn down and opened again (a fresh signed address), with backoff;
 * - `error`: the address could not be had or the stream cannot be decoded; retried with backoff.
 * A picture on any later connection makes it `playing` again and resets the backoff.
 */
export type VideoStreamState = 'connecting' | 'playing' | 'stalled' | 'no-signal' | 'error';

export interface WatchdogTimings {
  stalledAfterMs: number;
  noSignalAfterMs: number;
  /** A new connection that shows no picture for this long is given up. */
  connectTimeoutMs: number;
}

export const DEFAULT_TIMINGS: WatchdogTimings = { stalledAfterMs: 1000, noSignalAfterMs: 3000, connectTimeoutMs: 8000 };

export interface WatchState {
  state: VideoStreamState;
  /** When the stream was opened (the reference until a first picture). */
  openedAt: number;
  /** The last picture on any connection. */
  lastFrameAt: number | null;
  /** The current connection: when it was opened and its last picture; null between connections. */
  connection: { openedAt: number; lastFrameAt: number | null } | null;
  /** Connections given up in a row (for the backoff). */
  failures: number;
}

export type WatchEvent =
  | { type: 'connected'; at: number }
  | { type: 'frame'; at: number }
  | { type: 'tick'; at: number }
  /** The server ended the connection or the network failed. */
  | { type: 'ended'; at: number }
  /** No address could be had, or the media cannot be decoded. */
  | { type: 'failed'; at: number };

export interface WatchStep {
  next: WatchState;
  /** Tear the connection down and open a new one after the backoff for `next.failures`. */
  reconnect: boolean;
}

export const initialWatch = (at: number): WatchState => ({ state: 'connecting', openedAt: at, lastFrameAt: null, connection: null, failures: 0 });

const giveUp = (s: WatchState, state: VideoStreamState): WatchStep => ({ next: { ...s, state, connection: null, failures: s.failures + 1 }, reconnect: true });

export function watch(s: WatchState, e: WatchEvent, t: WatchdogTimings = DEFAULT_TIMINGS): WatchStep {
  switch (e.type) {
    case 'connected':
      return { next: { ...s, connection: { openedAt: e.at, lastFrameAt: null } }, reconnect: false };
    case 'frame':
      if (s.connection === null) return { next: s, reconnect: false };
      return { next: { ...s, state: 'playing', lastFrameAt: e.at, connection: { ...s.connection, lastFrameAt: e.at }, failures: 0 }, reconnect: false };
    case 'ended':
      if (s.connection === null) return { next: s, reconnect: false };
      return giveUp(s, s.state === 'playing' ? 'stalled' : s.state);
    case 'failed':
      return giveUp(s, 'error');
    case 'tick':
      return tick(s, e.at, t);
  }
}

function tick(s: WatchState, at: number, t: WatchdogTimings): WatchStep {
  const dark = at - (s.lastFrameAt ?? s.openedAt);
  let state = s.state;
  if ((state === 'playing' || state === 'stalled') && dark > t.noSignalAfterMs) state = 'no-signal';
  else if (state === 'playing' && dark > t.stalledAfterMs) state = 'stalled';
  else if (state === 'connecting' && dark > t.connectTimeoutMs) state = 'no-signal';
  const c = s.connection;
  if (c !== null) {
    const silentFrame = c.lastFrameAt !== null && at - c.lastFrameAt > t.noSignalAfterMs;
    const neverShown = c.lastFrameAt === null && at - c.openedAt > t.connectTimeoutMs;
    if (silentFrame || neverShown) return giveUp(s, 'no-signal');
  }
  return { next: state === s.state ? s : { ...s, state }, reconnect: false };
}
