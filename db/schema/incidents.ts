/**
 * @module db/schema/incidents
 * Emergency incidents (119 and 112), one row per incident, written by its incident actor at every
 * stage. The columns serve the queries (area, time, stage, agency); `state` is the whole Incident
 * (contracts/incident.ts) as the API serves it.
 */
import { char, doublePrecision, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const incidents = pgTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    agency: text('agency').notNull(),
    type: text('type').notNull(),
    stage: text('stage').notNull(),
    districtCode: char('district_code', { length: 5 }).notNull(),
    lon: doublePrecision('lon').notNull(),
    lat: doublePrecision('lat').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** dispatched → arrived, seconds (as recorded by the source when it gave it). */
    travelS: doublePrecision('travel_s'),
    state: jsonb('state').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('incidents_reported_idx').on(t.reportedAt),
    index('incidents_district_reported_idx').on(t.districtCode, t.reportedAt),
    index('incidents_open_idx').on(t.stage, t.reportedAt),
  ],
);
