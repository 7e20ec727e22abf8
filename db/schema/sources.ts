/**
 * @module db/schema/sources
 * Source systems: one row per connector, upserted from its manifest.
 */
import { boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const sources = pgTable('sources', {
  /** The connector id (folder, manifest id, subject token). */
  id: text('id').primaryKey(),
  titleKo: text('title_ko').notNull(),
  titleEn: text('title_en').notNull(),
  departmentKo: text('department_ko').notNull(),
  departmentEn: text('department_en').notNull(),
  /** How the source is reached, e.g. `rest-json`, `open-api-xml`, `simulated`. */
  protocol: text('protocol').notNull(),
  /** Human-readable schedule, e.g. `every 5 min` or a cron pattern. */
  cadence: text('cadence').notNull(),
  /** After this many seconds without a new observation the source counts as stale. */
  staleAfterS: integer('stale_after_s').notNull(),
  synthetic: boolean('synthetic').notNull().default(false),
  attribution: text('attribution').notNull(),
  status: text('status').notNull().default('unknown'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
