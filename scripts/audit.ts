/**
 * @module scripts/audit
 * `npm run audit:verify` (= `tsx scripts/audit.ts verify`) and `tsx scripts/audit.ts export --format
 * ndjson|csv [--from ISO] [--to ISO]`: the audit log from the command line, on the database the server
 * uses (DATABASE_URL, or the embedded one in PGLITE_DIR when EMBEDDED allows it and PostgreSQL does not
 * answer; stop an embedded server first, PGlite is single-process). Results and exported lines go to
 * standard output, everything else to standard error. Exports are recorded as `cli:<os user>`.
 * Exit codes: 0 intact (or exported), 1 the chain is broken, 2 bad input, 3 the database could not be opened or read.
 */
import { once } from 'node:events';
import { userInfo } from 'node:os';
import { pino, type Logger } from 'pino';
import { openDatabase, type Database } from '../db/client.ts';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { AUDIT_USAGE, parseAuditArgs, runAuditCommand, UsageError, type AuditCommand } from '../server/audit/cli.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { tcpReachable } from '../server/platform/probe.ts';

async function open(cfg: Config, log: Logger): Promise<Database> {
  const real = cfg.EMBEDDED !== 'always' && (await tcpReachable(cfg.DATABASE_URL, 5432));
  if (real) return openDatabase({ url: cfg.DATABASE_URL, poolSize: 2 }, log);
  if (cfg.EMBEDDED === 'never') throw new Error(`PostgreSQL is not reachable at ${cfg.DATABASE_URL} (EMBEDDED=never)`);
  console.error(`PostgreSQL is not reachable: using the embedded database in ${cfg.PGLITE_DIR}`);
  return openDatabase({ embedded: { dataDir: cfg.PGLITE_DIR } }, log);
}

function parseOrExit(argv: string[]): AuditCommand {
  try {
    return parseAuditArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`audit: ${err.message}\n${AUDIT_USAGE}`);
    process.exit(2);
  }
}

const write = async (chunk: string): Promise<void> => {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
};

async function main(): Promise<number> {
  const command = parseOrExit(process.argv.slice(2));
  if (command.kind === 'help') {
    console.log(AUDIT_USAGE);
    return 0;
  }
  const cfg = loadConfig();
  const log = pino({ level: cfg.LOG_LEVEL === 'info' ? 'warn' : cfg.LOG_LEVEL, base: { service: 'scpm-audit' } }, pino.destination(2));
  let db: Database;
  try {
    db = await open(cfg, log);
  } catch (err) {
    console.error(`audit: cannot open the database: ${(err as Error).message}`);
    return 3;
  }
  try {
    return await runAuditCommand(command, { audit: createAuditLog(db), actor: `cli:${userInfo().username}`, write });
  } catch (err) {
    console.error(`audit: ${(err as Error).message}`);
    return 3;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
