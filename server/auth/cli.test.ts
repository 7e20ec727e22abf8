import test from 'ava';
import { memoryAuditSink } from '../audit/port.ts';
import { ADMIN_PASSWORD_ENV, parseAdminArgs, runAdminCommand, UsageError, USER_PASSWORD_ENV } from './cli.ts';
import type { NewUser, User, UserStore } from './users.ts';
import { LoginTakenError } from './users.ts';

test('create-admin, create-user and list-users parse into commands', (t) => {
  t.deepEqual(parseAdminArgs(['create-admin', 'admin']), { kind: 'create-admin', login: 'admin', role: 'administrator', districts: [], departments: [] });
  t.deepEqual(parseAdminArgs(['create-admin', 'root', '--name', ' 관리자 ']), { kind: 'create-admin', login: 'root', role: 'administrator', districts: [], departments: [], displayName: '관리자' });
  t.deepEqual(parseAdminArgs(['create-user', 'lee', '--role', 'district-head', '--district', '11680']), {
    kind: 'create-user',
    login: 'lee',
    role: 'district-head',
    districts: ['11680'],
    departments: [],
  });
  t.like(parseAdminArgs(['create-user', 'kim', '--role', 'official', '--department', 'air-quality', '--department', 'transport,water']), {
    departments: ['air-quality', 'transport', 'water'],
  });
  t.deepEqual(parseAdminArgs(['list-users', '--json']), { kind: 'list-users', json: true });
  t.deepEqual(parseAdminArgs([]), { kind: 'help' });
});

test('bad input is a UsageError with a message fit to show', (t) => {
  const message = (argv: string[]) => t.throws(() => parseAdminArgs(argv), { instanceOf: UsageError })?.message ?? '';
  t.regex(message(['create-admin']), /exactly one login/);
  t.regex(message(['create-admin', 'a', 'b']), /exactly one login/);
  t.regex(message(['create-admin', 'Admin User']), /is not a login/);
  t.regex(message(['create-admin', 'admin', '--role', 'mayor']), /Unknown option '--role'/);
  t.regex(message(['create-user', 'lee']), /--role must be one of mayor, deputy-mayor/);
  t.regex(message(['create-user', 'lee', '--role', 'public']), /--role must be one of/);
  t.regex(message(['create-user', 'lee', '--role', 'district-head']), /--district: a district head is responsible for exactly one gu/);
  t.regex(message(['create-user', 'lee', '--role', 'district-head', '--district', '11999']), /not one of Seoul's 25 gu codes/);
  t.regex(message(['create-user', 'lee', '--role', 'mayor', '--department', 'x']), /--department: only an official/);
  t.regex(message(['create-user', 'lee', '--role', 'mayor', '--name', '  ']), /--name/);
  t.regex(message(['delete-user', 'lee']), /unknown command "delete-user"/);
});

function fakeUsers(existing: string[] = []): UserStore & { created: NewUser[] } {
  const created: NewUser[] = [];
  const at = new Date('2026-11-27T05:20:00Z');
  const user = (u: NewUser): User => ({
    id: `id-${u.login}`, login: u.login, displayName: u.displayName ?? u.login, role: u.role,
    districts: [...(u.districts ?? [])], departments: [...(u.departments ?? [])], disabled: false, createdAt: at, updatedAt: at,
  });
  return {
    created,
    create: async (u) => {
      if (existing.includes(u.login) || created.some((c) => c.login === u.login)) throw new LoginTakenError(u.login);
      created.push(u);
      return user(u);
    },
    byLogin: async (login) => (existing.includes(login) ? { ...user({ login, role: 'administrator', passwordHash: 'x' }), passwordHash: 'x' } : null),
    byId: async () => null,
    list: async () => [...existing.map((login) => user({ login, role: 'administrator', passwordHash: 'x' })), ...created.map(user)],
    update: async () => null,
    setPasswordHash: async () => {},
  };
}

function run(argv: string[], password: string, existing: string[] = []) {
  const users = fakeUsers(existing);
  const audit = memoryAuditSink();
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const code = runAdminCommand(parseAdminArgs(argv), {
    users,
    audit,
    actor: 'cli:operator',
    readPassword: async (env) => {
      asked.push(env);
      return password;
    },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return code.then((c) => ({ code: c, users, audit, out, err, asked }));
}

test('create-admin hashes the password, records user.created as the OS user, and prints no secret', async (t) => {
  const r = await run(['create-admin', 'admin'], 'a long enough passphrase');
  t.is(r.code, 0);
  t.deepEqual(r.asked, [ADMIN_PASSWORD_ENV]);
  t.regex(r.users.created[0]?.passwordHash ?? '', /^scrypt\$32768\$8\$1\$/);
  t.like(r.users.created[0], { login: 'admin', role: 'administrator' });
  t.deepEqual(r.audit.events, [{ action: 'user.created', actor: 'cli:operator', target: 'admin', details: { role: 'administrator', districts: [], departments: [] } }]);
  t.deepEqual(r.out, ['created administrator admin (id-admin)']);
  t.false([...r.out, ...r.err, JSON.stringify(r.audit.events)].join().includes('passphrase'));
});

test('create-admin refuses an existing login before asking for a password; weak passwords exit 2', async (t) => {
  const taken = await run(['create-admin', 'admin'], 'a long enough passphrase', ['admin']);
  t.is(taken.code, 2);
  t.deepEqual(taken.asked, []);
  t.regex(taken.err.join(), /exists already/);
  t.deepEqual(taken.audit.events, []);

  const weak = await run(['create-admin', 'admin'], 'short');
  t.is(weak.code, 2);
  t.regex(weak.err.join(), /at least 12 characters/);
  t.deepEqual(weak.users.created, []);
});

test('create-user reads its own variable and reports a taken login as bad input', async (t) => {
  const ok = await run(['create-user', 'lee', '--role', 'district-head', '--district', '11680'], 'a long enough passphrase');
  t.is(ok.code, 0);
  t.deepEqual(ok.asked, [USER_PASSWORD_ENV]);
  t.like(ok.audit.events[0], { action: 'user.created', target: 'lee', details: { role: 'district-head', districts: ['11680'] } });
  const taken = await run(['create-user', 'root', '--role', 'mayor'], 'a long enough passphrase', ['root']);
  t.is(taken.code, 2);
  t.regex(taken.err.join(), /the login root is taken; nothing was changed/);
});

test('list-users prints a table, or JSON without password hashes', async (t) => {
  const table = await run(['list-users'], '', ['root', 'administrator.two']);
  t.is(table.code, 0);
  t.regex(table.out[0] ?? '', /^LOGIN\s+ROLE\s+SCOPE\s+STATUS\s+NAME$/);
  t.regex(table.out[1] ?? '', /^root\s+administrator\s+-\s+active\s+root$/);
  const json = await run(['list-users', '--json'], '', ['root']);
  const parsed = JSON.parse(json.out[0] ?? '[]') as Record<string, unknown>[];
  t.is(parsed[0]?.['login'], 'root');
  t.false('passwordHash' in (parsed[0] ?? {}));
});
