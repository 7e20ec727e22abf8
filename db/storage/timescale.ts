/**
 * @module db/storage/timescale
 * The TimescaleDB storage mode (TimescaleDB 2.x): `readings` a hypertable with 1-day chunks,
 * compression and retention policies, and `readings_hourly` an hourly continuous aggregate with
 * the same columns as the plain rollup table. Statements are built by pure functions; `applyTimescale`
 * runs them one by one outside any transaction (continuous aggregates cannot be created inside one).
 */
import { READINGS_COLUMNS_SQL } from './readings-ddl.ts';
import type { Queryable } from '../types.ts';

export interface TimescaleOptions {
  retentionDays: number;
  chunkDays: number;
  compressAfterDays: number;
  /** How far back each refresh of the continuous aggregate looks (late data within it is picked up). */
  refreshLookbackDays: number;
  refreshEveryMinutes: number;
}

export const DEFAULT_TIMESCALE_OPTIONS: TimescaleOptions = {
  retentionDays: 400,
  chunkDays: 1,
  compressAfterDays: 7,
  refreshLookbackDays: 7,
  refreshEveryMinutes: 30,
};

/** What already exists, so that re-running changes nothing that cannot be changed twice. */
export interface TimescaleState {
  hypertable: boolean;
  compression: boolean;
  continuousAggregate: boolean;
}

const days = (n: number): string => {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`a whole number of days > 0 expected, got ${n}`);
  return `INTERVAL '${n} days'`;
};

export const READINGS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS readings (${READINGS_COLUMNS_SQL})`;

export const HOURLY_AGGREGATE_SQL = `CREATE MATERIALIZED VIEW IF NOT EXISTS readings_hourly
  WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
  SELECT time_bucket(INTERVAL '1 hour', time) AS bucket,
         source, entity, max(district) AS district, metric,
         count(value) AS n, sum(value) AS sum, min(value) AS min, max(value) AS max
    FROM readings
   GROUP BY time_bucket(INTERVAL '1 hour', time), source, entity, metric
  WITH NO DATA`;

const hypertableStatements = (o: TimescaleOptions, s: TimescaleState): string[] =>
  s.hypertable
    ? [`SELECT set_chunk_time_interval('readings', ${days(o.chunkDays)})`]
    : [
        READINGS_TABLE_SQL,
        `SELECT create_hypertable('readings', 'time', chunk_time_interval => ${days(o.chunkDays)}, if_not_exists => TRUE)`,
        `CREATE INDEX IF NOT EXISTS readings_district_time_idx ON readings (district, time)`,
      ];

const compressionStatements = (o: TimescaleOptions, s: TimescaleState): string[] => [
  ...(s.compression
    ? []
    : [
        `ALTER TABLE readings SET (timescaledb.compress, ` +
          `timescaledb.compress_segmentby = 'source, entity, metric', timescaledb.compress_orderby = 'time DESC')`,
      ]),
  `SELECT remove_compression_policy('readings', if_exists => TRUE)`,
  `SELECT add_compression_policy('readings', compress_after => ${days(o.compressAfterDays)})`,
];

const retentionStatements = (o: TimescaleOptions): string[] => [
  `SELECT remove_retention_policy('readings', if_exists => TRUE)`,
  `SELECT add_retention_policy('readings', drop_after => ${days(o.retentionDays)})`,
];

const aggregateStatements = (o: TimescaleOptions, s: TimescaleState): string[] => {
  if (!Number.isInteger(o.refreshEveryMinutes) || o.refreshEveryMinutes <= 0) {
    throw new RangeError('refreshEveryMinutes must be a whole number > 0');
  }
  return [
    ...(s.continuousAggregate ? [] : [HOURLY_AGGREGATE_SQL]),
    `SELECT remove_continuous_aggregate_policy('readings_hourly', if_exists => TRUE)`,
    `SELECT add_continuous_aggregate_policy('readings_hourly', ` +
      `start_offset => ${days(o.refreshLookbackDays)}, end_offset => INTERVAL '1 hour', ` +
      `schedule_interval => INTERVAL '${o.refreshEveryMinutes} minutes')`,
  ];
};

/** Every statement, in order, to bring a database from `state` to the TimescaleDB layout. */
export const timescaleStatements = (o: TimescaleOptions, state: TimescaleState): string[] => {
  if (o.refreshLookbackDays >= o.retentionDays) {
    throw new RangeError('refreshLookbackDays must be shorter than retentionDays');
  }
  return [
    `CREATE EXTENSION IF NOT EXISTS timescaledb`,
    ...hypertableStatements(o, state),
    ...compressionStatements(o, state),
    ...retentionStatements(o),
    ...aggregateStatements(o, state),
  ];
};

/** Reads what exists (after `CREATE EXTENSION`, so the information views are there). */
export const readTimescaleState = async (q: Queryable): Promise<TimescaleState> => {
  const [row] = await q.query<TimescaleState>(
    `SELECT
       EXISTS (SELECT 1 FROM timescaledb_information.hypertables
                WHERE hypertable_schema = 'public' AND hypertable_name = 'readings') AS hypertable,
       COALESCE((SELECT compression_enabled FROM timescaledb_information.hypertables
                  WHERE hypertable_schema = 'public' AND hypertable_name = 'readings'), FALSE) AS compression,
       EXISTS (SELECT 1 FROM timescaledb_information.continuous_aggregates
                WHERE view_schema = 'public' AND view_name = 'readings_hourly') AS "continuousAggregate"`,
  );
  return row ?? { hypertable: false, compression: false, continuousAggregate: false };
};

/** Applies the TimescaleDB layout on one session, statement by statement (autocommit). */
export const applyTimescale = async (q: Queryable, o: TimescaleOptions): Promise<void> => {
  await q.query(`CREATE EXTENSION IF NOT EXISTS timescaledb`);
  const statements = timescaleStatements(o, await readTimescaleState(q));
  for (const stmt of statements.slice(1)) await q.query(stmt);
};
