/**
 * @module db/types
 * The database handle the server and the store use, the same for PostgreSQL and PGlite.
 */
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A drizzle database over either driver (query builders only; no driver-specific results). */
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;

export interface Queryable {
  /** One SQL statement with `$1…` parameters; rows as objects. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Tx extends Queryable {
  /** Bulk-loads rows (arrays in column order); returns the number of rows sent. */
  copyInto(table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<number>;
  /** Bulk-loads rows already serialized in COPY text format (see `copy-text.ts`). */
  copyText(table: string, columns: readonly string[], text: string | Iterable<string>): Promise<void>;
  /** Runs `fn` under a savepoint: if it throws, only its work is rolled back and the error rethrown. */
  savepoint<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

export type DatabaseKind = 'postgres' | 'pglite';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  readonly orm: Orm;
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `fn` on one dedicated connection (session-level advisory locks; statements outside a transaction). */
  session<T>(fn: (s: Queryable) => Promise<T>): Promise<T>;
  /** Applies drizzle-kit migrations from a folder with the driver's own migrator. */
  applyOrmMigrations(migrationsFolder: string): Promise<void>;
  close(): Promise<void>;
}

export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
}
