/**
 * @module server/store/readings-rollup
 * The hourly rollup `readings_hourly` in plain-PostgreSQL mode, kept off the ingest path the way
 * TimescaleDB keeps its continuous aggregates: invalidation markers plus a refresh.
 *
 * - The writer, in the same transaction as its rows, inserts one marker per distinct UTC hour it
 *   inserted rows into (`readings_hourly_dirty`, insert-only: concurrent writers never block each other).
 * - `refreshRollup` claims markers (DELETE … FOR UPDATE SKIP LOCKED … RETURNING bucket), deletes the
 *   rollup rows of those hours and re-aggregates them from raw `readings`, all in one transaction.
 *   Recomputing from raw data makes the rollup exact whatever was re-delivered or overlapped.
 *
 * Why this is race-free with concurrent writers (READ COMMITTED: every statement takes a new snapshot):
 * - A writer's markers commit atomically with its rows.
 * - A marker not yet committed when the claim runs is invisible to it and stays in the table: the
 *   next round picks it up, and by then its rows are committed and visible.
 * - A marker that was claimed was committed before the claim's snapshot, so its rows were too, and
 *   the re-aggregation (a later statement, a later snapshot) sees them.
 * - If the refresh fails, its transaction rolls back and the claimed markers come back.
 * Refreshers themselves take a transaction-level advisory lock: two of them re-aggregating the same
 * hour at once would both delete, then both insert the hour's rows and collide on the primary key.
 *
 * With TimescaleDB `readings_hourly` is a continuous aggregate refreshed by its policy, the writer
 * writes no markers and `refreshRollup` does nothing.
 */
import { z } from 'zod';
import type { Database, Queryable } from '../../db/client.ts';
import { storageMode, type StorageMode } from '../../db/storage/mode.ts';

export const HOUR_MS = 3_600_000;
export const DIRTY_TABLE = 'readings_hourly_dirty';

/** The bucket origin of the rollup; a whole hour, so buckets are the UTC hours. */
const ORIGIN = `TIMESTAMPTZ '2000-01-01 00:00:00+00'`;

/** Pure: the start of the UTC hour of an instant (ms), aligned like `date_bin('1 hour', …)`. */
export const hourStart = (ms: number): number => Math.floor(ms / HOUR_MS) * HOUR_MS;

export interface HourSet {
  add(time: Date): void;
  /** The distinct hour starts (ms) seen, in time order. */
  hours(): number[];
}

/** Pure: collects the distinct UTC hours of a stream of instants (cheap when consecutive ones share an hour). */
export const createHourSet = (): HourSet => {
  const seen = new Set<number>();
  let last = Number.NaN;
  return {
    add: (time) => {
      const ms = time.getTime();
      if (ms >= last && ms < last + HOUR_MS) return;
      last = hourStart(ms);
      seen.add(last);
    },
    hours: () => [...seen].sort((a, b) => a - b),
  };
};

/** Marks hours given as `$1`, an array of instants (each the start of an hour). */
export const MARK_HOURS_SQL = `INSERT INTO ${DIRTY_TABLE} (bucket) SELECT unnest($1::timestamptz[])`;

/** Marks the distinct hours of the rows of `cte` (a CTE with a `time` column), e.g. `RETURNING time`. */
export const markHoursFromSql = (cte: string): string =>
  `INSERT INTO ${DIRTY_TABLE} (bucket) SELECT DISTINCT date_bin(INTERVAL '1 hour', time, ${ORIGIN}) FROM ${cte} ORDER BY 1`;

/** Marks the hours of a batch (instants in ms, each the start of an hour). */
export const markHours = async (q: Queryable, hours: Iterable<number>): Promise<void> => {
  const list = [...hours].map((ms) => new Date(ms).toISOString());
  if (list.length > 0) await q.query(MARK_HOURS_SQL, [list]);
};

