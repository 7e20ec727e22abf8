/**
 * @module db/schema/quarantine
 * Messages that failed validation, kept byte for byte for later inspection.
 */
import { bigserial, customType, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

export const quarantine = pgTable(
  'quarantine',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    source: text('source').notNull(),
    subject: text('subject').notNull(),
    reason: text('reason').notNull(),
    raw: bytea('raw').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('quarantine_source_received_idx').on(t.source, t.receivedAt)],
);
