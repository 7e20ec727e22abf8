/**
 * @module live/session
 * One `/live` WebSocket client: subscribe/unsubscribe by channel; a snapshot first, then updates.
 * Updates are coalesced per channel between sends, so a slow client gets the latest value
 * instead of an ever-growing queue. A signed-in person's session also carries the signals of their
 * calls (calls/service.ts), in both directions.
 */
import type { Logger } from 'pino';
import { ClientMessageSchema, type ServerMessage, type Signal } from '../contracts/index.ts';
import type { ChannelValue, LiveHub } from './hub.ts';

export const MAX_CHANNELS_PER_SESSION = 500;
/** Stop sending while this many bytes wait in the socket; resume with coalesced values. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

export interface SocketLike {
  send(data: string): void;
  readonly bufferedAmount: number;
}

export interface LiveSession {
  receive(text: string): void;
  close(): void;
}

/** Whether this connection may subscribe to a channel (the policy layer's verdict), with the reason if not. */
export type ChannelGate = (channel: string) => { allow: true } | { allow: false; reason: string };

const OPEN_GATE: ChannelGate = () => ({ allow: true });

/** A session's side of call signalling: the client's signals in; `close` when the connection goes. */
export interface SessionSignals {
  receive(signal: Signal): void;
  close(): void | Promise<void>;
}

/** Opens call signalling for a session, given the function that sends to its client (none: no calls here). */
export type OpenSignals = (send: (msg: ServerMessage) => void) => SessionSignals;

export function createLiveSession(hub: LiveHub, socket: SocketLike, log: Logger, gate: ChannelGate = OPEN_GATE, openSignals?: OpenSignals): LiveSession {
  const subscriptions = new Map<string, () => void>();
  const pending = new Map<string, ChannelValue>();
  let flushing = false;

  const send = (msg: ServerMessage): void => socket.send(JSON.stringify(msg));
  const signals = openSignals?.(send) ?? null;

  const flush = (): void => {
    flushing = false;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return scheduleFlush(50);
    for (const [channel, v] of pending) send({ type: 'update', channel, data: v.data, at: v.at });
    pending.clear();
  };
  function scheduleFlush(delayMs = 0): void {
    if (flushing) return;
    flushing = true;
    if (delayMs > 0) setTimeout(flush, delayMs);
    else setImmediate(flush);
  }

  const onChange = (channel: string, value: ChannelValue): void => {
    pending.set(channel, value);
    scheduleFlush();
  };

  const subscribe = (channels: string[]): void => {
    const fresh = channels.filter((c) => !subscriptions.has(c));
    if (subscriptions.size + fresh.length > MAX_CHANNELS_PER_SESSION) {
      return send({ type: 'error', code: 'too-many-channels', message: `at most ${MAX_CHANNELS_PER_SESSION} channels per connection` });
    }
    for (const channel of channels) {
      const verdict = gate(channel);
      if (!verdict.allow) {
        send({ type: 'error', code: 'forbidden', message: `${channel}: ${verdict.reason}` });
        continue;
      }
      if (!subscriptions.has(channel)) subscriptions.set(channel, hub.subscribe(channel, onChange));
      const v = hub.get(channel);
      pending.delete(channel);
      send({ type: 'snapshot', channel, data: v?.data ?? null, at: v?.at ?? null });
    }
  };

  return {
    receive(text) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return send({ type: 'error', code: 'bad-json', message: 'messages must be JSON' });
      }
      const parsed = ClientMessageSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const message = `${issue?.path.join('.') || '(message)'}: ${issue?.message ?? 'invalid'}`;
        return send({ type: 'error', code: 'bad-message', message });
      }
      const msg = parsed.data;
      if (msg.type === 'ping') return send({ type: 'pong', ...(msg.t === undefined ? {} : { t: msg.t }) });
      if (msg.type === 'subscribe') return subscribe(msg.channels);
      if (msg.type === 'signal') {
        const { type: _, ...signal } = msg;
        if (!signals) return send({ type: 'error', code: 'forbidden', message: 'calls are for signed-in city staff who take calls' });
        return signals.receive(signal);
      }
      for (const c of msg.channels) {
        subscriptions.get(c)?.();
        subscriptions.delete(c);
        pending.delete(c);
      }
    },
    close() {
      for (const off of subscriptions.values()) off();
      subscriptions.clear();
      pending.clear();
      void Promise.resolve(signals?.close()).catch((err: unknown) => log.warn({ err }, 'closing call signalling failed'));
      log.debug('live session closed');
    },
  };
}
