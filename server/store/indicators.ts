/**
 * @module store/indicators
 * The indicators' vintaged values in the database: bulk loading (COPY, idempotent upsert on the cell
 * and revision), the synthetic data set by seed, series and drill-downs as known on a date, and the
 * rollups of what is known now — from the rollup tables, or computed from the raw values for
 * comparison. SQL text: indicators-sql.ts; tables: db/storage/indicators.ts.
 */
import type { Database, Queryable } from '../../db/client.ts';
import { copyLine } from '../../db/copy-text.ts';
import { INDICATOR_COLUMNS, INDICATOR_KEY, indicatorStorageMode, refreshIndicatorRollups } from '../../db/storage/indicators.ts';
import type { AreaCode, Age, Dimension, Gender, KnownObservation, Observation, OverTime } from '../contracts/indicator.ts';
import { periodStart } from '../indicators/period.ts';
import { buildObservations, type BuildInputs } from '../indicators/values/build.ts';
import { CUBE_SQL, drilldownSql, HEADLINE_SQL, LATEST, rawRollupSql, rollupSql, SERIES_SQL, type Grain } from './indicators-sql.ts';

export { LATEST, type Grain } from './indicators-sql.ts';

export interface SeriesQuery {
  indicator: string;
  district?: AreaCode | undefined;
  age?: Age | undefined;
  gender?: Gender | undefined;
  /** `YYYY-MM-DD`; everything released so far when absent. */
  asOf?: string | undefined;
}

export interface DrilldownQuery {
  indicator: string;
  period: string;
  by: Dimension;
  asOf?: string | undefined;
}

export interface RollupQuery {
  indicator: string;
  grain: Grain;
  /** The dimension that varies (the others at their totals); the headline cell when absent. */
  by?: Dimension | undefined;
}

