/**
 * @module scripts/admin
 * `npm run admin -- create-admin|create-user|list-users …`: the people who sign in, from the command
 * line, on the database the server uses (DATABASE_URL, or the embedded one in PGLITE_DIR when
 * EMBEDDED allows it and PostgreSQL does not answer; stop an embedded server first, PGlite is
 * single-process). Creating the first administrator:
 *
 *     SCPM_ADMIN_PASSWORD='…' npm run admin -- create-admin admin
 *
 * or type the password on standard input (it is not hidden) or pipe it in. Creations are recorded in
 * the audit log as `cli:<os user>`. Exit codes: 0 done, 2 bad input, 3 the database could not be opened.
 */
import { commandOrExit } from './cli-command.ts';
import { withCliDatabase } from './cli-database.ts';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { text } from 'node:stream/consumers';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { ADMIN_USAGE, parseAdminArgs, runAdminCommand } from '../server/auth/cli.ts';
import { createUserStore } from '../server/auth/users.ts';

/** The password from the environment, else one line of standard input (typed, with a prompt, or piped). */
async function readPassword(envName: string, login: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) return (await text(process.stdin)).split(/\r?\n/)[0] ?? '';
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(`Password for ${login} (12 to 256 characters; shown as typed): `);
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const command = commandOrExit('admin', ADMIN_USAGE, parseAdminArgs);
  if (command === null) return 0;
  return withCliDatabase({ name: 'admin', prepare: true }, (db) =>
    runAdminCommand(command, {
      users: createUserStore(db),
      audit: createAuditLog(db),
      actor: `cli:${userInfo().username}`,
      readPassword,
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    }),
  );
}

process.exitCode = await main();
