/**
 * @module db/storage/readings-ddl
 * The columns of `readings`, the same in both storage modes (partitioned table or hypertable).
 * The natural key includes `time`, as both partitioning and hypertables require.
 */
export const READINGS_COLUMNS_SQL = `
    time timestamptz NOT NULL,
    source text NOT NULL,
    entity text NOT NULL,
    district char(5),
    metric text NOT NULL,
    value double precision,
    quality text NOT NULL DEFAULT 'ok' CHECK (quality IN ('ok', 'missing', 'suspect')),
    CONSTRAINT readings_natural_key UNIQUE (source, entity, metric, time)
  `;
