/**
 * @module bus/memory-bus
 * The in-process bus for the embedded mode (no NATS reachable): the same contract as the NATS bus
 * within one process — JSON on the wire, msgID dedupe over a window, ack/nak with redelivery.
 * Nothing survives a restart; the log says so at start.
 */
import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { subjects } from '../contracts/index.ts';
import type { Bus, Consumption, ConsumerSpec, Delivery, LiveMessage, StreamName } from './bus.ts';
import { createBatcher } from './batcher.ts';
import { createMemoryRecordStore } from './memory-records.ts';
import { createMemorySignals } from './memory-signals.ts';
import { decodeJson, encodeJson } from './codec.ts';
import { subjectMatches } from './subject-match.ts';

interface Envelope {
  stream: StreamName;
  subject: string;
  raw: Uint8Array;
}

interface Subscriber {
  stream: StreamName;
  filter: string;
  deliver(env: Envelope, redelivered: boolean): void;
}

const DEDUPE_WINDOW_MS = 2 * 60 * 1000;

export function createMemoryBus(log: Logger, now: () => number = Date.now): Bus {
  const subscribers = new Set<Subscriber>();
  const seen = new Map<string, number>();
  const live = new EventEmitter();
  live.setMaxListeners(0);
  const signals = createMemorySignals();

  const isDuplicate = (msgId: string): boolean => {
    const t = now();
    for (const [id, at] of seen) {
      if (t - at <= DEDUPE_WINDOW_MS) break;
      seen.delete(id);
    }
    if (seen.has(msgId)) return true;
    seen.set(msgId, t);
    return false;
  };

  const publish = (stream: StreamName, subject: string, value: unknown, msgId?: string): void => {
    if (msgId !== undefined && isDuplicate(msgId)) return;
    const env = { stream, subject, raw: encodeJson(value) };
    for (const s of subscribers) if (s.stream === stream && subjectMatches(s.filter, subject)) s.deliver(env, false);
  };

  const consume = async <T>(spec: ConsumerSpec<T>, handler: (items: Delivery<T>[]) => Promise<void>): Promise<Consumption> => {
    const batcher = createBatcher<T>({
      maxBatch: spec.maxBatch,
      handler,
      log: log.child({ consumer: spec.durable }),
      ...(spec.concurrency ? { concurrency: spec.concurrency } : {}),
    });
    const timers = new Set<NodeJS.Timeout>();
    let stopped = false;
    const sub: Subscriber = {
      stream: spec.stream,
      filter: spec.filter,
      deliver(env, redelivered) {
        if (stopped) return;
        const decoded = decodeJson(env.raw, spec.schema);
        if (!decoded.ok) {
          void spec.onInvalid(env.raw, env.subject, decoded.reason);
          return;
        }
        const nak = (ms = 0): void => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            sub.deliver(env, true);
          }, ms);
          timers.add(timer);
        };
        void batcher.push({ data: decoded.value, subject: env.subject, redelivered, ack: () => {}, nak });
      },
    };
    subscribers.add(sub);
    const stop = async (): Promise<void> => {
      stopped = true;
      subscribers.delete(sub);
      for (const t of timers) clearTimeout(t);
      await batcher.idle();
    };
    return { stop, remove: stop };
  };

  log.warn('using the in-process bus: events are not persisted and are lost on restart');
  return {
    kind: 'memory',
    async publishBatch(subject, batch) {
      publish('CITY', subject, batch, batch.batchId);
    },
    async publishRun(run) {
      publish('OPS', subjects.sourceRun(run.source), run, `run:${run.runId}`);
    },
    async publishQuarantine(rec) {
      publish('OPS', subjects.quarantine(rec.source), rec);
    },
    consume,
    publishLive(msg: LiveMessage) {
      live.emit('msg', structuredClone(msg));
    },
    subscribeLive(handler) {
      live.on('msg', handler);
      return () => live.off('msg', handler);
    },
    callRecords: createMemoryRecordStore(),
    publishSignal: signals.publishSignal,
    subscribeSignals: signals.subscribeSignals,
    connected: () => true,
    async close() {
      subscribers.clear();
      live.removeAllListeners();
      signals.close();
    },
  };
}
