/**
 * @module platform/testing
 * Test support: a platform on the real services, isolated from any other running on the machine —
 * its own database, its own NATS namespace (streams), its own BullMQ key prefix — and removed after.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { createTempDatabase } from '../../db/testing/temp-database.ts';
import { loadConfig, type Config } from '../config.ts';
import { createNamespace } from '../bus/namespace.ts';
import { deleteStreams } from '../bus/streams.ts';

export interface IsolatedConfig {
  config: Config;
  cleanup(): Promise<void>;
}

/** Streams of test namespaces left behind by a run that was killed (their teardown never ran). */
async function removeStaleTestStreams(natsUrl: string): Promise<void> {
  const nc = await connect({ servers: natsUrl });
  const jsm = await jetstreamManager(nc);
  const cutoff = Date.now() - 15 * 60_000;
  for await (const s of jsm.streams.list()) {
    if (/_T[0-9A-F]{10}$/.test(s.config.name) && Date.parse(s.created) < cutoff) await jsm.streams.delete(s.config.name);
  }
  await nc.close();
}

export async function isolatedConfig(env: Record<string, string> = {}): Promise<IsolatedConfig> {
  await removeStaleTestStreams(env['NATS_URL'] ?? 'nats://127.0.0.1:4222');
  const db = await createTempDatabase('scpm_platform');
  const namespace = `t${randomBytes(5).toString('hex')}`;
  const config = loadConfig({ PORT: '0', LOG_LEVEL: process.env['TEST_LOG'] ?? 'silent', EMBEDDED: 'never', DATABASE_URL: db.url, NAMESPACE: namespace, STREAM_MAX_MB: '128', MEDIA_RTMP_PORT: '0', MEDIA_HTTP_PORT: '0', SEED_INDICATORS: 'false', ...env });
  return {
    config,
    async cleanup() {
      const nc = await connect({ servers: config.NATS_URL });
      await deleteStreams(await jetstreamManager(nc), createNamespace(namespace));
      await nc.close();
      const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
      const keys = await redis.keys(`bull-${namespace}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
      await db.drop();
    },
  };
}
