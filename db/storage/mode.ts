/**
 * @module db/storage/mode
 * Chooses and sets up the storage mode of `readings`/`readings_hourly`, reports it, and runs
 * the scheduled maintenance (partitions ahead, retention) where PostgreSQL has no policies.
 */
import type { Logger } from 'pino';
import type { Database, Queryable } from '../types.ts';
import { createPlainTables, dropExpiredPartitions, ensurePartitions } from './plain.ts';
import { DEFAULT_TIMESCALE_OPTIONS, applyTimescale } from './timescale.ts';

export type StorageMode = 'timescaledb' | 'postgres';

export interface StorageOptions {
  /** Rows older than this are dropped (by policy with TimescaleDB, by `maintainStorage` otherwise). */
  retentionDays: number;
  /** Monthly partitions kept ready beyond the current month (plain mode). */
  monthsAhead: number;
}

export const DEFAULT_STORAGE_OPTIONS: StorageOptions = { retentionDays: 400, monthsAhead: 2 };

export class StorageModeError extends Error {
  override readonly name = 'StorageModeError';
}

/** 'p' = partitioned table, 'r' = table (a hypertable is one), null = missing. */
const readingsKind = async (q: Queryable): Promise<string | null> => {
  const rows = await q.query<{ relkind: string }>(
    `SELECT relkind::text AS relkind FROM pg_class WHERE relname = 'readings' AND relnamespace = 'public'::regnamespace`,
  );
  return rows[0]?.relkind ?? null;
};

const hasTimescaleExtension = async (q: Queryable, catalog: 'pg_available_extensions' | 'pg_extension') => {
  const col = catalog === 'pg_extension' ? 'extname' : 'name';
  const rows = await q.query<{ ok: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${catalog} WHERE ${col} = 'timescaledb') AS ok`);
  return rows[0]?.ok === true;
};

/** The storage mode of a migrated database. */
export const storageMode = async (db: Queryable): Promise<StorageMode> => {
  const kind = await readingsKind(db);
  if (kind === 'p') return 'postgres';
  if (kind === 'r' && (await hasTimescaleExtension(db, 'pg_extension'))) return 'timescaledb';
  throw new StorageModeError(kind === null ? 'readings does not exist: run migrate first' : 'readings has an unknown layout');
};

/**
 * Creates `readings`/`readings_hourly` in the best available mode, idempotently. An existing
 * partitioned `readings` stays in plain mode even if TimescaleDB has been installed since.
 */
export const setupStorage = async (
  db: Database,
  session: Queryable,
  log: Logger,
  opts: StorageOptions & { now: Date },
): Promise<StorageMode> => {
  const kind = await readingsKind(session);
  const available = await hasTimescaleExtension(session, 'pg_available_extensions');
  if (kind !== 'p' && available) {
    await applyTimescale(session, { ...DEFAULT_TIMESCALE_OPTIONS, retentionDays: opts.retentionDays });
    return 'timescaledb';
  }
  if (kind === 'r') throw new StorageModeError('readings is a plain table, neither partitioned nor a hypertable');
  if (kind === 'p' && available) log.warn('TimescaleDB is available but readings is partitioned: staying in plain mode');
  await createPlainTables(session);
  await ensurePartitions(db, { from: opts.now, monthsAhead: opts.monthsAhead });
  return 'postgres';
};

export interface MaintenanceResult {
  mode: StorageMode;
  created: string[];
  dropped: string[];
}

/** The scheduled job: partitions ahead and retention in plain mode; TimescaleDB policies do both otherwise. */
export const maintainStorage = async (
  db: Database,
  opts: { now: Date; monthsAhead: number; retentionDays: number },
): Promise<MaintenanceResult> => {
  const mode = await storageMode(db);
  if (mode === 'timescaledb') return { mode, created: [], dropped: [] };
  const created = await ensurePartitions(db, { from: opts.now, monthsAhead: opts.monthsAhead });
  const dropped = await dropExpiredPartitions(db, { retentionDays: opts.retentionDays, now: opts.now });
  return { mode, created, dropped };
};
