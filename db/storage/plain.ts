/**
 * @module db/storage/plain
 * The plain-PostgreSQL storage mode: `readings` range-partitioned by month, `readings_hourly` a
 * table recomputed from `readings` for the hours the writer marks in `readings_hourly_dirty`
 * (see server/store/readings-rollup.ts), partitions created ahead and on demand, retention by drop.
 */
import { READINGS_COLUMNS_SQL } from './readings-ddl.ts';
import type { Database, Queryable } from '../types.ts';
import {
  PARTITION_PARENT,
  createPartitionSql,
  expiredPartitions,
  monthOfPartition,
  monthsFrom,
  partitionName,
  type MonthIndex,
} from './partitions.ts';

export const PLAIN_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS readings (${READINGS_COLUMNS_SQL}) PARTITION BY RANGE (time)`,
  `CREATE INDEX IF NOT EXISTS readings_district_time_idx ON readings (district, time)`,
  // Rows arrive roughly in time order: a BRIN index is nearly free to keep and lets the rollup
  // refresh read only the block ranges of the hours it recomputes.
  `CREATE INDEX IF NOT EXISTS readings_time_brin_idx ON readings USING brin (time)`,
  `CREATE TABLE IF NOT EXISTS readings_hourly (
    bucket timestamptz NOT NULL,
    source text NOT NULL,
    entity text NOT NULL,
    district char(5),
    metric text NOT NULL,
    n bigint NOT NULL,
    sum double precision,
    min double precision,
    max double precision,
    PRIMARY KEY (bucket, source, entity, metric)
  )`,
  `CREATE INDEX IF NOT EXISTS readings_hourly_district_bucket_idx ON readings_hourly (district, bucket)`,
  // Hours whose rollup is stale: the writer inserts (never updates) markers, refreshRollup claims them.
  `CREATE TABLE IF NOT EXISTS readings_hourly_dirty (
    id bigserial PRIMARY KEY,
    bucket timestamptz NOT NULL
  )`,
];

/** Serializes partition DDL between processes (replicas, the scheduled job, the writer). */
const LOCK = `SELECT pg_advisory_xact_lock(hashtext('scpm.readings.partitions'))`;

export const createPlainTables = async (q: Queryable): Promise<void> => {
  for (const stmt of PLAIN_DDL) await q.query(stmt);
};

export const listPartitions = async (q: Queryable): Promise<string[]> => {
  const rows = await q.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i
       JOIN pg_class c ON c.oid = i.inhrelid
       JOIN pg_class p ON p.oid = i.inhparent
      WHERE p.relname = $1 AND p.relnamespace = 'public'::regnamespace
      ORDER BY c.relname`,
    [PARTITION_PARENT],
  );
  return rows.map((r) => r.name);
};

/** Creates the partitions of the given months that do not exist yet; returns the names created. */
export const createPartitions = async (db: Database, months: Iterable<MonthIndex>): Promise<string[]> => {
  const wanted = [...new Set(months)].sort((a, b) => a - b);
  if (wanted.length === 0) return [];
  return db.transaction(async (tx) => {
    await tx.query(LOCK);
    const existing = new Set((await listPartitions(tx)).map(monthOfPartition));
    const missing = wanted.filter((m) => !existing.has(m));
    for (const m of missing) await tx.query(createPartitionSql(m));
    return missing.map(partitionName);
  });
};

/** Creates the partitions of the month of `from` and `monthsAhead` months after it. */
export const ensurePartitions = (db: Database, opts: { from: Date; monthsAhead: number }): Promise<string[]> =>
  createPartitions(db, monthsFrom(opts.from, opts.monthsAhead));

/** Drops the partitions whose whole month is older than the retention window; returns their names. */
export const dropExpiredPartitions = async (
  db: Database,
  opts: { retentionDays: number; now: Date },
): Promise<string[]> =>
  db.transaction(async (tx) => {
    await tx.query(LOCK);
    const expired = expiredPartitions(await listPartitions(tx), opts.now, opts.retentionDays);
    for (const name of expired) await tx.query(`DROP TABLE IF EXISTS "${name}"`);
    return expired;
  });

/**
 * Remembers which months have a partition so that the writer asks the database only for new months.
 * `forget()` after a "no partition found" error (retention may have dropped a cached month).
 */
export interface PartitionCache {
  ensure(months: Iterable<MonthIndex>): Promise<void>;
  forget(): void;
}

export const createPartitionCache = (db: Database): PartitionCache => {
  const known = new Set<MonthIndex>();
  return {
    ensure: async (months) => {
      const unknown = [...months].filter((m) => !known.has(m));
      if (unknown.length === 0) return;
      await createPartitions(db, unknown);
      for (const m of unknown) known.add(m);
    },
    forget: () => known.clear(),
  };
};
