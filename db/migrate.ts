/**
 * @module db/migrate
 * Applies the drizzle-kit migrations, then the storage-mode step (TimescaleDB or plain partitions).
 * Safe to run from several processes at once: a session-level advisory lock serializes them.
 */
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Database } from './types.ts';
import { DEFAULT_STORAGE_OPTIONS, setupStorage, type StorageMode } from './storage/mode.ts';
import { setupIndicatorStorage } from './storage/indicators.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export interface MigrateOptions {
  retentionDays?: number;
  monthsAhead?: number;
  now?: () => number;
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

const LOCK_KEY = 'scpm.migrate';

export const migrate = async (
  db: Database,
  log: Logger,
  opts: MigrateOptions = {},
): Promise<{ mode: StorageMode }> => {
  const started = Date.now();
  const o = { ...DEFAULT_STORAGE_OPTIONS, ...definedOnly(opts) };
  const now = new Date((opts.now ?? Date.now)());
  try {
    return await db.session(async (s) => {
      await s.query(`SELECT pg_advisory_lock(hashtext($1))`, [LOCK_KEY]);
      try {
        await db.applyOrmMigrations(MIGRATIONS_FOLDER);
        const mode = await setupStorage(db, s, log, { ...o, now });
        await setupIndicatorStorage(s, mode);
        log.info({ mode, ms: Date.now() - started }, 'database migrated');
        return { mode };
      } finally {
        await s.query(`SELECT pg_advisory_unlock(hashtext($1))`, [LOCK_KEY]);
      }
    });
  } catch (err) {
    throw new MigrationError(`database migration failed: ${(err as Error).message}`, { cause: err });
  }
};

const definedOnly = (o: MigrateOptions): Partial<typeof DEFAULT_STORAGE_OPTIONS> => ({
  ...(o.retentionDays === undefined ? {} : { retentionDays: o.retentionDays }),
  ...(o.monthsAhead === undefined ? {} : { monthsAhead: o.monthsAhead }),
});
