/**
 * @module scripts/keys
 * `npm run keys -- create|list|revoke …`: API keys of district systems from the command line, on the
 * database the server uses (DATABASE_URL, or the embedded one in PGLITE_DIR when EMBEDDED allows it
 * and PostgreSQL does not answer; stop an embedded server first, PGlite is single-process).
 * A created key is printed once on standard output; everything else goes to standard error.
 * Creations and revocations are recorded in the audit log as `cli:<os user>`.
 * Exit codes: 0 done, 1 no such key, 2 bad input, 3 the database could not be opened.
 */
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { pino, type Logger } from 'pino';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { createDbKeyStore } from '../server/keys/api-keys.ts';
import { KEYS_USAGE, parseKeysArgs, runKeysCommand, UsageError, type KeysCommand } from '../server/keys/cli.ts';
import { ensureDatabase } from '../server/platform/ensure-database.ts';
import { tcpReachable } from '../server/platform/probe.ts';

async function open(cfg: Config, log: Logger): Promise<Database> {
  const real = cfg.EMBEDDED !== 'always' && (await tcpReachable(cfg.DATABASE_URL, 5432));
  if (real) {
    await ensureDatabase(cfg.DATABASE_URL, log);
    return openDatabase({ url: cfg.DATABASE_URL, poolSize: 2 }, log);
  }
  if (cfg.EMBEDDED === 'never') throw new Error(`PostgreSQL is not reachable at ${cfg.DATABASE_URL} (EMBEDDED=never)`);
  const why = cfg.EMBEDDED === 'always' ? 'EMBEDDED=always' : `PostgreSQL is not reachable at ${cfg.DATABASE_URL}`;
  console.error(`${why}: using the embedded database in ${cfg.PGLITE_DIR}`);
  await mkdir(cfg.PGLITE_DIR, { recursive: true });
  return openDatabase({ embedded: { dataDir: cfg.PGLITE_DIR } }, log);
}

function parseOrExit(argv: string[]): KeysCommand {
  try {
    return parseKeysArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`keys: ${err.message}\n${KEYS_USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const command = parseOrExit(process.argv.slice(2));
  if (command.kind === 'help') {
    console.log(KEYS_USAGE);
    return 0;
  }
  const cfg = loadConfig();
  const log = pino({ level: cfg.LOG_LEVEL === 'info' ? 'warn' : cfg.LOG_LEVEL, base: { service: 'scpm-keys' } }, pino.destination(2));
  let db: Database;
  try {
    db = await open(cfg, log);
    await migrate(db, log, { retentionDays: cfg.RETENTION_DAYS });
  } catch (err) {
    console.error(`keys: cannot open the database: ${(err as Error).message}`);
    return 3;
  }
  try {
    return await runKeysCommand(command, {
      keys: createDbKeyStore(db),
      audit: createAuditLog(db),
      actor: `cli:${userInfo().username}`,
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    });
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
