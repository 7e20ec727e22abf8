/**
 * @module db/schema/complaints
 * Civil complaints (민원), one row per complaint, written by its complaint actor at every change.
 * One column per field of the Complaint (contracts/complaint.ts); the department, the reporter and
 * the status history are jsonb. Officials only: `address`, `description` and `reporter` are personal.
 */
import { boolean, char, doublePrecision, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const complaints = pgTable(
  'complaints',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    category: text('category').notNull(),
    channel: text('channel').notNull(),
    status: text('status').notNull(),
    district: char('district', { length: 5 }),
    dong: text('dong'),
    address: text('address'),
    lon: doublePrecision('lon'),
    lat: doublePrecision('lat'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** LocalizedText: the department holding it now. */
    department: jsonb('department').notNull(),
    /** Reporter: name, phone, email (each nullable). */
    reporter: jsonb('reporter').notNull(),
    synthetic: boolean('synthetic').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    reopened: integer('reopened').notNull(),
    /** ComplaintHistoryEntry[] in time order. */
    history: jsonb('history').notNull(),
  },
  (t) => [
    index('complaints_requested_idx').on(t.requestedAt),
    index('complaints_district_requested_idx').on(t.district, t.requestedAt),
    index('complaints_status_idx').on(t.status),
    index('complaints_category_requested_idx').on(t.category, t.requestedAt),
  ],
);
