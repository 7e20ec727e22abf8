/**
 * @module db/schema/live-snapshots
 * The last value of every live channel, so API replicas and restarts serve "last value, then changes".
 */
import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const liveSnapshots = pgTable('live_snapshots', {
  channel: text('channel').primaryKey(),
  data: jsonb('data').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
});
