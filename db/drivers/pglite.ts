/**
 * @module db/drivers/pglite
 * Embedded PostgreSQL (PGlite, WASM) for development and single-process use.
 * Bulk loads use `COPY … FROM '/dev/blob'`, which PGlite feeds from a Blob: the same COPY text
 * (and escaping) as on PostgreSQL, and several times faster than array inserts.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Logger } from 'pino';
import * as schema from '../schema/index.ts';
import { copyLine, copyStatement } from '../copy-text.ts';
import type { Database, Orm, Queryable, Tx } from '../types.ts';

export interface PgliteOptions {
  dataDir?: string | undefined;
}

type Conn = PGlite | Transaction;

const queryable = (pg: Conn): Queryable => ({
  query: async <T>(text: string, params: readonly unknown[] = []) =>
    (await pg.query<T>(text, params as unknown[])).rows,
});

let savepoints = 0;

const savepointOn = async <T>(pg: Conn, fn: (tx: Tx) => Promise<T>): Promise<T> => {
  const name = `sp_${++savepoints}`;
  await pg.query(`SAVEPOINT ${name}`);
  try {
    const result = await fn(txOf(pg));
    await pg.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (err) {
    await pg.query(`ROLLBACK TO SAVEPOINT ${name}`);
    throw err;
  }
};

const txOf = (pg: Conn): Tx => {
  const copyText = async (table: string, columns: readonly string[], text: string | Iterable<string>) => {
    const parts = typeof text === 'string' ? [text] : [...text];
    await pg.query(copyStatement(table, columns, `'/dev/blob'`), [], { blob: new Blob(parts) });
  };
  return {
    ...queryable(pg),
    copyText,
    savepoint: (fn) => savepointOn(pg, fn),
    copyInto: async (table, columns, rows) => {
      const parts: string[] = [];
      for (const row of rows) parts.push(copyLine(row));
      await copyText(table, columns, parts);
      return parts.length;
    },
  };
};

export const openPglite = async (opts: PgliteOptions, log: Logger): Promise<Database> => {
  const started = Date.now();
  // cube and earthdistance serve the nearest-camera index (migration 0005)
  const extensions = { cube, earthdistance };
  const pg = await PGlite.create(opts.dataDir === undefined ? { extensions } : { dataDir: opts.dataDir, extensions });
  log.info({ ms: Date.now() - started, dataDir: opts.dataDir ?? 'memory' }, 'embedded database started');
  const orm = drizzle(pg, { schema });
  return {
    kind: 'pglite',
    orm: orm as unknown as Orm,
    ...queryable(pg),
    transaction: <T>(fn: (tx: Tx) => Promise<T>) => pg.transaction((t) => fn(txOf(t))),
    session: <T>(fn: (s: Queryable) => Promise<T>) => fn(queryable(pg)),
    applyOrmMigrations: (migrationsFolder) => migrate(orm, { migrationsFolder }),
    close: () => pg.close(),
  };
};
