/**
 * @module db/drivers/postgres
 * PostgreSQL through postgres.js: one client wrapped by drizzle, a second one for raw SQL and COPY
 * (drizzle changes the date serializers of the client it wraps).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import type { Logger } from 'pino';
import * as schema from '../schema/index.ts';
import { copyLine, copyStatement } from '../copy-text.ts';
import type { Database, Orm, Queryable, Tx } from '../types.ts';

export interface PostgresOptions {
  url: string;
  poolSize: number;
}

type Sql = Pick<postgres.Sql, 'unsafe'>;

const queryable = (sql: Sql): Queryable => ({
  query: async <T>(text: string, params: readonly unknown[] = []) =>
    (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[],
});

export class CopyError extends Error {
  override readonly name = 'CopyError';
}

/** Resolves when the stream's `_final` has run (postgres.js sends CopyDone there and detaches the stream). */
const finalCalled = (w: Writable): Promise<void> =>
  new Promise((resolve) => {
    const original = w._final?.bind(w);
    w._final = (cb: (error?: Error | null) => void) => {
      original ? original(cb) : cb();
      resolve();
    };
  });

/**
 * COPY … FROM STDIN. postgres.js leaves the stream unsettled when the server rejects the data after
 * the client ended it (for example a duplicate key found while flushing the last rows), so once the
 * COPY is complete on our side a query is queued behind it: inside a transaction that query fails
 * when the COPY failed, and so reports it.
 */
const copyTextOn =
  (sql: Sql) =>
  async (table: string, columns: readonly string[], text: string | Iterable<string>): Promise<void> => {
    const writable = await sql.unsafe(copyStatement(table, columns, 'STDIN')).writable();
    const done = finished(writable);
    done.catch(() => {});
    const ended = finalCalled(writable);
    let sent = false;
    try {
      for (const chunk of typeof text === 'string' ? [text] : text) {
        if (!writable.write(chunk)) await Promise.race([once(writable, 'drain'), done]);
      }
      sent = true;
      writable.end();
      await Promise.race([ended, done]);
      await Promise.race([done, sql.unsafe('SELECT 1').then(() => done)]);
    } catch (err) {
      // Our side failed before the end (e.g. the rows could not be serialized): abort the COPY (CopyFail).
      if (!sent && !writable.destroyed) writable.destroy(err as Error);
      throw new CopyError(`COPY into ${table} was rejected: ${(err as Error).message}`, { cause: err });
    }
  };

function* lines(rows: Iterable<readonly unknown[]>, counter: { n: number }): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += copyLine(row);
    counter.n++;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

type TxSql = postgres.TransactionSql;

const txOf = (sql: TxSql): Tx => {
  const copyText = copyTextOn(sql);
  return {
    ...queryable(sql),
    copyText,
    // postgres.js fails the whole transaction on any failed query unless it ran in its own savepoint scope.
    savepoint: async <T>(fn: (tx: Tx) => Promise<T>) => (await sql.savepoint((s) => fn(txOf(s)))) as T,
    copyInto: async (table, columns, rows) => {
      const counter = { n: 0 };
      await copyText(table, columns, lines(rows, counter));
      return counter.n;
    },
  };
};

export const openPostgres = (opts: PostgresOptions, log: Logger): Database => {
  const onnotice = (n: postgres.Notice): void => log.debug({ notice: n.message }, 'postgres notice');
  const ormClient = postgres(opts.url, { max: opts.poolSize, onnotice });
  // At least 2: `migrate` holds one raw connection (advisory lock) while partitions are created on another.
  const raw = postgres(opts.url, { max: Math.max(2, opts.poolSize), onnotice });
  const orm = drizzle(ormClient, { schema });
  return {
    kind: 'postgres',
    orm: orm as unknown as Orm,
    ...queryable(raw),
    transaction: async <T>(fn: (tx: Tx) => Promise<T>) =>
      (await raw.begin((t) => fn(txOf(t)))) as T,
    session: async <T>(fn: (s: Queryable) => Promise<T>) => {
      const reserved = await raw.reserve();
      try {
        return await fn(queryable(reserved as unknown as Sql));
      } finally {
        reserved.release();
      }
    },
    applyOrmMigrations: (migrationsFolder) => migrate(orm, { migrationsFolder }),
    close: async () => {
      await Promise.all([raw.end({ timeout: 5 }), ormClient.end({ timeout: 5 })]);
    },
  };
};
