/**
 * @module platform/services
 * Opens the backing services: PostgreSQL, NATS JetStream and Redis when they answer, and their
 * embedded stand-ins (PGlite, the in-process bus, the in-process scheduler) when they do not and
 * EMBEDDED allows it. The log and /api/v1/health say which is which.
 */
import { mkdir } from 'node:fs/promises';
import type { Logger } from 'pino';
import { openDatabase, type Database } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import type { StorageMode } from '../../db/storage/mode.ts';
import type { Config } from '../config.ts';
import type { Bus } from '../bus/bus.ts';
import { createMemoryBus } from '../bus/memory-bus.ts';
import { connectNatsBus } from '../bus/nats-bus.ts';
import { STORE_WRITER_DURABLE } from '../ingest/store-writer.ts';
import { ensureDatabase } from './ensure-database.ts';
import { tcpReachable } from './probe.ts';

export interface Services {
  db: Database;
  storage: StorageMode;
  bus: Bus;
  /** Redis URL for BullMQ, or null: the connectors run on the in-process scheduler. */
  redisUrl: string | null;
  embedded: string[];
  close(): Promise<void>;
}

export class ServiceUnavailableError extends Error {
  override name = 'ServiceUnavailableError';
}

type Choice = 'real' | 'embedded';

async function choose(cfg: Config, what: string, url: string, port: number, log: Logger): Promise<Choice> {
  if (cfg.EMBEDDED === 'always') return 'embedded';
  if (await tcpReachable(url, port)) return 'real';
  if (cfg.EMBEDDED === 'never') throw new ServiceUnavailableError(`${what} is not reachable at ${url} (EMBEDDED=never)`);
  log.warn({ url }, `${what} is not reachable: using its embedded stand-in`);
  return 'embedded';
}

async function openDb(cfg: Config, choice: Choice, log: Logger): Promise<Database> {
  if (choice === 'real') {
    await ensureDatabase(cfg.DATABASE_URL, log);
    return openDatabase({ url: cfg.DATABASE_URL }, log);
  }
  await mkdir(cfg.PGLITE_DIR, { recursive: true });
  log.warn({ dataDir: cfg.PGLITE_DIR }, 'database: embedded PGlite (single process; for trying SCPM out, not for production)');
  return openDatabase({ embedded: { dataDir: cfg.PGLITE_DIR } }, log);
}

export async function openServices(cfg: Config, log: Logger): Promise<Services> {
  const [dbChoice, natsChoice, redisChoice] = await Promise.all([
    choose(cfg, 'PostgreSQL', cfg.DATABASE_URL, 5432, log),
    choose(cfg, 'NATS', cfg.NATS_URL, 4222, log),
    choose(cfg, 'Redis', cfg.REDIS_URL, 6379, log),
  ]);
  const embedded = [
    ...(dbChoice === 'embedded' ? ['database:pglite'] : []),
    ...(natsChoice === 'embedded' ? ['bus:in-process'] : []),
    ...(redisChoice === 'embedded' ? ['scheduler:in-process'] : []),
  ];
  const db = await openDb(cfg, dbChoice, log.child({ component: 'db' }));
  const { mode: storage } = await migrate(db, log.child({ component: 'migrate' }), { retentionDays: cfg.RETENTION_DAYS });
  const bus =
    natsChoice === 'real'
      ? await connectNatsBus(
          { url: cfg.NATS_URL, replicas: cfg.STREAM_REPLICAS, maxBytes: cfg.STREAM_MAX_MB * 1024 ** 2,
            ...(cfg.PUBLISH_MAX_PENDING > 0 ? { flowControl: { consumer: STORE_WRITER_DURABLE, maxPending: cfg.PUBLISH_MAX_PENDING } } : {}), ...(cfg.NAMESPACE ? { namespace: cfg.NAMESPACE } : {}) },
          log.child({ component: 'bus' }),
        )
      : createMemoryBus(log.child({ component: 'bus' }));
  log.info({ database: db.kind, storage, bus: bus.kind, redis: redisChoice, embedded }, 'services ready');
  return {
    db,
    storage,
    bus,
    redisUrl: redisChoice === 'real' ? cfg.REDIS_URL : null,
    embedded,
    async close() {
      await bus.close();
      await db.close();
    },
  };
}
