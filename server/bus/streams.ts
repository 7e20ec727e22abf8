/**
 * @module bus/streams
 * JetStream stream definitions, created or updated idempotently at start.
 */
import { DiscardPolicy, RetentionPolicy, StorageType, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import { STREAMS } from '../contracts/index.ts';
import { createNamespace, type Namespace } from './namespace.ts';

const DAY_MS = 24 * 3600 * 1000;

export type StreamDefinition = Partial<StreamConfig> & { name: string };

export interface StreamOptions {
  replicas?: number;
  /** Disk the CITY stream may use (JetStream reserves it); OPS gets an eighth. */
  maxBytes?: number;
}

export const DEFAULT_STREAM_BYTES = 2 * 1024 ** 3;
/** A call's record is a few kilobytes (its offer included): 32 MB holds thousands of a day's calls. */
const CALLS_STREAM_BYTES = 32 * 1024 ** 2;

export function streamConfigs(opts: StreamOptions = {}, ns: Namespace = createNamespace()): StreamDefinition[] {
  const { replicas = 1, maxBytes = DEFAULT_STREAM_BYTES } = opts;
  const common = {
    num_replicas: replicas,
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    duplicate_window: nanos(2 * 60 * 1000),
  };
  return [
    { ...common, name: ns.stream(STREAMS.city.name), subjects: STREAMS.city.subjects.map(ns.subject), max_age: nanos(7 * DAY_MS), max_bytes: maxBytes },
    { ...common, name: ns.stream(STREAMS.ops.name), subjects: STREAMS.ops.subjects.map(ns.subject), max_age: nanos(30 * DAY_MS), max_bytes: Math.ceil(maxBytes / 8) },
    // calls in progress: only each call's latest state is kept, for a day after its last change
    { ...common, name: ns.stream(STREAMS.calls.name), subjects: STREAMS.calls.subjects.map(ns.subject), max_age: nanos(DAY_MS), max_msgs_per_subject: 1, max_bytes: CALLS_STREAM_BYTES },
  ];
}

export async function ensureStreams(jsm: JetStreamManager, opts: StreamOptions = {}, ns?: Namespace): Promise<void> {
  for (const config of streamConfigs(opts, ns)) {
    const { name } = config;
    const exists = await jsm.streams.info(name).then(
      () => true,
      () => false,
    );
    if (exists) await jsm.streams.update(name, config);
    else await jsm.streams.add(config);
  }
}

/** Deletes a namespace's streams (benchmarks and tests clean up after themselves). */
export async function deleteStreams(jsm: JetStreamManager, ns: Namespace): Promise<void> {
  for (const { name } of streamConfigs({}, ns)) await jsm.streams.delete(name).catch(() => false);
}
