/**
 * @module wall/live/live-client
 * The wall's `/live` connection. Keeps the set of channels the screen needs subscribed; after any
 * reconnect it subscribes again, and the server answers each channel with a snapshot first.
 * A connection that says nothing for `silenceMs` (no update, no pong) is treated as lost.
 */
import { ServerMessageSchema, type ClientMessage, type ServerMessage } from '../../../server/contracts/index.ts';
import { reconnectDelay } from './backoff.ts';

export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

export interface LiveClientOptions {
  url: string;
  createSocket: (url: string) => SocketLike;
  onMessage: (msg: ServerMessage) => void;
  onStatus: (status: 'connecting' | 'open' | 'lost', attempt: number) => void;
  /** Messages that are not valid protocol messages. */
  onInvalid?: (reason: string) => void;
  pingEveryMs?: number;
  silenceMs?: number;
  random?: () => number;
}

export interface LiveClient {
  /** The channels wanted now; subscribes and unsubscribes the difference. */
  want(channels: Iterable<string>): void;
  /** Sends a message now (a call's signal); false while the connection is not open. */
  send(msg: ClientMessage): boolean;
  close(): void;
}

const OPEN = 1;
const STABLE_MS = 5_000;

export function createLiveClient(opts: LiveClientOptions): LiveClient {
  const pingEveryMs = opts.pingEveryMs ?? 10_000;
  const silenceMs = opts.silenceMs ?? 25_000;
  let wanted = new Set<string>();
  let subscribed = new Set<string>();
  let socket: SocketLike | null = null;
  let attempt = 0;
  let closed = false;
  let lastHeard = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let pingTimer: ReturnType<typeof setInterval> | null = null;
  let stableTimer: ReturnType<typeof setTimeout> | null = null;

  const send = (msg: ClientMessage): void => {
    if (socket?.readyState === OPEN) socket.send(JSON.stringify(msg));
  };

  const sync = (): void => {
    if (socket?.readyState !== OPEN) return;
    const add = [...wanted].filter((c) => !subscribed.has(c));
    const drop = [...subscribed].filter((c) => !wanted.has(c));
    if (add.length > 0) send({ type: 'subscribe', channels: add });
    if (drop.length > 0) send({ type: 'unsubscribe', channels: drop });
    subscribed = new Set(wanted);
  };

  const lost = (): void => {
    if (pingTimer) clearInterval(pingTimer);
    if (stableTimer) clearTimeout(stableTimer);
    pingTimer = null;
    socket = null;
    subscribed = new Set();
    if (closed) return;
    attempt += 1;
    opts.onStatus('lost', attempt);
    retryTimer = setTimeout(connect, reconnectDelay(attempt, opts.random));
  };

  const receive = (raw: unknown): void => {
    lastHeard = Date.now();
    let json: unknown;
    try {
      json = JSON.parse(String(raw));
    } catch {
      opts.onInvalid?.('not JSON');
      return;
    }
    const parsed = ServerMessageSchema.safeParse(json);
    if (!parsed.success) {
      opts.onInvalid?.(parsed.error.issues[0]?.message ?? 'invalid message');
      return;
    }
    opts.onMessage(parsed.data);
  };

  function connect(): void {
    retryTimer = null;
    if (closed) return;
    opts.onStatus('connecting', attempt);
    const s = opts.createSocket(opts.url);
    socket = s;
    s.onopen = () => {
      lastHeard = Date.now();
      opts.onStatus('open', 0);
      // Back-off starts over only once a connection has held, not when a server accepts and drops.
      const opened = s;
      stableTimer = setTimeout(() => {
        if (socket === opened) attempt = 0;
      }, STABLE_MS);
      sync();
      pingTimer = setInterval(() => {
        if (Date.now() - lastHeard <= silenceMs) return send({ type: 'ping', t: Date.now() });
        // A dead link may take minutes to close by itself: drop it now and reconnect.
        s.onclose = null;
        s.close();
        if (socket === s) lost();
      }, pingEveryMs);
    };
    s.onmessage = (ev) => receive(ev.data);
    s.onerror = () => s.close();
    s.onclose = () => {
      if (socket === s) lost();
    };
  }

  connect();
  return {
    want(channels) {
      wanted = new Set(channels);
      sync();
    },
    send(msg) {
      if (socket?.readyState !== OPEN) return false;
      socket.send(JSON.stringify(msg));
      return true;
    },
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (pingTimer) clearInterval(pingTimer);
      if (stableTimer) clearTimeout(stableTimer);
      socket?.close();
      socket = null;
    },
  };
}
