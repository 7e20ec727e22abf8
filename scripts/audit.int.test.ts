import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { migratedTempDatabase } from '../db/testing/temp-database.ts';
import { createAuditLog } from '../server/audit/audit-log.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/audit.ts` as `npm run audit:verify` would, against `url`. */
const audit = (url: string, ...args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    const env = { ...process.env, DATABASE_URL: url, EMBEDDED: 'never', LOG_LEVEL: 'warn' };
    execFile(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', ...args], { cwd: ROOT, env }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
      resolve({ code, stdout, stderr });
    });
  });

test('verify exits 0 on an intact log and 1 naming the tampered seq; export writes the log', async (t) => {
  const { db, url, done } = await migratedTempDatabase();
  try {
    const log = createAuditLog(db);
    for (let i = 1; i <= 5; i++) await log.record({ action: 'auth.signed-in', actor: `user:u${i}`, details: { i } });

    const intact = await audit(url, 'verify');
    t.is(intact.code, 0, intact.stderr);
    t.regex(intact.stdout, /^audit log intact: 5 entries, head [0-9a-f]{64}\n$/);

    const exported = await audit(url, 'export', '--format', 'ndjson', '--from', '2000-01-01T00:00:00Z');
    t.is(exported.code, 0, exported.stderr);
    const lines = exported.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { seq: number; action: string; actor: string });
    t.deepEqual(lines.map((l) => l.seq), [1, 2, 3, 4, 5, 6]);
    t.like(lines[5], { action: 'audit.exported', actor: `cli:${userInfo().username}` });
    const csv = await audit(url, 'export', '--format', 'csv', '--action', 'auth.signed-in');
    t.is(csv.stdout.split('\r\n').length, 1 + 5 + 1);

    await db.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await db.query(`UPDATE audit_log SET actor = 'user:mallory' WHERE seq = 3`);
    const tampered = await audit(url, 'verify');
    t.is(tampered.code, 1, tampered.stderr);
    t.regex(tampered.stdout, /TAMPERED: the chain breaks at seq 3 \(changed\)/);
    const json = await audit(url, 'verify', '--json');
    t.is(json.code, 1);
    t.like(JSON.parse(json.stdout), { ok: false, seq: 3, kind: 'changed' });
  } finally {
    await done();
  }
});

test('bad arguments exit 2, an unreachable database 3', async (t) => {
  const usage = await audit('postgres://postgres@127.0.0.1:5432/none', 'export', '--format', 'xml');
  t.is(usage.code, 2);
  t.regex(usage.stderr, /--format must be ndjson or csv/);
  const down = await audit('postgres://postgres@127.0.0.1:1/none', 'verify');
  t.is(down.code, 3);
  t.regex(down.stderr, /cannot open the database/);
});
