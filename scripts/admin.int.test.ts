import test from 'ava';
import { spawn } from 'node:child_process';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { migratedTempDatabase } from '../db/testing/temp-database.ts';
import { verifyPassword } from '../server/auth/passwords.ts';
import { createUserStore } from '../server/auth/users.ts';

const SCRIPT = fileURLToPath(new URL('./admin.ts', import.meta.url));
const PASSWORD = 'a long enough passphrase';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function admin(args: string[], env: Record<string, string>, stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import=tsx', SCRIPT, ...args], {
      env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'silent', EMBEDDED: 'never', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

test('create-admin and create-user write users and audit entries on the configured database', async (t) => {
  t.timeout(120_000); // seven runs of the script, each opening and migrating the database
  const { db, url, done } = await migratedTempDatabase();
  try {
    const env = { DATABASE_URL: url };
    const first = await admin(['create-admin', 'admin'], { ...env, SCPM_ADMIN_PASSWORD: PASSWORD });
    t.is(first.code, 0, first.stderr);
    t.regex(first.stdout, /^created administrator admin \(/);
    const stored = await createUserStore(db).byLogin('admin');
    t.is(stored?.role, 'administrator');
    t.true(await verifyPassword(PASSWORD, stored?.passwordHash ?? ''));

    const piped = await admin(['create-user', 'lee', '--role', 'district-head', '--district', '11680'], env, `${PASSWORD}\n`);
    t.is(piped.code, 0, piped.stderr);
    t.true(await verifyPassword(PASSWORD, (await createUserStore(db).byLogin('lee'))?.passwordHash ?? ''));

    const audit = await db.query<{ action: string; actor: string; target: string }>('select action, actor, target from audit_log order by seq');
    t.deepEqual([...audit].map((r) => ({ ...r })), [
      { action: 'user.created', actor: `cli:${userInfo().username}`, target: 'admin' },
      { action: 'user.created', actor: `cli:${userInfo().username}`, target: 'lee' },
    ]);

    const again = await admin(['create-admin', 'admin'], { ...env, SCPM_ADMIN_PASSWORD: PASSWORD });
    t.is(again.code, 2);
    t.regex(again.stderr, /exists already/);
    const weak = await admin(['create-admin', 'second'], env, 'too short\n');
    t.is(weak.code, 2);
    t.regex(weak.stderr, /at least 12 characters/);
    const bad = await admin(['create-user', 'kim', '--role', 'official'], env);
    t.is(bad.code, 2);
    t.regex(bad.stderr, /--department: an official needs at least one department/);

    const list = await admin(['list-users'], env);
    t.is(list.code, 0);
    t.regex(list.stdout, /admin\s+administrator\s+-\s+active/);
    t.regex(list.stdout, /lee\s+district-head\s+11680\s+active/);
  } finally {
    await done();
  }
});

test('an unreachable database exits 3', async (t) => {
  const r = await admin(['list-users'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
  t.is(r.code, 3);
  t.regex(r.stderr, /cannot open the database/);
});
