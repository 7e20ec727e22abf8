/**
 * @module bus/batcher
 * Groups deliveries into handler calls of at most `maxBatch`, one call at a time.
 * A handler that throws gets its deliveries redelivered later; the handler acks what it committed.
 */
import type { Logger } from 'pino';
import type { Delivery } from './bus.ts';

export interface Batcher<T> {
  /** Resolves when the buffer has room again (backpressure for the reading loop). */
  push(item: Delivery<T>): Promise<void>;
  /** Resolves when everything pushed so far has been handled. */
  idle(): Promise<void>;
}

export interface BatcherOptions<T> {
  maxBatch: number;
  handler: (items: Delivery<T>[]) => Promise<void>;
  log: Logger;
  /** Delay before a failed batch is redelivered. */
  retryDelayMs?: number;
}

export function createBatcher<T>(opts: BatcherOptions<T>): Batcher<T> {
  const { maxBatch, handler, log, retryDelayMs = 1000 } = opts;
  let buffer: Delivery<T>[] = [];
  let running: Promise<void> | null = null;

  const drain = async (): Promise<void> => {
    await new Promise((r) => setImmediate(r)); // let the reading loop fill the buffer
    while (buffer.length > 0) {
      const items = buffer.length <= maxBatch ? buffer : buffer.slice(0, maxBatch);
      buffer = buffer.length <= maxBatch ? [] : buffer.slice(maxBatch);
      try {
        await handler(items);
      } catch (err) {
        log.error({ err, count: items.length }, 'batch handler failed; messages will be redelivered');
        for (const d of items) d.nak(retryDelayMs);
      }
    }
  };

  const start = (): Promise<void> => {
    running ??= drain().finally(() => {
      running = null;
      if (buffer.length > 0) void start();
    });
    return running;
  };

  return {
    async push(item) {
      buffer.push(item);
      const run = start();
      if (buffer.length >= maxBatch * 2) await run;
    },
    async idle() {
      while (running) await running;
    },
  };
}
