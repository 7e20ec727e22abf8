/**
 * @module scripts/keys
 * `npm run keys -- create|list|revoke …`: API keys of district systems from the command line, on the
 * database the server uses (DATABASE_URL, or the embedded one in PGLITE_DIR when EMBEDDED allows it
 * and PostgreSQL does not answer; stop an embedded server first, PGlite is single-process).
 * A created key is printed once on standard output; everything else goes to standard error.
 * Creations and revocations are recorded in the audit log as `cli:<os user>`.
 * Exit codes: 0 done, 1 no such key, 2 bad input, 3 the database could not be opened.
 */
import { commandOrExit } from './cli-command.ts';
import { withCliDatabase } from './cli-database.ts';
import { userInfo } from 'node:os';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { createDbKeyStore } from '../server/keys/api-keys.ts';
import { KEYS_USAGE, parseKeysArgs, runKeysCommand } from '../server/keys/cli.ts';

async function main(): Promise<number> {
  const command = commandOrExit('keys', KEYS_USAGE, parseKeysArgs);
  if (command === null) return 0;
  return withCliDatabase({ name: 'keys', prepare: true }, (db) =>
    runKeysCommand(command, {
      keys: createDbKeyStore(db),
      audit: createAuditLog(db),
      actor: `cli:${userInfo().username}`,
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    }),
  );
}

process.exitCode = await main();
