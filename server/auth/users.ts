/**
 * @module auth/users
 * People who sign in: create (login unique, role and scope checked), look up by login or id, list
 * (never with password hashes), change role or scope, disable. The last enabled administrator cannot
 * be demoted or disabled: the guard is part of the UPDATE statement.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { LoginSchema } from '../contracts/access.ts';
import { applyScopeChange, scopeIssues, UserRoleSchema, type ScopeChange, type ScopeIssue, type UserRole } from './scope.ts';

export interface User {
  id: string;
  login: string;
  displayName: string;
  role: UserRole;
  districts: string[];
  departments: string[];
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Only for checking a password at sign-in. */
export interface UserWithHash extends User {
  passwordHash: string;
}

export interface NewUser {
  login: string;
  displayName?: string | undefined;
  role: UserRole;
  districts?: readonly string[] | undefined;
  departments?: readonly string[] | undefined;
  /** From `hashPassword` (passwords.ts). */
  passwordHash: string;
}

export interface UserChange extends ScopeChange {
  disabled?: boolean | undefined;
  displayName?: string | undefined;
}

export interface UserStore {
  /** @throws LoginTakenError, UserScopeError */
  create(user: NewUser): Promise<User>;
  byLogin(login: string): Promise<UserWithHash | null>;
  byId(id: string): Promise<User | null>;
  list(): Promise<User[]>;
  /** null when there is no such user. @throws UserScopeError, LastAdministratorError */
  update(login: string, change: UserChange): Promise<{ before: User; after: User } | null>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
}

export class LoginTakenError extends Error {
  override name = 'LoginTakenError';
  constructor(readonly login: string) {
    super(`the login ${login} is taken`);
  }
}

export class UserScopeError extends Error {
  override name = 'UserScopeError';
  constructor(readonly issues: ScopeIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
  }
}

export class LastAdministratorError extends Error {
  override name = 'LastAdministratorError';
  constructor(readonly login: string) {
    super(`${login} is the last enabled administrator; make someone else administrator first`);
  }
}

export class StoredUserError extends Error {
  override name = 'StoredUserError';
}

type Row = typeof users.$inferSelect;

const withHash = (r: Row): UserWithHash => {
  const role = UserRoleSchema.safeParse(r.role);
  if (!role.success) throw new StoredUserError(`stored user ${r.login} has the unknown role ${r.role}`);
  return {
    id: r.id,
    login: r.login,
    displayName: r.displayName,
    role: role.data,
    districts: r.districts,
    departments: r.departments,
    disabled: r.disabled,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
    passwordHash: r.passwordHash,
  };
};

const toUser = (r: Row): User => {
  const { passwordHash: _, ...user } = withHash(r);
  return user;
};

const checkScope = (scope: Parameters<typeof scopeIssues>[0]): void => {
  const issues = scopeIssues(scope);
  if (issues.length > 0) throw new UserScopeError(issues);
};

/** Whether a change takes the last administrator rights away from an enabled administrator. */
const losesAdministrator = (before: User, role: UserRole, disabled: boolean): boolean =>
  before.role === 'administrator' && !before.disabled && (role !== 'administrator' || disabled);

const anotherAdministrator = (login: string) =>
  sql`exists (select 1 from ${users} other where other.role = 'administrator' and not other.disabled and other.login <> ${login})`;

export function createUserStore(db: Database, now: () => number = Date.now): UserStore {
  const byLogin = async (login: string): Promise<UserWithHash | null> => {
    const [r] = await db.orm.select().from(users).where(eq(users.login, login));
    return r ? withHash(r) : null;
  };

  const create = async (u: NewUser): Promise<User> => {
    const login = LoginSchema.parse(u.login);
    const scope = { role: u.role, districts: [...(u.districts ?? [])], departments: [...(u.departments ?? [])] };
    checkScope(scope);
    const at = new Date(now());
    const [r] = await db.orm
      .insert(users)
      .values({ id: randomUUID(), login, displayName: u.displayName ?? login, ...scope, passwordHash: u.passwordHash, createdAt: at, updatedAt: at })
      .onConflictDoNothing({ target: users.login })
      .returning();
    if (!r) throw new LoginTakenError(login);
    return toUser(r);
  };

  const update = async (login: string, change: UserChange): Promise<{ before: User; after: User } | null> => {
    const current = await byLogin(login);
    if (!current) return null;
    const { passwordHash: _, ...before } = current;
    const scope = applyScopeChange(before, change);
    checkScope(scope);
    const disabled = change.disabled ?? before.disabled;
    const set = { ...scope, districts: [...scope.districts], departments: [...scope.departments], disabled, displayName: change.displayName ?? before.displayName, updatedAt: new Date(now()) };
    const where = losesAdministrator(before, scope.role, disabled) ? sql`${eq(users.login, login)} and ${anotherAdministrator(login)}` : eq(users.login, login);
    const [r] = await db.orm.update(users).set(set).where(where).returning();
    if (r) return { before, after: toUser(r) };
    if (await byLogin(login)) throw new LastAdministratorError(login);
    return null;
  };

  return {
    create,
    byLogin,
    update,
    byId: async (id) => {
      const [r] = await db.orm.select().from(users).where(eq(users.id, id));
      return r ? toUser(r) : null;
    },
    list: async () => (await db.orm.select().from(users).orderBy(asc(users.login))).map(toUser),
    setPasswordHash: async (id, passwordHash) => {
      await db.orm.update(users).set({ passwordHash, updatedAt: new Date(now()) }).where(eq(users.id, id));
    },
  };
}
