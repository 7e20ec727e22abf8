/**
 * @module db/testing/temp-database
 * Test support: a uniquely named PostgreSQL database per test, created and dropped with it.
 * The server is `TEST_PG_ADMIN_URL` or the local trust-auth default.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { pino, type Logger } from 'pino';

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
