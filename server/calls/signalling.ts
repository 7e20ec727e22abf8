/**
 * @module calls/signalling
 * The live sessions of this process by person, and signals to them through the bus: a signal for
 * `kim` is published on `calls.signal.kim` and every replica where kim has a session (wall, tablet)
 * delivers it — to the one device holding the call, or to all of kim's sessions while the call rings.
 * A replica listens for a person only while that person has a session on it.
 */
import type { Logger } from 'pino';
import { z } from 'zod';
import { DeliveredSignalSchema, type ServerMessage } from '../contracts/index.ts';
import type { SignalMessage } from '../bus/bus.ts';
import type { Delivery } from './state.ts';

export interface SignalBus {
  publishSignal(msg: SignalMessage): void;
  subscribeSignals(to: string, handler: (msg: SignalMessage) => void): () => void;
}

export interface LocalSession {
  login: string;
  /** Unique per live session: the device a party holds a call on. */
  device: string;
  send(msg: ServerMessage): void;
}

const SignalDataSchema = z.object({ device: z.string().nullable(), signal: DeliveredSignalSchema });

export interface Signalling {
  attach(session: LocalSession): void;
  detach(session: LocalSession): void;
  /** Sends each delivery to its person's sessions, wherever they are connected. */
  deliver(deliveries: readonly Delivery[]): void;
  /** People with a session on this process. */
  present(): string[];
  stop(): void;
}

export function createSignalling(bus: SignalBus, log: Logger): Signalling {
  const sessions = new Map<string, Set<LocalSession>>();
  const listening = new Map<string, () => void>();

  const receive = (login: string) => (msg: SignalMessage): void => {
    const parsed = SignalDataSchema.safeParse(msg.data);
    if (!parsed.success) {
      log.warn({ to: login, reason: parsed.error.issues[0]?.message }, 'dropped an invalid call signal');
      return;
    }
    const { device, signal } = parsed.data;
    for (const s of sessions.get(login) ?? []) {
      if (device === null || s.device === device) s.send({ type: 'signal', ...signal });
    }
  };

  return {
    attach(session) {
      let mine = sessions.get(session.login);
      if (!mine) sessions.set(session.login, (mine = new Set()));
      mine.add(session);
      if (!listening.has(session.login)) listening.set(session.login, bus.subscribeSignals(session.login, receive(session.login)));
    },
    detach(session) {
      const mine = sessions.get(session.login);
      if (!mine?.delete(session) || mine.size > 0) return;
      sessions.delete(session.login);
      listening.get(session.login)?.();
      listening.delete(session.login);
    },
    deliver(deliveries) {
      for (const d of deliveries) bus.publishSignal({ to: d.to, data: { device: d.device, signal: d.signal } });
    },
    present: () => [...sessions.keys()],
    stop() {
      for (const off of listening.values()) off();
      listening.clear();
      sessions.clear();
    },
  };
}
