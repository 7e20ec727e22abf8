/**
 * @module layouts/defaults
 * The built-in layouts, one per role that has its own; the other roles fall back to the mayor's.
 * Validated with LayoutSchema when this module loads, so a broken default fails at start, not on a wall.
 */
import { LayoutSchema, WALL_ROLES, type Layout, type WallRole } from '../contracts/index.ts';
import { districtHead, mayor } from './defaults/mayor.ts';
import { publicDisplay } from './defaults/public.ts';
import { situationRoom } from './defaults/situation-room.ts';

const SOURCES: Partial<Record<WallRole, Layout>> = {
  mayor,
  'district-head': districtHead,
  'situation-room': situationRoom,
  public: publicDisplay,
};

export class BuiltInLayoutError extends Error {
  override name = 'BuiltInLayoutError';
}

const validated = (role: string, layout: Layout): Layout => {
  const r = LayoutSchema.safeParse(layout);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new BuiltInLayoutError(`built-in layout of ${role} is invalid: ${issues}`);
};

const BUILT_INS: ReadonlyMap<WallRole, Layout> = new Map(
  WALL_ROLES.flatMap((role) => {
    const layout = SOURCES[role];
    return layout ? [[role, validated(role, layout)] as const] : [];
  }),
);

const MAYOR = BUILT_INS.get('mayor') as Layout;

/** The roles that have a built-in layout of their own. */
export const builtInRoles = (): WallRole[] => [...BUILT_INS.keys()];

/** The built-in layout of a role: its own, or the mayor's (a fresh copy each time). */
export const builtInLayout = (role: WallRole): Layout => structuredClone(BUILT_INS.get(role) ?? MAYOR);
