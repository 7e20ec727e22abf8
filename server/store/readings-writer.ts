/**
 * @module server/store/readings-writer
 * Bulk, idempotent ingest of readings. One transaction per batch: COPY into a temporary staging
 * table, then one `INSERT … SELECT … RETURNING` into `readings` that skips keys already stored. In
 * plain mode the same statement folds exactly the newly inserted rows into `readings_hourly`, so a
 * re-delivered batch inserts nothing and the rollup counts every reading once. Never row at a time.
 */
import type { Logger } from 'pino';
import type { Database, Tx } from '../../db/client.ts';
import type { StorageMode } from '../../db/storage/mode.ts';
import { createPartitionCache, type PartitionCache } from '../../db/storage/plain.ts';
import { READING_COLUMNS, checkReadings, readingChunks, type ReadingRow } from './readings-copy.ts';

export type { ReadingRow, ReadingQuality } from './readings-copy.ts';
export { ReadingRowError } from './readings-copy.ts';

export interface WriteResult {
  received: number;
  inserted: number;
}

export interface ReadingsWriter {
  write(rows: readonly ReadingRow[]): Promise<WriteResult>;
}

export class ReadingsWriteError extends Error {
  override readonly name = 'ReadingsWriteError';
}

const STAGING = 'readings_staging';
const COLS = READING_COLUMNS.join(', ');

export const CREATE_STAGING_SQL = `CREATE TEMPORARY TABLE ${STAGING} (
  time timestamptz, source text, entity text, district char(5), metric text, value double precision, quality text
) ON COMMIT DROP`;

const insertRows = (onConflict: boolean): string =>
  `INSERT INTO readings (${COLS}) SELECT ${COLS} FROM ${STAGING}${onConflict ? ' ON CONFLICT DO NOTHING' : ''}`;

const ROLLUP_SQL = `INSERT INTO readings_hourly AS h (bucket, source, entity, district, metric, n, sum, min, max)
  SELECT date_bin(INTERVAL '1 hour', time, TIMESTAMPTZ '2000-01-01 00:00:00+00'), source, entity, max(district), metric,
         count(value), sum(value), min(value), max(value)
    FROM ins
   GROUP BY 1, source, entity, metric
  ON CONFLICT (bucket, source, entity, metric) DO UPDATE SET
    district = COALESCE(EXCLUDED.district, h.district),
    n = h.n + EXCLUDED.n,
    sum = CASE WHEN h.n + EXCLUDED.n = 0 THEN NULL ELSE COALESCE(h.sum, 0) + COALESCE(EXCLUDED.sum, 0) END,
    min = LEAST(h.min, EXCLUDED.min),
    max = GREATEST(h.max, EXCLUDED.max)`;

/**
 * The statement that moves staging into `readings` and returns `inserted`. In plain mode it also
 * folds exactly the rows inserted into the hourly rollup; with TimescaleDB the continuous aggregate
 * follows by itself. Without `onConflict` a duplicate key fails the statement (the fast path).
 */
export const insertFromStagingSql = (mode: StorageMode, onConflict: boolean): string =>
  mode === 'postgres'
    ? `WITH ins AS (${insertRows(onConflict)} RETURNING time, source, entity, district, metric, value),
roll AS (${ROLLUP_SQL})
SELECT count(*)::integer AS inserted FROM ins`
    : `WITH ins AS (${insertRows(onConflict)} RETURNING 1) SELECT count(*)::integer AS inserted FROM ins`;

const codeOf = (err: unknown): unknown => (err as { code?: unknown } | null)?.code;

/** PostgreSQL "no partition of relation … found for row". */
const isMissingPartition = (err: unknown): boolean =>
  codeOf(err) === '23514' && /no partition/i.test(String((err as Error).message));

/**
 * Fresh data is the common case, and a plain INSERT is much cheaper than ON CONFLICT (which confirms
 * every row speculatively). So try the plain one under a savepoint; on a duplicate key (a re-delivery,
 * an overlap, or a concurrent writer) roll back to the savepoint and insert with ON CONFLICT DO NOTHING.
 */
const insertFromStaging = async (tx: Tx, mode: StorageMode, onConflict: boolean): Promise<number> => {
  const [row] = await tx.query<{ inserted: number }>(insertFromStagingSql(mode, onConflict));
  return row?.inserted ?? 0;
};

const writeOnce = async (db: Database, mode: StorageMode, rows: readonly ReadingRow[]): Promise<number> =>
  db.transaction(async (tx) => {
    await tx.query(CREATE_STAGING_SQL);
    await tx.copyText(STAGING, READING_COLUMNS, readingChunks(rows));
    try {
      return await tx.savepoint((sp) => insertFromStaging(sp, mode, false));
    } catch (err) {
      if (codeOf(err) !== '23505') throw err;
      return insertFromStaging(tx, mode, true);
    }
  });

export const createReadingsWriter = (db: Database, mode: StorageMode, log: Logger): ReadingsWriter => {
  const partitions: PartitionCache | null = mode === 'postgres' ? createPartitionCache(db) : null;
  const attempt = async (rows: readonly ReadingRow[], months: Set<number>): Promise<number> => {
    await partitions?.ensure(months);
    return writeOnce(db, mode, rows);
  };
  const run = async (rows: readonly ReadingRow[], months: Set<number>, tries: number): Promise<number> => {
    try {
      return await attempt(rows, months);
    } catch (err) {
      if (tries <= 0) throw err;
      if (partitions && isMissingPartition(err)) {
        log.warn('a cached partition is gone (retention?): re-creating partitions and retrying');
        partitions.forget();
      } else if (codeOf(err) === '40P01') {
        log.warn('deadlock with a concurrent writer: retrying the batch');
      } else {
        throw err;
      }
      return run(rows, months, tries - 1);
    }
  };
  return {
    write: async (rows) => {
      if (rows.length === 0) return { received: 0, inserted: 0 };
      const months = checkReadings(rows);
      try {
        return { received: rows.length, inserted: await run(rows, months, 2) };
      } catch (err) {
        throw new ReadingsWriteError(`writing ${rows.length} readings failed: ${(err as Error).message}`, { cause: err });
      }
    },
  };
};