/** A rollup question over many indicators (all when `indicators` is absent), for the years `from`–`to`. */
export interface RollupGridQuery {
  indicators?: readonly string[] | undefined;
  grain: Grain;
  by?: Dimension | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

/**
 * One bucket of one indicator's group (the total, a gu, an age band or a sex: the margin cell that
 * the publisher computed), over the latest revision of each period in the bucket.
 */
export interface RollupRow {
  indicator: string;
  bucket: string;
  district: AreaCode;
  age: Age;
  gender: Gender;
  n: number;
  sum: number;
  min: number;
  max: number;
  mean: number;
}

export interface LoadResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

interface KnownRow {
  indicator: string;
  period: string;
  district: string;
  age_band: string;
  gender: string;
  value: number;
  released: string;
  revision: number;
  synthetic: boolean;
  previous: number | null;
}

const known = (r: KnownRow): KnownObservation => ({
  indicator: r.indicator,
  period: r.period,
  district: r.district as AreaCode,
  age: r.age_band as Age,
  gender: r.gender as Gender,
  value: r.value,
  released: r.released,
  revision: r.revision,
  synthetic: r.synthetic,
  revisedFrom: r.previous !== null && r.previous !== r.value ? r.previous : null,
});

const plain = ({ revisedFrom: _, ...o }: KnownObservation): Observation => o;

function* copyChunks(observations: Iterable<Observation>, touched: Set<string>): Generator<string> {
  let chunk = '';
  for (const o of observations) {
    touched.add(o.indicator);
    chunk += copyLine([o.indicator, o.period, periodStart(o.period), o.district, o.age, o.gender, o.value, o.released, o.revision, o.synthetic]);
    if (chunk.length >= 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

const UPDATABLE = ['value', 'released', 'synthetic'] as const;

/**
 * Loads observations (any number; streamed through COPY into a temporary table, then upserted on
 * the cell and revision: a revision that changed is updated, the same one again is left alone),
 * then refreshes the rollups of the indicators touched.
 */
export const loadObservations = async (db: Database, observations: Iterable<Observation>): Promise<LoadResult> => {
  const mode = await indicatorStorageMode(db);
  const key = [...INDICATOR_KEY, ...(mode === 'timescaledb' ? ['period_start'] : [])].join(', ');
  const cols = INDICATOR_COLUMNS.join(', ');
  const touched = new Set<string>();
  const changed = `(${UPDATABLE.map((c) => `v.${c}`).join(', ')}) IS DISTINCT FROM (${UPDATABLE.map((c) => `l.${c}`).join(', ')})`;
  const matches = key.split(', ').map((c) => `v.${c} = l.${c}`).join(' AND ');
  // Two statements rather than INSERT … ON CONFLICT DO UPDATE: a partitioned table cannot return
  // xmax, which would tell an insert from an update.
  const r = await db.transaction(async (tx) => {
    await tx.query(`CREATE TEMP TABLE indicator_values_load (LIKE indicator_values) ON COMMIT DROP`);
    await tx.copyText('indicator_values_load', INDICATOR_COLUMNS, copyChunks(observations, touched));
    const [{ sent } = { sent: 0 }] = await tx.query<{ sent: number }>(`SELECT count(*)::int AS sent FROM indicator_values_load`);
    const [{ updated } = { updated: 0 }] = await tx.query<{ updated: number }>(
      `WITH up AS (UPDATE indicator_values v SET ${UPDATABLE.map((c) => `${c} = l.${c}`).join(', ')}
         FROM (SELECT DISTINCT ON (${key}) * FROM indicator_values_load) l WHERE ${matches} AND ${changed} RETURNING 1)
       SELECT count(*)::int AS updated FROM up`,
    );
    const [{ inserted } = { inserted: 0 }] = await tx.query<{ inserted: number }>(
      `WITH ins AS (INSERT INTO indicator_values (${cols}) SELECT DISTINCT ON (${key}) ${cols} FROM indicator_values_load
         ON CONFLICT (${key}) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS inserted FROM ins`,
    );
    return { sent, inserted, updated };
  });
  if (touched.size > 0) await refreshIndicatorRollups(db, { indicators: [...touched] });
  return { inserted: r.inserted, updated: r.updated, unchanged: r.sent - r.inserted - r.updated };
};

export interface SeedIndicatorsOptions {
  seed: number;
  /** Share of the gu (see buildObservations); all by default. */
  scale?: number | undefined;
  inputs?: BuildInputs | undefined;
}

const SEED_ROW = 'synthetic';

/**
 * Loads the data set of `seed` unless it is there already (same seed, same number of values).
 * Values of another seed are removed first (the synthetic ones; real values do not depend on it).
 */
export const seedIndicators = async (db: Database, o: SeedIndicatorsOptions): Promise<{ loaded: boolean; observations: number } & LoadResult> => {
  const observations = await buildObservations({ seed: o.seed, scale: o.scale, ...(o.inputs === undefined ? {} : { inputs: o.inputs }) });
  const [prior] = await db.query<{ seed: string; observations: number }>(`SELECT seed::text AS seed, observations FROM indicator_loads WHERE id = $1`, [SEED_ROW]);
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM indicator_values`);
  if (prior !== undefined && prior.seed === String(o.seed) && prior.observations === observations.length && n >= observations.length) {
    return { loaded: false, observations: observations.length, inserted: 0, updated: 0, unchanged: observations.length };
  }
  if (prior !== undefined && (prior.seed !== String(o.seed) || prior.observations !== observations.length)) {
    await db.query(`DELETE FROM indicator_values WHERE synthetic`);
  }
  const result = await loadObservations(db, observations);
  await db.query(
    `INSERT INTO indicator_loads (id, seed, observations) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET seed = excluded.seed, observations = excluded.observations, loaded_at = now()`,
    [SEED_ROW, o.seed, observations.length],
  );
  return { loaded: true, observations: observations.length, ...result };
};

/** Per period, the value as known on `asOf` (the latest revision released by then), with `revisedFrom`. */
export const series = async (db: Queryable, q: SeriesQuery): Promise<KnownObservation[]> =>
  (await db.query<KnownRow>(SERIES_SQL, [q.indicator, q.district ?? 'city', q.age ?? 'all', q.gender ?? 'all', q.asOf ?? LATEST])).map(known);

/** One period broken down by one dimension (the others at their totals; the total included), as known on `asOf`. */
export const drilldown = async (db: Queryable, q: DrilldownQuery): Promise<KnownObservation[]> =>
  (await db.query<KnownRow>(drilldownSql(q.by), [q.indicator, q.period, q.asOf ?? LATEST])).map(known);

export interface CubeQuery {
  indicator: string;
  period?: string | undefined;
  asOf?: string | undefined;
  /** Only the periods with a cell 0 < value < smallBelow (what small-cell suppression works on). */
  smallBelow: number;
}

/** Every cell of an indicator (one period, or all) as known on `asOf`, in the periods that have a small count. */
export const indicatorCube = async (db: Queryable, q: CubeQuery): Promise<Observation[]> =>
  (await db.query<KnownRow>(CUBE_SQL, [q.indicator, q.asOf ?? LATEST, q.period ?? null, q.smallBelow])).map((r) => plain(known(r)));

/** Every revision of every headline cell (all ages, both sexes) released by `asOf`: what scores and status read. */
export const headlineObservations = async (db: Queryable, asOf: string = LATEST): Promise<Observation[]> =>
  (await db.query<KnownRow>(HEADLINE_SQL, [asOf])).map((r) => plain(known(r)));

interface RollupDbRow {
  indicator: string;
  bucket: string;
  district: string;
  age_band: string;
  gender: string;
  n: number | string;
  sum: number;
  min: number;
  max: number;
}

const rollupRow = (r: RollupDbRow): RollupRow => {
  const n = Number(r.n);
  return { indicator: r.indicator, bucket: r.bucket, district: r.district as AreaCode, age: r.age_band as Age, gender: r.gender as Gender, n, sum: r.sum, min: r.min, max: r.max, mean: r.sum / n };
};

/**
 * A bucket's value by how the indicator's periods add up over time (`overTime` in the catalogue):
 * flows add up (a year of monthly rentals is their sum); stocks, levels and rates average (each
 * period weighs the same: the residents behind a rate change little within a year and are not stored).
 */
export const bucketValue = (r: Pick<RollupRow, 'sum' | 'mean'>, overTime: OverTime): number => (overTime === 'sum' ? r.sum : r.mean);

const EARLIEST_YEAR = 1000;
const LAST_YEAR = 9998;

const rollupQuery = (sqlOf: typeof rollupSql) => async (db: Queryable, q: RollupGridQuery): Promise<RollupRow[]> => {
  const from = q.from ?? EARLIEST_YEAR;
  const to = q.to ?? LAST_YEAR;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < EARLIEST_YEAR || to > LAST_YEAR || from > to) throw new RangeError(`years must run forward within ${EARLIEST_YEAR}–${LAST_YEAR}, got ${from}–${to}`);
  const some = q.indicators !== undefined;
  const rows = await db.query<RollupDbRow>(sqlOf(q.grain, q.by ?? null, some ? 'some' : 'all'), some ? [q.indicators, from, to] : [from, to]);
  return rows.map(rollupRow);
};

/** Monthly or annual figures of the latest revision of many indicators at once (the grid), from the rollups. */
export const rollupGrid = rollupQuery(rollupSql);

/** The same answer as `rollupGrid`, aggregated from the raw values. */
export const rollupGridFromValues = rollupQuery(rawRollupSql);

/** Monthly or annual figures of the latest revision of one indicator, from the rollups. */
export const rollup = (db: Queryable, q: RollupQuery): Promise<RollupRow[]> => rollupGrid(db, { indicators: [q.indicator], grain: q.grain, by: q.by });

/** The same answer as `rollup`, aggregated from the raw values. */
export const rollupFromValues = (db: Queryable, q: RollupQuery): Promise<RollupRow[]> => rollupGridFromValues(db, { indicators: [q.indicator], grain: q.grain, by: q.by });
