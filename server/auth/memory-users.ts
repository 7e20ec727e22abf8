/**
 * @module auth/memory-users
 * People in memory, with the real store's checks on logins and scopes: for tests.
 */
import { applyScopeChange, scopeIssues } from './scope.ts';
import { LoginTakenError, UserScopeError, type User, type UserStore, type UserWithHash } from './users.ts';

export function createMemoryUserStore(now: () => number = Date.now): UserStore {
  const byLogin = new Map<string, UserWithHash>();
  const checked = <T extends Parameters<typeof scopeIssues>[0]>(scope: T): T => {
    const issues = scopeIssues(scope);
    if (issues.length > 0) throw new UserScopeError(issues);
    return scope;
  };
  const strip = ({ passwordHash: _, ...u }: UserWithHash): User => u;
  return {
    async create(n) {
      if (byLogin.has(n.login)) throw new LoginTakenError(n.login);
      const scope = checked({ role: n.role, districts: [...(n.districts ?? [])], departments: [...(n.departments ?? [])] });
      const at = new Date(now());
      const user = { id: `u-${byLogin.size}`, login: n.login, displayName: n.displayName ?? n.login, ...scope, disabled: false, createdAt: at, updatedAt: at, passwordHash: n.passwordHash };
      byLogin.set(n.login, user);
      return strip(user);
    },
    byLogin: async (login) => byLogin.get(login) ?? null,
    byId: async (id) => [...byLogin.values()].map(strip).find((u) => u.id === id) ?? null,
    list: async () => [...byLogin.values()].map(strip),
    async update(login, change) {
      const before = byLogin.get(login);
      if (!before) return null;
      const scope = checked(applyScopeChange(before, change));
      const after = { ...before, ...scope, districts: [...scope.districts], departments: [...scope.departments], disabled: change.disabled ?? before.disabled, displayName: change.displayName ?? before.displayName };
      byLogin.set(login, after);
      return { before: strip(before), after: strip(after) };
    },
    setPasswordHash: async () => undefined,
  };
}
