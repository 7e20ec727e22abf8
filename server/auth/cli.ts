/**
 * @module auth/cli
 * The `npm run admin` command, without its I/O: parse the arguments (bad input is a `UsageError`,
 * exit 2), then create the first administrator, create a user, or list users through a `UserStore`,
 * recording creations in the audit log. Passwords come from an environment variable or standard
 * input (see scripts/admin.ts) and are checked against the password policy.
 */
import { parseArgs } from 'node:util';
import type { AuditSink } from '../audit/port.ts';
import { LoginSchema } from '../contracts/access.ts';
import { hashPassword, PasswordSchema } from './passwords.ts';
import { scopeIssues, UserRoleSchema, type UserRole } from './scope.ts';
import { LoginTakenError, UserScopeError, type User, type UserStore } from './users.ts';
import { parseCommandLine, UsageError } from '../cli/usage.ts';

export { UsageError };

export const ADMIN_PASSWORD_ENV = 'SCPM_ADMIN_PASSWORD';
export const USER_PASSWORD_ENV = 'SCPM_USER_PASSWORD';

export const ADMIN_USAGE = `usage:
  npm run admin -- create-admin LOGIN [--name "Display name"]
  npm run admin -- create-user LOGIN --role ROLE [--district 11680] [--department dept …] [--name "Display name"]
  npm run admin -- list-users [--json]
The password is read from ${ADMIN_PASSWORD_ENV} (create-admin) or ${USER_PASSWORD_ENV} (create-user),
else from standard input (one line; 12 to 256 characters).
Roles: ${UserRoleSchema.options.join(', ')}. A district-head needs exactly one --district,
an official one or more --department; other roles take neither.`;

export interface NewUserCommand {
  login: string;
  role: UserRole;
  districts: string[];
  departments: string[];
  displayName?: string;
}

export type AdminCommand =
  | ({ kind: 'create-admin' } & NewUserCommand)
  | ({ kind: 'create-user' } & NewUserCommand)
  | { kind: 'list-users'; json: boolean }
  | { kind: 'help' };

const split = (xs: readonly string[] | undefined): string[] => (xs ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);

const loginOf = (positionals: readonly string[], command: string): string => {
  const [login, ...extra] = positionals;
  if (login === undefined || extra.length > 0) throw new UsageError(`${command} takes exactly one login`);
  const parsed = LoginSchema.safeParse(login);
  if (!parsed.success) throw new UsageError(`"${login}" is not a login: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
};

const nameOf = (name: string | undefined): { displayName?: string } => {
  if (name === undefined) return {};
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 120) throw new UsageError('--name must have 1 to 120 characters');
  return { displayName: trimmed };
};

function parseCreateAdmin(args: string[]): AdminCommand {
  const { values, positionals } = parseArgs({ args, options: { name: { type: 'string' } }, strict: true, allowPositionals: true });
  return { kind: 'create-admin', login: loginOf(positionals, 'create-admin'), role: 'administrator', districts: [], departments: [], ...nameOf(values.name) };
}

function parseCreateUser(args: string[]): AdminCommand {
  const options = { role: { type: 'string' }, district: { type: 'string', multiple: true }, department: { type: 'string', multiple: true }, name: { type: 'string' } } as const;
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
  const login = loginOf(positionals, 'create-user');
  const role = UserRoleSchema.safeParse(values.role);
  if (!role.success) throw new UsageError(`--role must be one of ${UserRoleSchema.options.join(', ')}`);
  const scope = { role: role.data, districts: split(values.district), departments: split(values.department) };
  const issues = scopeIssues(scope);
  if (issues.length > 0) throw new UsageError(issues.map((i) => `--${i.field === 'districts' ? 'district' : 'department'}: ${i.message}`).join('\n'));
  return { kind: 'create-user', login, ...scope, ...nameOf(values.name) };
}

function parseCommand(argv: readonly string[]): AdminCommand {
  const [command, ...rest] = argv;
  switch (command) {
    case 'create-admin':
      return parseCreateAdmin(rest);
    case 'create-user':
      return parseCreateUser(rest);
    case 'list-users': {
      const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean' } }, strict: true, allowPositionals: false });
      return { kind: 'list-users', json: values.json === true };
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { kind: 'help' };
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** The command line as a command; throws `UsageError` with a message fit to show. */
export function parseAdminArgs(argv: readonly string[]): AdminCommand {
  return parseCommandLine(() => parseCommand(argv));
}

export interface AdminCliDeps {
  users: UserStore;
  audit: AuditSink;
  /** `cli:<os user>`. */
  actor: string;
  /** The password from the named environment variable, else from standard input. */
  readPassword(envName: string, login: string): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

const scopeText = (u: User): string => [...u.districts, ...u.departments].join(',') || '-';

async function create(c: NewUserCommand & { kind: 'create-admin' | 'create-user' }, deps: AdminCliDeps): Promise<number> {
  if (c.kind === 'create-admin' && (await deps.users.byLogin(c.login))) {
    deps.err(`admin: the login ${c.login} exists already; nothing was changed`);
    return 2;
  }
  const password = PasswordSchema.safeParse(await deps.readPassword(c.kind === 'create-admin' ? ADMIN_PASSWORD_ENV : USER_PASSWORD_ENV, c.login));
  if (!password.success) {
    deps.err(`admin: ${password.error.issues.map((i) => i.message).join('; ')}`);
    return 2;
  }
  const { kind: _, ...input } = c;
  const user = await deps.users.create({ ...input, passwordHash: await hashPassword(password.data) });
  await deps.audit.record({ action: 'user.created', actor: deps.actor, target: user.login, details: { role: user.role, districts: user.districts, departments: user.departments } });
  deps.out(`created ${user.role} ${user.login} (${user.id})`);
  return 0;
}

function list(users: readonly User[], json: boolean, out: (line: string) => void): void {
  if (json) {
    out(JSON.stringify(users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString(), updatedAt: u.updatedAt.toISOString() }))));
    return;
  }
  const rows = [['LOGIN', 'ROLE', 'SCOPE', 'STATUS', 'NAME'], ...users.map((u) => [u.login, u.role, scopeText(u), u.disabled ? 'disabled' : 'active', u.displayName])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) out(r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '));
}

/** Runs a parsed command; the exit code (0 done, 2 bad input). */
export async function runAdminCommand(command: AdminCommand, deps: AdminCliDeps): Promise<number> {
  try {
    switch (command.kind) {
      case 'help':
        deps.out(ADMIN_USAGE);
        return 0;
      case 'list-users':
        list(await deps.users.list(), command.json, deps.out);
        return 0;
      default:
        return await create(command, deps);
    }
  } catch (err) {
    if (err instanceof LoginTakenError || err instanceof UserScopeError) {
      deps.err(`admin: ${err.message}; nothing was changed`);
      return 2;
    }
    throw err;
  }
}
