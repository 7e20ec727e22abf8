/**
 * @module db/schema/layouts
 * Wall layouts stored per role or per user (contracts/layout.ts), each with a revision for
 * optimistic concurrency: a write names the revision it read and fails if another came first.
 */
import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const LAYOUT_SCOPES = ['role', 'user'] as const;

export const layouts = pgTable(
  'layouts',
  {
    scope: text('scope', { enum: LAYOUT_SCOPES }).notNull(),
    /** A role name when scope = role, a user id when scope = user. */
    owner: text('owner').notNull(),
    /** The Layout document (validated with LayoutSchema on the way in and out). */
    document: jsonb('document').notNull(),
    /** 1 on insert, +1 on every change. */
    revision: integer('revision').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.owner] })],
);
