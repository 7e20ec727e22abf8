/**
 * @module scripts/cli-database
 * The database of the command-line tools (`admin`, `keys`, `audit`): the one the server uses —
 * DATABASE_URL, or the embedded one in PGLITE_DIR when EMBEDDED allows it and PostgreSQL does not
 * answer (stop an embedded server first: PGlite is single-process). Exit code 3 when it cannot be opened.
 */
import { mkdir } from 'node:fs/promises';
import { pino, type Logger } from 'pino';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { ensureDatabase } from '../server/platform/ensure-database.ts';
import { tcpReachable } from '../server/platform/probe.ts';

export interface CliDatabaseOptions {
  /** The tool's name, for messages (`keys: cannot open the database: …`). */
  name: string;
  /** Create the database and bring its schema up to date (tools that write); readers use it as it is. */
  prepare: boolean;
}

async function open(cfg: Config, log: Logger, prepare: boolean): Promise<Database> {
  if (cfg.EMBEDDED !== 'always' && (await tcpReachable(cfg.DATABASE_URL, 5432))) {
    if (prepare) await ensureDatabase(cfg.DATABASE_URL, log);
    return openDatabase({ url: cfg.DATABASE_URL, poolSize: 2 }, log);
  }
  if (cfg.EMBEDDED === 'never') throw new Error(`PostgreSQL is not reachable at ${cfg.DATABASE_URL} (EMBEDDED=never)`);
  const why = cfg.EMBEDDED === 'always' ? 'EMBEDDED=always' : `PostgreSQL is not reachable at ${cfg.DATABASE_URL}`;
  console.error(`${why}: using the embedded database in ${cfg.PGLITE_DIR}`);
  await mkdir(cfg.PGLITE_DIR, { recursive: true });
  return openDatabase({ embedded: { dataDir: cfg.PGLITE_DIR } }, log);
}

/** Runs `work` on the database and closes it; 3 when the database cannot be opened. */
export async function withCliDatabase(opts: CliDatabaseOptions, work: (db: Database) => Promise<number>): Promise<number> {
  const cfg = loadConfig();
  const log = pino({ level: cfg.LOG_LEVEL === 'info' ? 'warn' : cfg.LOG_LEVEL, base: { service: `scpm-${opts.name}` } }, pino.destination(2));
  let db: Database;
  try {
    db = await open(cfg, log, opts.prepare);
    if (opts.prepare) await migrate(db, log, { retentionDays: cfg.RETENTION_DAYS });
  } catch (err) {
    console.error(`${opts.name}: cannot open the database: ${(err as Error).message}`);
    return 3;
  }
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
