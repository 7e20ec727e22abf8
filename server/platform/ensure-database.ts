/**
 * @module platform/ensure-database
 * Creates the database named in DATABASE_URL when the server has none of that name yet,
 * so the run command works on a fresh PostgreSQL.
 */
import postgres from 'postgres';
import type { Logger } from 'pino';

export async function ensureDatabase(url: string, log: Logger, timeoutSeconds = 2): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, '')) || 'postgres';
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, connect_timeout: timeoutSeconds, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) {
      await sql.unsafe(`create database "${name.replace(/"/g, '""')}"`).catch((err: { code?: string }) => {
        if (err.code !== '42P04') throw err; // created meanwhile by another process
      });
      log.info({ database: name }, 'created database');
    }
  } finally {
    await sql.end({ timeout: 1 });
  }
}
