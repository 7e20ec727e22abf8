/**
 * @module walls/rules
 * Who may drive which wall, and which walls a person is offered as targets. Pure.
 * - Those who run the city's walls (mayor, deputy mayors, the situation room, administrators) may
 *   drive any wall, a district head's included ("send this view to the district head's wall").
 * - Everyone else drives their own wall (a district head's `gu-<code>`, a role's wall) and the walls
 *   their tablets are paired with.
 * Each command still needs its own permission (commands/registry `mayIssue`), and "send to wall"
 * needs the right to drive the wall it sends to.
 */
import type { Principal, Role, UserPrincipal } from '../contracts/access.ts';
import type { Command } from '../contracts/command.ts';
import { defaultWallId, wallDistrict, type WallTarget } from '../contracts/wall-remote.ts';
import { mayIssue } from '../commands/registry.ts';

export const WALL_AUTHORITIES: readonly Role[] = ['mayor', 'deputy-mayor', 'situation-room', 'administrator'];

export type WallAccess = { ok: true; via: WallTarget['via'] } | { ok: false; status: 401 | 403; reason: string };

export const ownWallOf = (p: UserPrincipal): string | null => defaultWallId(p.role, p.districts[0] ?? null);

export function wallAccess(p: Principal, wall: string, pairedWalls: readonly string[]): WallAccess {
  if (p.kind === 'anonymous') return { ok: false, status: 401, reason: 'sign in to drive a wall' };
  if (p.kind === 'key') return { ok: false, status: 403, reason: 'walls are driven by people, not API keys' };
  if (ownWallOf(p) === wall) return { ok: true, via: 'own' };
  if (pairedWalls.includes(wall)) return { ok: true, via: 'paired' };
  if (WALL_AUTHORITIES.includes(p.role)) return { ok: true, via: 'authority' };
  return { ok: false, status: 403, reason: `wall ${wall} is not yours and none of your devices is paired with it` };
}

/** The first command this person may not issue, with why; null when all are allowed. */
export function refusedCommand(p: UserPrincipal, commands: readonly Command[]): { index: number; reason: string } | null {
  for (const [index, c] of commands.entries()) {
    if (!mayIssue(p.role, c.type)) return { index, reason: `a ${p.role} may not issue ${c.type}` };
  }
  return null;
}

/** The walls a `send-to-wall` among the commands sends to (each must be drivable too). */
export const sentToWalls = (commands: readonly Command[]): string[] =>
  commands.flatMap((c) => (c.type === 'send-to-wall' && c.wall !== undefined ? [c.wall] : []));

export interface DistrictName {
  code: string;
  nameKo: string;
  nameEn: string;
}

const ROLE_WALL_LABELS: Partial<Record<string, { ko: string; en: string }>> = {
  mayor: { ko: '시장실', en: "Mayor's office" },
  'deputy-mayor': { ko: '부시장실', en: "Deputy mayor's office" },
  'situation-room': { ko: '재난안전상황실', en: 'Situation room' },
  official: { ko: '실무 상황판', en: "Officials' wall" },
  auditor: { ko: '감사 상황판', en: "Auditors' wall" },
  administrator: { ko: '운영 상황판', en: 'Operations wall' },
};

export function wallLabel(wall: string, districts: readonly DistrictName[]): { ko: string; en: string } {
  const gu = wallDistrict(wall);
  if (gu) {
    const d = districts.find((x) => x.code === gu);
    return d ? { ko: `${d.nameKo}청장실`, en: `${d.nameEn} district head` } : { ko: wall, en: wall };
  }
  return ROLE_WALL_LABELS[wall] ?? { ko: wall, en: wall };
}

/** Own wall, paired walls, and for the city's authorities the main walls and every district head's. */
export function wallTargets(p: UserPrincipal, paired: readonly string[], districts: readonly DistrictName[]): WallTarget[] {
  const out = new Map<string, WallTarget['via']>();
  const own = ownWallOf(p);
  if (own) out.set(own, 'own');
  for (const w of paired) if (!out.has(w)) out.set(w, 'paired');
  if (WALL_AUTHORITIES.includes(p.role)) {
    const main = ['mayor', 'situation-room', ...districts.map((d) => `gu-${d.code}`)];
    for (const w of main) if (!out.has(w)) out.set(w, 'authority');
  }
  return [...out].map(([wall, via]) => ({ wall, via, label: wallLabel(wall, districts) }));
}
