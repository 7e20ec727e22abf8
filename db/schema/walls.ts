/**
 * @module db/schema/walls
 * Tablets paired with walls: a wall asks for a short code, a signed-in person enters it on a tablet
 * and may drive that wall until the pairing ends. A code is used once.
 */
import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const wallPairings = pgTable(
  'wall_pairings',
  {
    /** Six digits, unique while the offer stands (an expired unused code may be issued again). */
    code: text('code').primaryKey(),
    wall: text('wall').notNull(),
    /** `user:<login>` of the wall's page that asked for the code. */
    offeredBy: text('offered_by').notNull(),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Who entered the code, when, and until when the pairing holds. */
    login: text('login'),
    pairedAt: timestamp('paired_at', { withTimezone: true }),
    until: timestamp('until', { withTimezone: true }),
  },
  (t) => [index('wall_pairings_login_idx').on(t.login, t.wall)],
);
