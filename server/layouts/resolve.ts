/**
 * @module layouts/resolve
 * Which layout a wall shows: the user's if stored, else the role's stored one, else the role's
 * built-in (the mayor's for roles without one). A district head's wall is centred on its gu.
 */
import { WallRoleSchema, type LayoutScope, type StoredLayout, type WallRole } from '../contracts/index.ts';
import { builtInLayout } from './defaults.ts';

export const isWallRole = (owner: string): owner is WallRole => WallRoleSchema.safeParse(owner).success;

/** A role's built-in layout as served when the role has none stored. */
export const builtInStored = (role: WallRole): StoredLayout => ({
  scope: 'role',
  owner: role,
  layout: builtInLayout(role),
  revision: 0,
  builtIn: true,
  updatedAt: null,
});

/** The layout a (scope, owner) shows once nothing is stored for it: a role's built-in; a user has none. */
export const fallbackOf = (scope: LayoutScope, owner: string): StoredLayout | null =>
  scope === 'role' && isWallRole(owner) ? builtInStored(owner) : null;

export interface StoredForWall {
  user: StoredLayout | null;
  role: StoredLayout | null;
}

/** The effective layout of a wall; `district` (a gu code) centres a district head's wall on it. */
export function effectiveLayout(role: WallRole, stored: StoredForWall, district: string | null): StoredLayout {
  const chosen = stored.user ?? stored.role ?? builtInStored(role);
  if (role !== 'district-head' || district === null) return chosen;
  return { ...chosen, layout: { ...chosen.layout, focusDistrict: district } };
}
