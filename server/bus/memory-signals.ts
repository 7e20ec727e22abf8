/**
 * @module bus/memory-signals
 * Call signals within one process, by person: the in-process bus's half of `publishSignal` and
 * `subscribeSignals`. Each message is copied, as it would be on the wire.
 */
import { EventEmitter } from 'node:events';
import { subjects } from '../contracts/index.ts';
import type { Bus, SignalMessage } from './bus.ts';

export function createMemorySignals(): Pick<Bus, 'publishSignal' | 'subscribeSignals'> & { close(): void } {
  const signals = new EventEmitter();
  signals.setMaxListeners(0);
  return {
    publishSignal(msg: SignalMessage) {
      signals.emit(subjects.callSignal(msg.to), structuredClone(msg));
    },
    subscribeSignals(to, handler) {
      const subject = subjects.callSignal(to);
      signals.on(subject, handler);
      return () => signals.off(subject, handler);
    },
    close: () => signals.removeAllListeners(),
  };
}
