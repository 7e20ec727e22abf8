import test from 'ava';
import { DEFAULT_TIMESCALE_OPTIONS, HOURLY_AGGREGATE_SQL, timescaleStatements, type TimescaleState } from './timescale.ts';

const fresh: TimescaleState = { hypertable: false, compression: false, continuousAggregate: false };
const done: TimescaleState = { hypertable: true, compression: true, continuousAggregate: true };
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

test('a fresh database gets extension, hypertable, compression, retention and the hourly aggregate', (t) => {
  const s = timescaleStatements(DEFAULT_TIMESCALE_OPTIONS, fresh).map(squash);
  t.is(s[0], 'CREATE EXTENSION IF NOT EXISTS timescaledb');
  t.true(s[1]?.startsWith('CREATE TABLE IF NOT EXISTS readings ('));
  t.true(s[1]?.includes('CONSTRAINT readings_natural_key UNIQUE (source, entity, metric, time)'));
  t.deepEqual(s.slice(2), [
    `SELECT create_hypertable('readings', 'time', chunk_time_interval => INTERVAL '1 days', if_not_exists => TRUE)`,
    'CREATE INDEX IF NOT EXISTS readings_district_time_idx ON readings (district, time)',
    `ALTER TABLE readings SET (timescaledb.compress, timescaledb.compress_segmentby = 'source, entity, metric', timescaledb.compress_orderby = 'time DESC')`,
    `SELECT remove_compression_policy('readings', if_exists => TRUE)`,
    `SELECT add_compression_policy('readings', compress_after => INTERVAL '7 days')`,
    `SELECT remove_retention_policy('readings', if_exists => TRUE)`,
    `SELECT add_retention_policy('readings', drop_after => INTERVAL '400 days')`,
    squash(HOURLY_AGGREGATE_SQL),
    `SELECT remove_continuous_aggregate_policy('readings_hourly', if_exists => TRUE)`,
    `SELECT add_continuous_aggregate_policy('readings_hourly', start_offset => INTERVAL '7 days', end_offset => INTERVAL '1 hour', schedule_interval => INTERVAL '30 minutes')`,
  ]);
});

test('the aggregate has the columns of the plain rollup table, bucketed hourly', (t) => {
  const sql = squash(HOURLY_AGGREGATE_SQL);
  t.true(sql.includes('WITH (timescaledb.continuous, timescaledb.materialized_only = false)'));
  t.true(sql.includes(`time_bucket(INTERVAL '1 hour', time) AS bucket`));
  for (const col of ['source', 'entity', 'AS district', 'metric', 'count(value) AS n', 'sum(value) AS sum', 'min(value) AS min', 'max(value) AS max']) {
    t.true(sql.includes(col), col);
  }
  t.true(sql.endsWith('WITH NO DATA'));
});

test('re-running skips what cannot be done twice and re-applies the policies with new settings', (t) => {
  const s = timescaleStatements({ ...DEFAULT_TIMESCALE_OPTIONS, retentionDays: 90 }, done).map(squash);
  t.false(s.some((x) => x.startsWith('CREATE TABLE') || x.startsWith('ALTER TABLE') || x.includes('create_hypertable')));
  t.false(s.some((x) => x.startsWith('CREATE MATERIALIZED VIEW')));
  t.true(s.includes(`SELECT set_chunk_time_interval('readings', INTERVAL '1 days')`));
  t.true(s.includes(`SELECT add_retention_policy('readings', drop_after => INTERVAL '90 days')`));
});

test('bad settings are refused before any statement runs', (t) => {
  t.throws(() => timescaleStatements({ ...DEFAULT_TIMESCALE_OPTIONS, retentionDays: 0 }, fresh), { instanceOf: RangeError });
  t.throws(() => timescaleStatements({ ...DEFAULT_TIMESCALE_OPTIONS, retentionDays: 5 }, fresh), { instanceOf: RangeError });
  t.throws(() => timescaleStatements({ ...DEFAULT_TIMESCALE_OPTIONS, chunkDays: 0.5 }, fresh), { instanceOf: RangeError });
});
