/**
 * @module db/schema/connector-runs
 * One row per connector run, as published by the runner.
 */
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const connectorRuns = pgTable(
  'connector_runs',
  {
    runId: text('run_id').primaryKey(),
    source: text('source').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull(),
    outcome: text('outcome').notNull(),
    fetched: integer('fetched').notNull(),
    parsed: integer('parsed').notNull(),
    emitted: integer('emitted').notNull(),
    dropped: integer('dropped').notNull(),
    newestObservedAt: timestamp('newest_observed_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [index('connector_runs_source_started_idx').on(t.source, t.startedAt)],
);
