/**
 * @module store/indicators-sql
 * The SQL of the indicator queries, as text with `$n` parameters, so that the store, its tests and
 * the query benchmark run exactly the same statements. "As known on D": per cell, the latest revision
 * released on or before D (`DISTINCT ON … ORDER BY revision DESC`), with the value of the revision
 * before it (`lag`, over the revisions released by D) for `revisedFrom`.
 */
import type { Dimension } from '../contracts/indicator.ts';

/** The date that stands for "everything released so far". */
export const LATEST = '9999-12-31';

export type Grain = 'month' | 'year';

const KNOWN_COLUMNS = `indicator, period, district, age_band, gender, value, released::text AS released, revision, synthetic`;

/** $1 indicator, $2 district, $3 age band, $4 gender, $5 as-of date: one row per period, in period order. */
export const SERIES_SQL = `SELECT DISTINCT ON (period_start) ${KNOWN_COLUMNS},
       lag(value) OVER (PARTITION BY period_start ORDER BY revision) AS previous
  FROM indicator_values
 WHERE indicator = $1 AND district = $2 AND age_band = $3 AND gender = $4 AND released <= $5::date
 ORDER BY period_start, revision DESC`;

/** The cells of a drill-down: the line where `by` varies and the other dimensions are totals (the total included). */
export const lineFilter = (by: Dimension | null): string => {
  switch (by) {
    case null: return `district = 'city' AND age_band = 'all' AND gender = 'all'`;
    case 'district': return `age_band = 'all' AND gender = 'all'`;
    case 'age': return `district = 'city' AND gender = 'all'`;
    case 'gender': return `district = 'city' AND age_band = 'all'`;
  }
};

/** $1 indicator, $2 period, $3 as-of date. */
export const drilldownSql = (by: Dimension): string => `SELECT DISTINCT ON (district, age_band, gender) ${KNOWN_COLUMNS},
       lag(value) OVER (PARTITION BY district, age_band, gender ORDER BY revision) AS previous
  FROM indicator_values
 WHERE indicator = $1 AND period = $2 AND released <= $3::date AND ${lineFilter(by)}
 ORDER BY district, age_band, gender, revision DESC`;

/**
 * $1 indicator, $2 as-of date, $3 period or null for all, $4 k: every cell as known, of the periods
 * where some cell is a small count (0 < value < k) — the only periods suppression changes.
 */
export const CUBE_SQL = `WITH known AS (
  SELECT DISTINCT ON (period_start, district, age_band, gender) ${KNOWN_COLUMNS}, period_start, NULL::double precision AS previous
    FROM indicator_values
   WHERE indicator = $1 AND released <= $2::date AND ($3::text IS NULL OR period = $3::text)
   ORDER BY period_start, district, age_band, gender, revision DESC)
SELECT * FROM known
 WHERE period_start IN (SELECT period_start FROM known WHERE value > 0 AND value < $4::double precision)
 ORDER BY period_start, district, age_band, gender`;

/** $1 as-of date (unused by the filter, kept for the plan cache): every revision of every headline cell. */
export const HEADLINE_SQL = `SELECT ${KNOWN_COLUMNS}, NULL::double precision AS previous
  FROM indicator_values
 WHERE age_band = 'all' AND gender = 'all' AND released <= $1::date
 ORDER BY indicator, district, released, revision`;

const BUCKET = { month: `'YYYY-MM'`, year: `'YYYY'` } as const;
const ROLLUP_TABLE = { month: 'indicator_rollup_monthly', year: 'indicator_rollup_annual' } as const;

/** Rollup answers in byte order (ids, codes and bands are ASCII): the same on both sides, and cheap to sort. */
const C_ORDER = `indicator COLLATE "C", district COLLATE "C", age_band COLLATE "C", gender COLLATE "C"`;

/**
 * Which indicators a rollup question covers: `some` binds `$1` to their ids (text[]), then the first
 * and last year as integers; `all` binds only the years, as `$1` and `$2`.
 */
export type RollupScope = 'some' | 'all';

const scoped = (scope: RollupScope): { ids: string; from: string; to: string } =>
  scope === 'some' ? { ids: 'indicator = ANY($1::text[]) AND ', from: '$2::int', to: '$3::int' } : { ids: '', from: '$1::int', to: '$2::int' };

/**
 * The rollup rows of the latest revision (n, sum, min, max per indicator, bucket and cell of the
 * line), of the indicators of `scope`, for the buckets in the years asked.
 */
export const rollupSql = (grain: Grain, by: Dimension | null, scope: RollupScope = 'some'): string => {
  const stats = grain === 'month' ? `1::bigint AS n, value AS sum, value AS min, value AS max` : `n, sum, min, max`;
  const p = scoped(scope);
  return `SELECT indicator, to_char(r.bucket, ${BUCKET[grain]}) AS bucket, district, age_band, gender, ${stats}
  FROM ${ROLLUP_TABLE[grain]} r
 WHERE ${p.ids}${lineFilter(by)} AND r.bucket >= make_date(${p.from}, 1, 1) AND r.bucket < make_date(${p.to} + 1, 1, 1)
 ORDER BY ${C_ORDER}, r.bucket`;
};

/** The same answer as `rollupSql`, computed from the raw values (the latest revision of each period, then the buckets). */
export const rawRollupSql = (grain: Grain, by: Dimension | null, scope: RollupScope = 'some'): string => {
  const p = scoped(scope);
  return `WITH latest AS (
  SELECT DISTINCT ON (indicator, district, age_band, gender, period_start) indicator, period_start, district, age_band, gender, value
    FROM indicator_values
   WHERE ${p.ids}${lineFilter(by)} AND period_start >= make_date(${p.from}, 1, 1) AND period_start < make_date(${p.to} + 1, 1, 1)
   ORDER BY indicator, district, age_band, gender, period_start, revision DESC)
SELECT indicator, to_char(date_trunc('${grain}', period_start), ${BUCKET[grain]}) AS bucket, district, age_band, gender,
       count(value) AS n, sum(value) AS sum, min(value) AS min, max(value) AS max
  FROM latest
 GROUP BY indicator, district, age_band, gender, date_trunc('${grain}', period_start)
 ORDER BY ${C_ORDER}, date_trunc('${grain}', period_start)`;
};
