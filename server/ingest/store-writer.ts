/**
 * @module ingest/store-writer
 * Consumes every city event batch through a durable JetStream consumer, writes the readings in one
 * bulk transaction per handful of messages, and acknowledges only after the commit. Re-delivered
 * messages insert nothing (natural keys), so every reading is stored exactly once.
 */
import type { Logger } from 'pino';
import { EventBatchSchema, STREAMS, subjects, type EventBatch, type QuarantineRecord } from '../contracts/index.ts';
import type { Bus, Consumption, Delivery } from '../bus/bus.ts';
import { readingsOf, type ReadingRow } from './readings-of.ts';
import { quarantineOfMessage, quarantineOfRejection } from './quarantine-of.ts';

export interface CommitInfo {
  batches: readonly EventBatch[];
  received: number;
  inserted: number;
  committedAt: number;
}

export interface StoreWriterDeps {
  bus: Bus;
  log: Logger;
  now(): number;
  writeReadings(rows: ReadingRow[]): Promise<{ received: number; inserted: number }>;
  quarantine(records: QuarantineRecord[]): Promise<void>;
  /** Messages per transaction (each carries up to a few thousand readings). */
  maxMessages?: number;
  /** Write transactions in flight at once (readings are independent; each batch acks after its commit). */
  concurrency?: number;
  onCommitted?(info: CommitInfo): void;
  /** Overrides for tests and for splitting the writer by subject; defaults: one writer group for all. */
  durable?: string;
  filter?: string;
}

export const STORE_WRITER_DURABLE = 'store-writer';

export async function startStoreWriter(deps: StoreWriterDeps): Promise<Consumption> {
  const log = deps.log.child({ component: 'store-writer' });
  const handle = async (items: Delivery<EventBatch>[]): Promise<void> => {
    const batches = items.map((d) => d.data);
    const { rows, rejections } = readingsOf(batches.flatMap((b) => b.events));
    const result = await deps.writeReadings(rows);
    if (rejections.length > 0) {
      const at = new Date(deps.now());
      await deps.quarantine(rejections.map((r) => quarantineOfRejection(r, subjects.cityEvent(r.event.kind, r.event.district), at)));
      log.warn({ count: rejections.length }, 'events quarantined');
    }
    for (const d of items) d.ack();
    deps.onCommitted?.({ batches, ...result, committedAt: deps.now() });
  };
  return deps.bus.consume(
    {
      stream: STREAMS.city.name,
      durable: deps.durable ?? STORE_WRITER_DURABLE,
      filter: deps.filter ?? subjects.cityAll,
      schema: EventBatchSchema,
      maxBatch: deps.maxMessages ?? 16,
      concurrency: deps.concurrency ?? 1,
      onInvalid: async (raw, subject, reason) => {
        log.warn({ subject, reason }, 'message quarantined');
        await deps.quarantine([quarantineOfMessage(raw, subject, reason, new Date(deps.now()))]);
      },
    },
    handle,
  );
}
