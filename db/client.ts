/**
 * @module db/client
 * Opens the database: PostgreSQL by URL, or embedded PGlite (in memory or in a data directory).
 */
import { z } from 'zod';
import type { Logger } from 'pino';
import { openPostgres } from './drivers/postgres.ts';
import { openPglite } from './drivers/pglite.ts';
import type { Database } from './types.ts';

export type { Database, DatabaseKind, Orm, Queryable, Schema, Tx } from './types.ts';
import { DatabaseError } from './types.ts';
export { DatabaseError };

export const DEFAULT_POOL_SIZE = 10;

export const OpenDatabaseOptionsSchema = z.union([
  z.strictObject({
    url: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL'),
    /** Connections per pool (there are two pools: drizzle's and the raw/COPY one). */
    poolSize: z.number().int().min(1).max(200).optional(),
  }),
  z.strictObject({
    embedded: z.strictObject({ dataDir: z.string().min(1).optional() }),
  }),
]);
export type OpenDatabaseOptions = z.input<typeof OpenDatabaseOptionsSchema>;

export const openDatabase = async (opts: OpenDatabaseOptions, log: Logger): Promise<Database> => {
  const o = OpenDatabaseOptionsSchema.parse(opts);
  if ('url' in o) {
    const db = openPostgres({ url: o.url, poolSize: o.poolSize ?? DEFAULT_POOL_SIZE }, log);
    try {
      await db.query('select 1');
    } catch (err) {
      await db.close();
      throw new DatabaseError(`cannot reach PostgreSQL: ${(err as Error).message}`, { cause: err });
    }
    return db;
  }
  return openPglite({ dataDir: o.embedded.dataDir }, log);
};
