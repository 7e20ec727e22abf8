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

export function streamConfigs(replicas = 1, ns: Namespace = createNamespace()): StreamDefinition[] {
  const common = {
    num_replicas: replicas,
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    duplicate_window: nanos(2 * 60 * 1000),
  };
  return [
    { ...common, name: ns.stream(STREAMS.city.name), subjects: STREAMS.city.subjects.map(ns.subject), max_age: nanos(7 * DAY_MS), max_bytes: 8 * 1024 ** 3 },
    { ...common, name: ns.stream(STREAMS.ops.name), subjects: STREAMS.ops.subjects.map(ns.subject), max_age: nanos(30 * DAY_MS), max_bytes: 1024 ** 3 },
  ];
}

export async function ensureStreams(jsm: JetStreamManager, replicas = 1, ns?: Namespace): Promise<void> {
  for (const config of streamConfigs(replicas, ns)) {
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
  for (const { name } of streamConfigs(1, ns)) await jsm.streams.delete(name).catch(() => false);
}
