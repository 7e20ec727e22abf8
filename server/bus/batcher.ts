/**
 * @module bus/batcher
 * Groups deliveries into handler calls of at most `maxBatch`, `concurrency` calls at a time (default one).
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
  /** Handler calls in flight at once (default 1); only for handlers whose batches are independent. */
  concurrency?: number;
}

export function createBatcher<T>(opts: BatcherOptions<T>): Batcher<T> {
  const { maxBatch, handler, log, retryDelayMs = 1000, concurrency = 1 } = opts;
  let buffer: Delivery<T>[] = [];
  const lanes = new Set<Promise<void>>();

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

  const start = (): void => {
    while (lanes.size < concurrency && buffer.length > 0) {
      const lane: Promise<void> = drain().finally(() => {
        lanes.delete(lane);
        start();
      });
      lanes.add(lane);
    }
  };

  return {
    async push(item) {
      buffer.push(item);
      start();
      if (buffer.length >= maxBatch * 2 && lanes.size > 0) await Promise.race(lanes);
    },
    async idle() {
      while (lanes.size > 0) await Promise.all(lanes);
    },
  };
}
