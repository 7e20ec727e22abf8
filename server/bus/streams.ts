/**
 * @module bus/streams
 * JetStream stream definitions, created or updated idempotently at start.
 */
import { DiscardPolicy, RetentionPolicy, StorageType, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import { STREAMS } from '../contracts/index.ts';

const DAY_MS = 24 * 3600 * 1000;

export type StreamDefinition = Partial<StreamConfig> & { name: string };

export function streamConfigs(replicas = 1): StreamDefinition[] {
  const common = {
    num_replicas: replicas,
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    duplicate_window: nanos(2 * 60 * 1000),
  };
  return [
    { ...common, name: STREAMS.city.name, subjects: [...STREAMS.city.subjects], max_age: nanos(7 * DAY_MS), max_bytes: 8 * 1024 ** 3 },
    { ...common, name: STREAMS.ops.name, subjects: [...STREAMS.ops.subjects], max_age: nanos(30 * DAY_MS), max_bytes: 1024 ** 3 },
  ];
}

export async function ensureStreams(jsm: JetStreamManager, replicas = 1): Promise<void> {
  for (const config of streamConfigs(replicas)) {
    const { name } = config;
    const exists = await jsm.streams.info(name).then(
      () => true,
      () => false,
    );
    if (exists) await jsm.streams.update(name, config);
    else await jsm.streams.add(config);
  }
}
