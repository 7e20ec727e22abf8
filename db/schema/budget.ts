/**
 * @module db/schema/budget
 * Budget execution (contracts/budget.ts): the programmes of each fiscal year, and per programme and month the
 * cumulative allocation and spending, written from `budget.executed` events. A month's row is replaced only by
 * figures as of the same day or later (`as_of`). Amounts are whole won (bigint, read as numbers: < 2^53).
 */
import { bigint, boolean, char, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const budgetPrograms = pgTable(
  'budget_programs',
  {
    id: text('id').notNull(),
    year: integer('year').notNull(),
    /** LocalizedText. */
    name: jsonb('name').notNull(),
    /** LocalizedText. */
    department: jsonb('department').notNull(),
    account: text('account').notNull(),
    budget: bigint('budget', { mode: 'number' }).notNull(),
    synthetic: boolean('synthetic').notNull(),
  },
  (t) => [primaryKey({ columns: [t.id, t.year] })],
);

export const budgetExecution = pgTable(
  'budget_execution',
  {
    program: text('program').notNull(),
    /** `YYYY-MM`. */
    month: char('month', { length: 7 }).notNull(),
    /** The last day the figures cover. */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** LocalizedText. */
    department: jsonb('department').notNull(),
    account: text('account').notNull(),
    budget: bigint('budget', { mode: 'number' }).notNull(),
    allocated: bigint('allocated', { mode: 'number' }).notNull(),
    executed: bigint('executed', { mode: 'number' }).notNull(),
    /** executed ÷ budget × 100. */
    rate: doublePrecision('rate').notNull(),
    synthetic: boolean('synthetic').notNull(),
  },
  (t) => [primaryKey({ columns: [t.program, t.month] }), index('budget_execution_month_idx').on(t.month)],
);