const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('scpm.readings.rollup'))`;

export const CLAIM_SQL = `DELETE FROM ${DIRTY_TABLE} WHERE id IN (
  SELECT id FROM ${DIRTY_TABLE} ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
) RETURNING bucket`;

export const DELETE_BUCKETS_SQL = `DELETE FROM readings_hourly WHERE bucket = ANY($1::timestamptz[])`;

/**
 * Recomputes the hours `$1` (an array of hour starts) from raw readings; `$2`/`$3` bound their
 * times so that partitions (and the BRIN index) outside the run are never read. An equi-join on
 * the row's hour, not a range join: a range join has no hash or merge key and compares every row
 * with every bucket.
 */
export const REAGGREGATE_SQL = `INSERT INTO readings_hourly (bucket, source, entity, district, metric, n, sum, min, max)
  SELECT b.bucket, r.source, r.entity, max(r.district), r.metric, count(r.value), sum(r.value), min(r.value), max(r.value)
    FROM readings r
    JOIN unnest($1::timestamptz[]) b(bucket) ON date_bin(INTERVAL '1 hour', r.time, ${ORIGIN}) = b.bucket
   WHERE r.time >= $2::timestamptz AND r.time < $3::timestamptz
   GROUP BY b.bucket, r.source, r.entity, r.metric`;

/** Buckets further apart than this are recomputed by separate statements (each scans only its run). */
export const RUN_GAP_MS = 24 * HOUR_MS;

export interface BucketRun {
  buckets: string[];
  from: string;
  to: string;
}

/** Pure: sorted hour starts (ms) split into runs of nearby hours, with the time range each covers. */
export const bucketRuns = (hours: readonly number[]): BucketRun[] => {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const ms of hours) {
    const last = run[run.length - 1];
    if (last !== undefined && ms - last > RUN_GAP_MS) {
      runs.push(run);
      run = [];
    }
    run.push(ms);
  }
  if (run.length > 0) runs.push(run);
  const iso = (ms: number): string => new Date(ms).toISOString();
  return runs.map((r) => ({ buckets: r.map(iso), from: iso(r[0] as number), to: iso((r[r.length - 1] as number) + HOUR_MS) }));
};

export const RefreshRollupOptionsSchema = z.object({
  /** Markers claimed per transaction (default 500). */
  limit: z.number().int().min(1).max(100_000).default(500),
  /** Repeat until no marker is left. */
  drain: z.boolean().default(false),
});
export type RefreshRollupOptions = z.input<typeof RefreshRollupOptionsSchema>;

export interface RefreshRollupResult {
  /** Hours re-aggregated (summed over rounds when draining). */
  buckets: number;
  /** Markers claimed and deleted. */
  markers: number;
}

export class RollupRefreshError extends Error {
  override readonly name = 'RollupRefreshError';
}

const modes = new WeakMap<Queryable, Promise<StorageMode>>();

/** The storage mode of `db`, asked once per handle (a failed lookup is not cached). */
const modeOf = (db: Database): Promise<StorageMode> => {
  let mode = modes.get(db);
  if (!mode) {
    mode = storageMode(db);
    modes.set(db, mode);
    mode.catch(() => modes.delete(db));
  }
  return mode;
};

/** Pure: the distinct hours (ms) of claimed markers, in time order. */
export const distinctHours = (claimed: readonly { bucket: Date | string }[]): number[] =>
  [...new Set(claimed.map((c) => new Date(c.bucket).getTime()))].sort((a, b) => a - b);

/** One round: claim up to `limit` markers and recompute their hours, in one transaction. */
const refreshOnce = (db: Database, limit: number): Promise<RefreshRollupResult> =>
  db.transaction(async (tx) => {
    await tx.query(LOCK_SQL);
    const claimed = await tx.query<{ bucket: Date | string }>(CLAIM_SQL, [limit]);
    const hours = distinctHours(claimed);
    if (hours.length === 0) return { buckets: 0, markers: 0 };
    await tx.query(DELETE_BUCKETS_SQL, [hours.map((ms) => new Date(ms).toISOString())]);
    for (const run of bucketRuns(hours)) await tx.query(REAGGREGATE_SQL, [run.buckets, run.from, run.to]);
    return { buckets: hours.length, markers: claimed.length };
  });

/**
 * Brings `readings_hourly` up to date for the hours marked dirty (plain mode). One round claims up
 * to `limit` markers; with `drain` it repeats until a round finds fewer than `limit`.
 */
export const refreshRollup = async (db: Database, options: RefreshRollupOptions = {}): Promise<RefreshRollupResult> => {
  const { limit, drain } = RefreshRollupOptionsSchema.parse(options);
  if ((await modeOf(db)) === 'timescaledb') return { buckets: 0, markers: 0 };
  const total = { buckets: 0, markers: 0 };
  try {
    for (;;) {
      const round = await refreshOnce(db, limit);
      total.buckets += round.buckets;
      total.markers += round.markers;
      if (!drain || round.markers < limit) return total;
    }
  } catch (err) {
    throw new RollupRefreshError(`refreshing the hourly rollup failed: ${(err as Error).message}`, { cause: err });
  }
};
