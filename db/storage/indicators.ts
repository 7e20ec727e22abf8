/**
 * @module db/storage/indicators
 * Storage of the indicators' vintaged values (`indicator_values`) and their rollups of what is known
 * now (the latest revision): `indicator_rollup_monthly` (one value per group and month) and
 * `indicator_rollup_annual` (n, sum, min, max per group and year, over the monthly rows).
 *
 * The groups are the grouping sets the wall and the API ask for — (indicator), (indicator, gu),
 * (indicator, age band), (indicator, sex), each per bucket — i.e. the margin cells of the stored cube
 * (`MARGIN_CELLS`: at least two of the three dimensions at their totals). The cube stores its
 * margins as published (sums of the unrounded parts for counts and amounts, resident-weighted means
 * for shares, rates and levels, whose weights are not stored), so a group's value per period is its
 * margin cell, exact for every measure; re-adding the finest cells would carry their rounding and
 * could not weight a rate. The rollups drop the finest cells (about 95% of the rows of a fully
 * broken-down indicator) and pick the latest revision once; the annual one adds the periods up.
 *
 * With TimescaleDB `indicator_values` is a hypertable on `period_start` (1-year chunks; the key then
 * carries `period_start`, which the period determines) and the rollups are continuous aggregates,
 * the annual one on top of the monthly one, `last(value, revision)` picking the latest revision.
 * Without it `indicator_values` is hash-partitioned by indicator (every query names one) and the
 * rollups are tables that `refreshIndicatorRollups` recomputes after each load.
 * "As known on D" is never served by a rollup: it reads the raw values released by D.
 */
import type { Database, Queryable } from '../types.ts';

export type IndicatorStorageMode = 'timescaledb' | 'postgres';

export const INDICATOR_COLUMNS = ['indicator', 'period', 'period_start', 'district', 'age_band', 'gender', 'value', 'released', 'revision', 'synthetic'] as const;

const COLUMNS_SQL = `
    indicator text NOT NULL,
    period text NOT NULL,
    period_start date NOT NULL,
    district text NOT NULL CHECK (district = 'city' OR district ~ '^11[0-9]{3}$'),
    age_band text NOT NULL,
    gender text NOT NULL CHECK (gender IN ('male', 'female', 'all')),
    value double precision NOT NULL,
    released date NOT NULL,
    revision integer NOT NULL CHECK (revision >= 0),
    synthetic boolean NOT NULL`;

/** The key of one revision of one cell. */
export const INDICATOR_KEY = ['indicator', 'period', 'district', 'age_band', 'gender', 'revision'] as const;

/** The cells the rollups keep: the total and the lines where one dimension varies. */
export const MARGIN_CELLS = `((age_band = 'all' AND gender = 'all') OR (district = 'city' AND gender = 'all') OR (district = 'city' AND age_band = 'all'))`;

/** The rollups read by line across indicators (the grid: every indicator's city total). */
const ROLLUP_INDEX_DDL: readonly string[] = ['monthly', 'annual'].map((g) =>
  `CREATE INDEX IF NOT EXISTS indicator_rollup_${g}_line_idx ON indicator_rollup_${g} (district, age_band, gender, indicator, bucket)`);

/** Hash partitions of the plain table. */
export const INDICATOR_PARTITIONS = 8;

/** Series of one cell (with what an as-of query needs, for index-only scans) and the load's bookkeeping. */
const INDEX_DDL: readonly string[] = [
  `CREATE INDEX IF NOT EXISTS indicator_values_series_idx ON indicator_values
     (indicator, district, age_band, gender, period_start, revision) INCLUDE (period, value, released, synthetic)`,
  `CREATE INDEX IF NOT EXISTS indicator_values_released_idx ON indicator_values (indicator, released)`,
];

/** Which seed the stored values came from (see server/store/indicators.ts seedIndicators). */
const LOADS_DDL = `CREATE TABLE IF NOT EXISTS indicator_loads (
    id text PRIMARY KEY,
    seed bigint NOT NULL,
    observations integer NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
  )`;

