/**
 * @module db/testing/temp-database
 * Test support: a uniquely named PostgreSQL database per test, created and dropped with it.
 * The server is `TEST_PG_ADMIN_URL` or the local trust-auth default.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { pino, type Logger } from 'pino';
import { openDatabase, type Database } from '../client.ts';
import { migrate } from '../migrate.ts';
import type { StorageMode } from '../storage/mode.ts';

const ADMIN_URL = process.env['TEST_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TempDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export const createTempDatabase = async (prefix = 'scpm_test'): Promise<TempDatabase> => {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
};

/** A silent logger for tests. */
export const testLogger = (): Logger => pino({ level: 'silent' });

/** A temp database, opened and migrated; `done()` closes and drops it. */
export const migratedTempDatabase = async (
  opts: { now?: () => number; retentionDays?: number } = {},
): Promise<{ db: Database; mode: StorageMode; url: string; done(): Promise<void> }> => {
  const temp = await createTempDatabase();
  const log = testLogger();
  const db = await openDatabase({ url: temp.url, poolSize: 4 }, log);
  const { mode } = await migrate(db, log, opts);
  return {
    db,
    mode,
    url: temp.url,
    done: async () => {
      await db.close();
      await temp.drop();
    },
  };
};
