/**
 * @module server/store/readings-writer
 * Bulk, idempotent ingest of readings, one transaction per batch, never row at a time.
 *   1. Fast path (fresh data): COPY straight into `readings` under a savepoint.
 *   2. On a duplicate key, roll back to the savepoint, COPY into a temporary staging table and run one
 *      `INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING`.
 * Either way a re-delivered batch inserts nothing. In plain mode the writer also inserts, in the same
 * transaction, one marker per UTC hour it inserted rows into (`readings_hourly_dirty`);
 * `refreshRollup` (readings-rollup.ts) recomputes those hours of `readings_hourly` later.
 */
import type { Logger } from 'pino';
import type { Database, Tx } from '../../db/client.ts';
import type { StorageMode } from '../../db/storage/mode.ts';
import { createPartitionCache, type PartitionCache } from '../../db/storage/plain.ts';
import { READING_COLUMNS, checkReadings, readingChunks, type ReadingRow } from './readings-copy.ts';
import { createHourSet, markHours, markHoursFromSql } from './readings-rollup.ts';

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

const INSERT_NEW = `INSERT INTO readings (${COLS}) SELECT ${COLS} FROM ${STAGING} ON CONFLICT DO NOTHING`;

/**
 * The statement that moves staging into `readings` and returns `inserted`. In plain mode it also
 * marks the hours of exactly the rows inserted (none when nothing was new); with TimescaleDB the
 * continuous aggregate tracks its own invalidations.
 */
export const insertFromStagingSql = (mode: StorageMode): string =>
  mode === 'postgres'
    ? `WITH ins AS (${INSERT_NEW} RETURNING time),
mark AS (${markHoursFromSql('ins')})
SELECT count(*)::integer AS inserted FROM ins`
    : `WITH ins AS (${INSERT_NEW} RETURNING 1) SELECT count(*)::integer AS inserted FROM ins`;

const codeOf = (err: unknown): unknown => (err as { code?: unknown } | null)?.code;

/** PostgreSQL "no partition of relation … found for row". */
const isMissingPartition = (err: unknown): boolean =>
  codeOf(err) === '23514' && /no partition/i.test(String((err as Error).message));

/**
 * Fast path: fresh data is the common case, so COPY straight into `readings` under a savepoint
 * (as fast as a bare COPY). COPY is all or nothing, so on success every row of the batch was
 * inserted: in plain mode the distinct hours seen while serializing are the hours to mark dirty.
 */
const copyFresh = async (tx: Tx, mode: StorageMode, rows: readonly ReadingRow[]): Promise<number> => {
  if (mode !== 'postgres') {
    await tx.copyText('readings', READING_COLUMNS, readingChunks(rows));
    return rows.length;
  }
  const hours = createHourSet();
  await tx.copyText('readings', READING_COLUMNS, readingChunks(rows, (r) => hours.add(r.time)));
  await markHours(tx, hours.hours());
  return rows.length;
};

/**
 * Some keys already exist (a re-delivery, an overlap, a concurrent writer): stage the batch and
 * insert what is new with ON CONFLICT DO NOTHING, marking only the hours of the RETURNED rows.
 */
const insertNew = async (tx: Tx, mode: StorageMode, rows: readonly ReadingRow[]): Promise<number> => {
  await tx.query(CREATE_STAGING_SQL);
  await tx.copyText(STAGING, READING_COLUMNS, readingChunks(rows));
  const [row] = await tx.query<{ inserted: number }>(insertFromStagingSql(mode));
  return row?.inserted ?? 0;
};

const writeOnce = async (db: Database, mode: StorageMode, rows: readonly ReadingRow[]): Promise<number> =>
  db.transaction(async (tx) => {
    try {
      return await tx.savepoint((sp) => copyFresh(sp, mode, rows));
    } catch (err) {
      // PGlite reports the duplicate key itself; postgres.js only that the COPY was rejected. The rows
      // were checked, so take the careful path: it succeeds on duplicates and reports any other cause.
      if (codeOf(err) !== '23505' && (err as Error).name !== 'CopyError') throw err;
      return insertNew(tx, mode, rows);
    }
  });

export const createReadingsWriter = (db: Database, mode: StorageMode, log: Logger): ReadingsWriter => {
  const partitions: PartitionCache | null = mode === 'postgres' ? createPartitionCache(db) : null;
  const attempt = async (rows: readonly ReadingRow[], months: Set<number>): Promise<number> => {
    const started = performance.now();
    await partitions?.ensure(months);
    const ensured = performance.now();
    const inserted = await writeOnce(db, mode, rows);
    log.debug({ rows: rows.length, inserted, partitionsMs: Math.round(ensured - started), writeMs: Math.round(performance.now() - ensured) }, 'readings written');
    return inserted;
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