export const PLAIN_INDICATOR_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS indicator_values (${COLUMNS_SQL},
    PRIMARY KEY (${INDICATOR_KEY.join(', ')})
  ) PARTITION BY HASH (indicator)`,
  ...Array.from({ length: INDICATOR_PARTITIONS }, (_, r) =>
    `CREATE TABLE IF NOT EXISTS indicator_values_p${r} PARTITION OF indicator_values FOR VALUES WITH (MODULUS ${INDICATOR_PARTITIONS}, REMAINDER ${r})`),
  ...INDEX_DDL,
  `CREATE TABLE IF NOT EXISTS indicator_rollup_monthly (
    bucket date NOT NULL,
    indicator text NOT NULL,
    district text NOT NULL,
    age_band text NOT NULL,
    gender text NOT NULL,
    value double precision NOT NULL,
    revision integer NOT NULL,
    released date NOT NULL,
    PRIMARY KEY (indicator, district, age_band, gender, bucket)
  )`,
  `CREATE TABLE IF NOT EXISTS indicator_rollup_annual (
    bucket date NOT NULL,
    indicator text NOT NULL,
    district text NOT NULL,
    age_band text NOT NULL,
    gender text NOT NULL,
    n bigint NOT NULL,
    sum double precision NOT NULL,
    min double precision NOT NULL,
    max double precision NOT NULL,
    released date NOT NULL,
    PRIMARY KEY (indicator, district, age_band, gender, bucket)
  )`,
  ...ROLLUP_INDEX_DDL,
  // Rows of the older layout (every cell) go; refreshes keep only the margin cells.
  `DELETE FROM indicator_rollup_monthly WHERE NOT ${MARGIN_CELLS}`,
  `DELETE FROM indicator_rollup_annual WHERE NOT ${MARGIN_CELLS}`,
  LOADS_DDL,
];

export const MONTHLY_AGGREGATE_SQL = `CREATE MATERIALIZED VIEW IF NOT EXISTS indicator_rollup_monthly
  WITH (timescaledb.continuous, timescaledb.materialized_only = true) AS
  SELECT time_bucket(INTERVAL '1 month', period_start) AS bucket,
         indicator, district, age_band, gender,
         last(value, revision) AS value, max(revision) AS revision, max(released) AS released
    FROM indicator_values
   WHERE ${MARGIN_CELLS}
   GROUP BY time_bucket(INTERVAL '1 month', period_start), indicator, district, age_band, gender
  WITH NO DATA`;

export const ANNUAL_AGGREGATE_SQL = `CREATE MATERIALIZED VIEW IF NOT EXISTS indicator_rollup_annual
  WITH (timescaledb.continuous, timescaledb.materialized_only = true) AS
  SELECT time_bucket(INTERVAL '1 year', bucket) AS bucket,
         indicator, district, age_band, gender,
         count(value) AS n, sum(value) AS sum, min(value) AS min, max(value) AS max, max(released) AS released
    FROM indicator_rollup_monthly
   GROUP BY time_bucket(INTERVAL '1 year', bucket), indicator, district, age_band, gender
  WITH NO DATA`;

export interface IndicatorTimescaleState {
  hypertable: boolean;
  monthly: boolean;
  annual: boolean;
  /** Whether the monthly aggregate keeps only the margin cells (an older one kept every cell). */
  marginOnly: boolean;
}

/**
 * Statements from `state` to the TimescaleDB layout. Revisions reach back years, so the refresh
 * policies cover the whole history (start_offset NULL); loads also refresh at once.
 */
export const indicatorTimescaleStatements = (s: IndicatorTimescaleState, refreshEveryHours = 6): string[] => {
  if (!Number.isInteger(refreshEveryHours) || refreshEveryHours <= 0) throw new RangeError('refreshEveryHours must be a whole number > 0');
  const policy = (view: string): string[] => [
    `SELECT remove_continuous_aggregate_policy('${view}', if_exists => TRUE)`,
    `SELECT add_continuous_aggregate_policy('${view}', start_offset => NULL, end_offset => NULL, schedule_interval => INTERVAL '${refreshEveryHours} hours')`,
  ];
  // Derived data: an aggregate of the older layout is dropped and rebuilt (the annual one sits on it).
  const stale = s.monthly && !s.marginOnly;
  return [
    `CREATE EXTENSION IF NOT EXISTS timescaledb`,
    ...(s.hypertable
      ? []
      : [
          `CREATE TABLE IF NOT EXISTS indicator_values (${COLUMNS_SQL},
    PRIMARY KEY (${INDICATOR_KEY.join(', ')}, period_start)
  )`,
          `SELECT create_hypertable('indicator_values', 'period_start', chunk_time_interval => INTERVAL '1 year', if_not_exists => TRUE)`,
        ]),
    ...INDEX_DDL,
    ...(stale ? [`DROP MATERIALIZED VIEW IF EXISTS indicator_rollup_annual`, `DROP MATERIALIZED VIEW IF EXISTS indicator_rollup_monthly`] : []),
    ...(s.monthly && !stale ? [] : [MONTHLY_AGGREGATE_SQL]),
    ...(s.annual && !stale ? [] : [ANNUAL_AGGREGATE_SQL]),
    ...ROLLUP_INDEX_DDL,
    ...policy('indicator_rollup_monthly'),
    ...policy('indicator_rollup_annual'),
    LOADS_DDL,
  ];
};

const readTimescaleState = async (q: Queryable): Promise<IndicatorTimescaleState> => {
  const [row] = await q.query<IndicatorTimescaleState>(
    `SELECT
       EXISTS (SELECT 1 FROM timescaledb_information.hypertables
                WHERE hypertable_schema = 'public' AND hypertable_name = 'indicator_values') AS hypertable,
       EXISTS (SELECT 1 FROM timescaledb_information.continuous_aggregates
                WHERE view_schema = 'public' AND view_name = 'indicator_rollup_monthly') AS monthly,
       EXISTS (SELECT 1 FROM timescaledb_information.continuous_aggregates
                WHERE view_schema = 'public' AND view_name = 'indicator_rollup_annual') AS annual,
       EXISTS (SELECT 1 FROM timescaledb_information.continuous_aggregates
                WHERE view_schema = 'public' AND view_name = 'indicator_rollup_monthly' AND view_definition LIKE '%district = ''city''%') AS "marginOnly"`,
  );
  return row ?? { hypertable: false, monthly: false, annual: false, marginOnly: false };
};

/** 'p' partitioned, 'r' table or hypertable, null missing. */
const valuesKind = async (q: Queryable): Promise<string | null> => {
  const rows = await q.query<{ relkind: string }>(
    `SELECT relkind::text AS relkind FROM pg_class WHERE relname = 'indicator_values' AND relnamespace = 'public'::regnamespace`,
  );
  return rows[0]?.relkind ?? null;
};

export class IndicatorStorageError extends Error {
  override readonly name = 'IndicatorStorageError';
}

/**
 * Creates the indicator tables in the mode the readings got (`setupStorage`'s result), idempotently,
 * statement by statement on one session outside a transaction. A partitioned table stays plain.
 */
export const setupIndicatorStorage = async (session: Queryable, mode: IndicatorStorageMode): Promise<IndicatorStorageMode> => {
  const kind = await valuesKind(session);
  if (mode === 'timescaledb' && kind !== 'p') {
    await session.query(`CREATE EXTENSION IF NOT EXISTS timescaledb`);
    for (const stmt of indicatorTimescaleStatements(await readTimescaleState(session)).slice(1)) await session.query(stmt);
    return 'timescaledb';
  }
  if (kind === 'r' && mode === 'postgres') throw new IndicatorStorageError('indicator_values is a plain table, neither partitioned nor a hypertable');
  for (const stmt of PLAIN_INDICATOR_DDL) await session.query(stmt);
  return 'postgres';
};

/** The mode of a database whose indicator tables exist. */
export const indicatorStorageMode = async (q: Queryable): Promise<IndicatorStorageMode> => {
  const kind = await valuesKind(q);
  if (kind === 'p') return 'postgres';
  if (kind === 'r') return 'timescaledb';
  throw new IndicatorStorageError('indicator_values does not exist: run the storage step first');
};

const where = (indicators: readonly string[] | undefined): string => (indicators === undefined ? '' : 'WHERE indicator = ANY($1::text[])');

/** Recomputes the monthly rows of the latest revision of the margin cells (plain mode), for some indicators or all. */
export const plainMonthlyRefreshSql = (indicators?: readonly string[]): string[] => [
  `DELETE FROM indicator_rollup_monthly ${where(indicators)}`,
  `INSERT INTO indicator_rollup_monthly (bucket, indicator, district, age_band, gender, value, revision, released)
   SELECT DISTINCT ON (indicator, district, age_band, gender, period_start)
          date_trunc('month', period_start)::date, indicator, district, age_band, gender, value, revision, released
     FROM indicator_values ${indicators === undefined ? 'WHERE' : `${where(indicators)} AND`} ${MARGIN_CELLS}
    ORDER BY indicator, district, age_band, gender, period_start, revision DESC`,
];

/** Recomputes the annual rows from the monthly ones (plain mode). */
export const plainAnnualRefreshSql = (indicators?: readonly string[]): string[] => [
  `DELETE FROM indicator_rollup_annual ${where(indicators)}`,
  `INSERT INTO indicator_rollup_annual (bucket, indicator, district, age_band, gender, n, sum, min, max, released)
   SELECT date_trunc('year', bucket)::date, indicator, district, age_band, gender,
          count(value), sum(value), min(value), max(value), max(released)
     FROM indicator_rollup_monthly ${where(indicators)}
    GROUP BY date_trunc('year', bucket), indicator, district, age_band, gender`,
];

export const TIMESCALE_REFRESH_SQL: readonly string[] = [
  `CALL refresh_continuous_aggregate('indicator_rollup_monthly', NULL, NULL)`,
  `CALL refresh_continuous_aggregate('indicator_rollup_annual', NULL, NULL)`,
];

/**
 * Brings the rollups up to what is stored: continuous aggregates refreshed over the whole history
 * (outside a transaction), or the plain tables recomputed in one transaction (for `indicators` only
 * when given), so readers see the old rollup or the new one, never half of it.
 */
export const refreshIndicatorRollups = async (db: Pick<Database, 'query' | 'transaction'>, o: { indicators?: readonly string[] } = {}): Promise<IndicatorStorageMode> => {
  const mode = await indicatorStorageMode(db);
  if (mode === 'timescaledb') {
    for (const stmt of TIMESCALE_REFRESH_SQL) await db.query(stmt);
    return mode;
  }
  const params = o.indicators === undefined ? [] : [o.indicators];
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('scpm.indicators.rollup'))`);
    for (const stmt of [...plainMonthlyRefreshSql(o.indicators), ...plainAnnualRefreshSql(o.indicators)]) await tx.query(stmt, params);
  });
  return mode;
};
