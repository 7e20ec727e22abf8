/**
 * @module db/schema/access
 * People, their sessions, the API keys of district systems, and the hash-chained audit log.
 * Secrets are never stored: passwords as scrypt hashes, session tokens and API keys as SHA-256.
 */
import { bigint, boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    login: text('login').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    /** A district head's gu; empty for other roles. */
    districts: text('districts').array().notNull().default([]),
    departments: text('departments').array().notNull().default([]),
    /** `scrypt$N$r$p$salt$hash` (base64). */
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_login_key').on(t.login)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the cookie token, hex. */
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_hash_key').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** The first characters of the key, shown in listings to recognise it (`scpm_ab12…`). */
    prefix: text('prefix').notNull(),
    /** SHA-256 of the whole key, hex. */
    keyHash: text('key_hash').notNull(),
    /** KeyScope (contracts/access.ts). */
    scope: jsonb('scope').notNull(),
    /** Requests per minute this key may make. */
    rateLimit: bigint('rate_limit', { mode: 'number' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_key_hash_key').on(t.keyHash)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    /** 1, 2, 3, … with no gaps: a deleted entry breaks the sequence as well as the chain. */
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    /** `user:<login>`, `key:<id>`, `anonymous`, `system`. */
    actor: text('actor').notNull(),
    target: text('target'),
    details: jsonb('details').notNull(),
    /** Hash of the previous entry (64 zeros for the first), hex. */
    prevHash: text('prev_hash').notNull(),
    /** SHA-256 over the canonical JSON of this entry and prevHash, hex. */
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_action_idx').on(t.action, t.at)],
);
