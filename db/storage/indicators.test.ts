import test from 'ava';
import {
  ANNUAL_AGGREGATE_SQL, indicatorTimescaleStatements, MARGIN_CELLS, MONTHLY_AGGREGATE_SQL, PLAIN_INDICATOR_DDL, plainAnnualRefreshSql, plainMonthlyRefreshSql, TIMESCALE_REFRESH_SQL,
} from './indicators.ts';

const NONE = { hypertable: false, monthly: false, annual: false, marginOnly: false };
const ALL = { hypertable: true, monthly: true, annual: true, marginOnly: true };

test('a fresh database gets the hypertable (its key with period_start), both aggregates and their policies', (t) => {
  const s = indicatorTimescaleStatements(NONE);
  t.is(s[0], 'CREATE EXTENSION IF NOT EXISTS timescaledb');
  const table = s.find((x) => x.startsWith('CREATE TABLE IF NOT EXISTS indicator_values')) ?? '';
  t.regex(table, /PRIMARY KEY \(indicator, period, district, age_band, gender, revision, period_start\)/);
  t.true(s.some((x) => x.includes(`create_hypertable('indicator_values', 'period_start', chunk_time_interval => INTERVAL '1 year'`)));
  t.true(s.indexOf(MONTHLY_AGGREGATE_SQL) < s.indexOf(ANNUAL_AGGREGATE_SQL), 'the annual aggregate sits on the monthly one');
  t.regex(MONTHLY_AGGREGATE_SQL, /last\(value, revision\) AS value/);
  t.regex(MONTHLY_AGGREGATE_SQL, /timescaledb\.continuous/);
  t.regex(ANNUAL_AGGREGATE_SQL, /FROM indicator_rollup_monthly/);
  for (const view of ['indicator_rollup_monthly', 'indicator_rollup_annual']) {
    t.true(s.includes(`SELECT add_continuous_aggregate_policy('${view}', start_offset => NULL, end_offset => NULL, schedule_interval => INTERVAL '6 hours')`));
    t.true(s.indexOf(`SELECT remove_continuous_aggregate_policy('${view}', if_exists => TRUE)`) < s.findIndex((x) => x.includes(`add_continuous_aggregate_policy('${view}'`)));
  }
});

test('re-running on an existing layout only resets the policies and keeps the indexes', (t) => {
  const s = indicatorTimescaleStatements(ALL, 1);
  t.false(s.some((x) => x.includes('create_hypertable') || x.includes('CREATE MATERIALIZED VIEW')));
  t.true(s.some((x) => x.includes('indicator_values_series_idx')));
  t.true(s.some((x) => x.includes(`INTERVAL '1 hours'`)));
  t.throws(() => indicatorTimescaleStatements(ALL, 0), { instanceOf: RangeError });
  t.deepEqual([...TIMESCALE_REFRESH_SQL], [
    `CALL refresh_continuous_aggregate('indicator_rollup_monthly', NULL, NULL)`,
    `CALL refresh_continuous_aggregate('indicator_rollup_annual', NULL, NULL)`,
  ]);
});

test('plain mode: hash partitions by indicator, the exact key, and rollups of the latest revision', (t) => {
  const table = PLAIN_INDICATOR_DDL[0] ?? '';
  t.regex(table, /PRIMARY KEY \(indicator, period, district, age_band, gender, revision\)\s*\) PARTITION BY HASH \(indicator\)/);
  t.is(PLAIN_INDICATOR_DDL.filter((x) => x.includes('PARTITION OF indicator_values')).length, 8);
  const [del, ins] = plainMonthlyRefreshSql(['a']);
  t.is(del, 'DELETE FROM indicator_rollup_monthly WHERE indicator = ANY($1::text[])');
  t.regex(ins ?? '', /DISTINCT ON \(indicator, district, age_band, gender, period_start\)/);
  t.regex(ins ?? '', /ORDER BY indicator, district, age_band, gender, period_start, revision DESC/);
  t.false((plainAnnualRefreshSql()[1] ?? '').includes('WHERE'), 'without indicators, everything');
  t.regex(plainAnnualRefreshSql()[1] ?? '', /FROM indicator_rollup_monthly/);
});

test('the rollups keep only the margin cells (the grouping sets), in both modes, with an index by line', (t) => {
  t.true(MONTHLY_AGGREGATE_SQL.includes(`WHERE ${MARGIN_CELLS}`));
  t.true(MONTHLY_AGGREGATE_SQL.indexOf('WHERE') < MONTHLY_AGGREGATE_SQL.indexOf('GROUP BY'));
  const [, all] = plainMonthlyRefreshSql();
  const [, some] = plainMonthlyRefreshSql(['a']);
  t.true((all ?? '').includes(`FROM indicator_values WHERE ${MARGIN_CELLS}`));
  t.true((some ?? '').includes(`FROM indicator_values WHERE indicator = ANY($1::text[]) AND ${MARGIN_CELLS}`));
  for (const g of ['monthly', 'annual']) {
    const index = `CREATE INDEX IF NOT EXISTS indicator_rollup_${g}_line_idx ON indicator_rollup_${g} (district, age_band, gender, indicator, bucket)`;
    t.true(PLAIN_INDICATOR_DDL.includes(index));
    t.true(indicatorTimescaleStatements(NONE).includes(index));
    t.true(PLAIN_INDICATOR_DDL.includes(`DELETE FROM indicator_rollup_${g} WHERE NOT ${MARGIN_CELLS}`), 'rows of the older layout go');
  }
  // The three lines and the total, nothing finer.
  t.is(MARGIN_CELLS, `((age_band = 'all' AND gender = 'all') OR (district = 'city' AND gender = 'all') OR (district = 'city' AND age_band = 'all'))`);
});

test('an aggregate of the older layout (every cell) is dropped, the annual one first, and rebuilt', (t) => {
  const s = indicatorTimescaleStatements({ ...ALL, marginOnly: false });
  const dropAnnual = s.indexOf('DROP MATERIALIZED VIEW IF EXISTS indicator_rollup_annual');
  const dropMonthly = s.indexOf('DROP MATERIALIZED VIEW IF EXISTS indicator_rollup_monthly');
  t.true(dropAnnual >= 0 && dropAnnual < dropMonthly);
  t.true(dropMonthly < s.indexOf(MONTHLY_AGGREGATE_SQL) && s.indexOf(MONTHLY_AGGREGATE_SQL) < s.indexOf(ANNUAL_AGGREGATE_SQL));
  t.false(indicatorTimescaleStatements(ALL).some((x) => x.startsWith('DROP')));
  t.false(indicatorTimescaleStatements(NONE).some((x) => x.startsWith('DROP')), 'nothing to drop on a fresh database');
});
