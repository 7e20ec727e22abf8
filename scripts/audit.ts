/**
 * @module scripts/audit
 * `npm run audit:verify` (= `tsx scripts/audit.ts verify`) and `tsx scripts/audit.ts export --format
 * ndjson|csv [--from ISO] [--to ISO]`: the audit log from the command line, on the database the server
 * uses (DATABASE_URL, or the embedded one in PGLITE_DIR when EMBEDDED allows it and PostgreSQL does not
 * answer; stop an embedded server first, PGlite is single-process). Results and exported lines go to
 * standard output, everything else to standard error. Exports are recorded as `cli:<os user>`.
 * Exit codes: 0 intact (or exported), 1 the chain is broken, 2 bad input, 3 the database could not be opened or read.
 */
import { commandOrExit } from './cli-command.ts';
import { withCliDatabase } from './cli-database.ts';
import { once } from 'node:events';
import { userInfo } from 'node:os';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { AUDIT_USAGE, parseAuditArgs, runAuditCommand } from '../server/audit/cli.ts';

const write = async (chunk: string): Promise<void> => {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
};

async function main(): Promise<number> {
  const command = commandOrExit('audit', AUDIT_USAGE, parseAuditArgs);
  if (command === null) return 0;
  return withCliDatabase({ name: 'audit', prepare: false }, async (db) => {
    try {
      return await runAuditCommand(command, { audit: createAuditLog(db), actor: `cli:${userInfo().username}`, write });
    } catch (err) {
      console.error(`audit: ${(err as Error).message}`);
      return 3;
    }
  });
}

process.exitCode = await main();
