/**
 * @module layouts/memory
 * The layout port in memory, with the same revision rules as the PostgreSQL store (for tests and tools).
 */
import type { Layout, LayoutScope, StoredLayout } from '../contracts/index.ts';
import type { ExpectedRevision, LayoutPort, LayoutWrite } from './port.ts';

const key = (scope: LayoutScope, owner: string): string => `${scope}\u0000${owner}`;

/** Whether a write expecting `expected` may proceed over `current` (0 = nothing stored). */
export const revisionMatches = (expected: ExpectedRevision, current: number): boolean => expected === null || expected === current;

export function createMemoryLayoutStore(now: () => number = Date.now): LayoutPort {
  const rows = new Map<string, StoredLayout>();
  return {
    get: async (scope, owner) => structuredClone(rows.get(key(scope, owner)) ?? null),
    list: async () =>
      [...rows.values()]
        .sort((a, b) => a.scope.localeCompare(b.scope) || a.owner.localeCompare(b.owner))
        .map((r) => structuredClone(r)),
    async put(scope, owner, layout: Layout, expected): Promise<LayoutWrite<StoredLayout>> {
      const current = rows.get(key(scope, owner))?.revision ?? 0;
      if (!revisionMatches(expected, current)) return { ok: false, revision: current || null };
      const stored: StoredLayout = {
        scope,
        owner,
        layout: structuredClone(layout),
        revision: current + 1,
        builtIn: false,
        updatedAt: new Date(now()).toISOString(),
      };
      rows.set(key(scope, owner), stored);
      return { ok: true, value: structuredClone(stored) };
    },
    async remove(scope, owner, expected): Promise<LayoutWrite<boolean>> {
      const current = rows.get(key(scope, owner))?.revision ?? 0;
      if (!revisionMatches(expected, current)) return { ok: false, revision: current || null };
      return { ok: true, value: rows.delete(key(scope, owner)) };
    },
  };
}
