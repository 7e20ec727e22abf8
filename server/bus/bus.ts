/**
 * @module bus/bus
 * What the server needs from a message bus. Two implementations: NATS JetStream (`nats-bus.ts`)
 * and an in-process stand-in for the embedded mode (`memory-bus.ts`). Both satisfy the connectors'
 * `Publisher` interface structurally.
 */
import type { z } from 'zod';
import type { ConnectorRun, EventBatch, QuarantineRecord } from '../contracts/index.ts';

export type StreamName = 'CITY' | 'OPS';

/** One message handed to a consumer; nothing is acknowledged until `ack()`. */
export interface Delivery<T> {
  readonly data: T;
  readonly subject: string;
  readonly redelivered: boolean;
  ack(): void;
  /** Redeliver later. */
  nak(delayMs?: number): void;
}

export interface ConsumerSpec<T> {
  stream: StreamName;
  /** Durable name: the consumer survives restarts and replicas share it. */
  durable: string;
  filter: string;
  schema: z.ZodType<T>;
  /** Hand at most this many messages to one handler call. */
  maxBatch: number;
  /** Handler calls in flight at once (default 1): only where batches are independent of each other. */
  concurrency?: number;
  /** Start at new messages when the consumer is first created (else at the start of the stream). */
  startAtNew?: boolean;
  /** A message that fails `schema`: it is acknowledged and handed here (for quarantine). */
  onInvalid(raw: Uint8Array, subject: string, reason: string): Promise<void>;
}

export interface Consumption {
  stop(): Promise<void>;
  /** Stops and deletes the durable consumer (for tests and retired consumers). */
  remove(): Promise<void>;
}

export interface LiveMessage {
  channel: string;
  data: unknown;
  at: string;
}

/** A stored value and the revision that stored it. */
export interface StoredRecord {
  value: unknown;
  revision: number;
}

/** Values by key, shared by every replica and changed only by compare-and-set. */
export interface RecordStore {
  get(key: string): Promise<StoredRecord | null>;
  /**
   * Stores `value` when the key's revision is still `expected` (0: the key must be new). The new
   * revision, or null when another write came first (read again and decide again).
   */
  put(key: string, value: unknown, expected: number): Promise<number | null>;
}

/** A call signal for one person (`to`: a login). */
export interface SignalMessage {
  to: string;
  data: unknown;
}

export interface Bus {
  readonly kind: 'nats' | 'memory';
  publishBatch(subject: string, batch: EventBatch): Promise<void>;
  publishRun(run: ConnectorRun): Promise<void>;
  publishQuarantine(rec: QuarantineRecord): Promise<void>;
  consume<T>(spec: ConsumerSpec<T>, handler: (items: Delivery<T>[]) => Promise<void>): Promise<Consumption>;
  /** Fan-out of live channel values to every API replica (not persisted). */
  publishLive(msg: LiveMessage): void;
  subscribeLive(handler: (msg: LiveMessage) => void): () => void;
  /** The state of calls in progress, one record per call (stream CALLS; in memory: this process). */
  readonly callRecords: RecordStore;
  /** Call signals for one person, to every replica where that person listens (not persisted). */
  publishSignal(msg: SignalMessage): void;
  subscribeSignals(to: string, handler: (msg: SignalMessage) => void): () => void;
  /** False while the connection to the bus is lost. */
  connected(): boolean;
  close(): Promise<void>;
}

export class BusError extends Error {
  override name = 'BusError';
}
