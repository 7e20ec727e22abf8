/**
 * @module calls/directory
 * Whom a call reaches, pure: a person by login; an official role — the district head of a gu, the
 * deputy mayors, the situation room, or the officials of a department; or the unit responsible for an
 * incident ("call the responsible station"). Disabled accounts and the caller are never rung.
 *
 * Departments (an official's `departments`, server/auth/scope.ts) that calls are routed by:
 *   fire                      Seoul Fire & Disaster Headquarters (서울소방재난본부): `fire-commander`
 *   police                    Seoul Metropolitan Police Agency (서울경찰청): `police-chief`
 *   health                    Citizens' Health Bureau (시민건강국): `health-director`
 *   fire-station-<gu code>    a fire station, as incidents name it (`fire-station:11680` → `fire-station-11680`)
 *   police-station-<slug>     a police station (`police-station:gangnam` → `police-station-gangnam`)
 *   any other id              `department-head` with `department` naming it (e.g. `air-policy`)
 * An incident reaches the officials of its responsible station; where no one holds that station, the
 * officials of its agency's headquarters (fire or police).
 */
import type { Agency, CallTarget, Incident, OfficialRole, Responder, Role } from '../contracts/index.ts';

/** What the directory needs of a person (auth/users.ts User). */
export interface DirectoryUser {
  login: string;
  displayName: string;
  role: Exclude<Role, 'public'>;
  districts: readonly string[];
  departments: readonly string[];
  disabled: boolean;
}

/** The departments of the city-wide officials calls are routed to. */
export const CALL_DEPARTMENTS = { fire: 'fire', police: 'police', health: 'health' } as const;

export const AGENCY_DEPARTMENT: Readonly<Record<Agency, string>> = { fire: CALL_DEPARTMENTS.fire, police: CALL_DEPARTMENTS.police };

/** The department id of a responding unit: `fire-station:11680` → `fire-station-11680`. */
export const stationDepartment = (responder: string): string => responder.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

/** At most this many people ring for one call. */
export const MAX_CALLEES = 20;

export type Resolution =
  | { ok: true; callees: DirectoryUser[]; station: Responder | null; district: string | null }
  | { ok: false; status: 400 | 404; message: string };

export interface DirectoryContext {
  users: readonly DirectoryUser[];
  /** The incident of an incident target (looked up by the caller of this function), or null. */
  incident: Incident | null;
  /** Who calls: never rung. */
  caller: string;
}

const byLogin = (a: DirectoryUser, b: DirectoryUser): number => a.login.localeCompare(b.login);

const found = (ctx: DirectoryContext, pick: (u: DirectoryUser) => boolean, nobody: string, extra: { station?: Responder; district?: string | null } = {}): Resolution => {
  const callees = ctx.users.filter((u) => !u.disabled && u.login !== ctx.caller && pick(u)).sort(byLogin).slice(0, MAX_CALLEES);
  if (callees.length === 0) return { ok: false, status: 404, message: nobody };
  return { ok: true, callees, station: extra.station ?? null, district: extra.district ?? null };
};

const ofDepartment = (department: string) => (u: DirectoryUser): boolean => u.role === 'official' && u.departments.includes(department);

const ROLE_DEPARTMENT: Partial<Record<OfficialRole, { department: string; name: string }>> = {
  'fire-commander': { department: CALL_DEPARTMENTS.fire, name: 'the fire headquarters' },
  'police-chief': { department: CALL_DEPARTMENTS.police, name: 'the police agency' },
  'health-director': { department: CALL_DEPARTMENTS.health, name: 'the health bureau' },
};

function byRole(target: { role: OfficialRole; district?: string | undefined; department?: string | undefined }, ctx: DirectoryContext): Resolution {
  const district = target.district ?? ctx.incident?.district ?? null;
  switch (target.role) {
    case 'district-head':
      if (district === null) return { ok: false, status: 400, message: 'to call a district head, name the gu (district) or an incident' };
      return found(ctx, (u) => u.role === 'district-head' && u.districts.includes(district), `no district head of gu ${district} can be reached`, { district });
    case 'deputy-mayor':
    case 'situation-room':
      return found(ctx, (u) => u.role === target.role, `no ${target.role} account can be reached`, { district });
    case 'department-head':
      if (target.department === undefined) return { ok: false, status: 400, message: 'to call a department head, name the department' };
      return found(ctx, ofDepartment(target.department), `no official of department ${target.department} can be reached`, { district });
    default: {
      const d = ROLE_DEPARTMENT[target.role];
      if (!d) return { ok: false, status: 400, message: `${target.role} cannot be called` };
      return found(ctx, ofDepartment(d.department), `no official of ${d.name} (department ${d.department}) can be reached`, { district });
    }
  }
}

/** The responsible station's officials, else its agency's headquarters. */
function byIncident(incident: Incident, ctx: DirectoryContext): Resolution {
  const station = incident.responder;
  const extra = { station, district: incident.district };
  const atStation = found(ctx, ofDepartment(stationDepartment(station.id)), '', extra);
  if (atStation.ok) return atStation;
  const hq = AGENCY_DEPARTMENT[incident.agency];
  return found(ctx, ofDepartment(hq), `nobody can be reached for ${station.name.en} (department ${stationDepartment(station.id)}) or its headquarters (department ${hq})`, extra);
}

export function resolveCallees(target: CallTarget, ctx: DirectoryContext): Resolution {
  if ('login' in target) {
    if (target.login === ctx.caller) return { ok: false, status: 400, message: 'you cannot call yourself' };
    return found(ctx, (u) => u.login === target.login, `no one with the login ${target.login} can be reached`);
  }
  if ('incident' in target) {
    if (ctx.incident === null || ctx.incident.id !== target.incident) return { ok: false, status: 404, message: `no incident ${target.incident}` };
    return byIncident(ctx.incident, ctx);
  }
  return byRole(target, ctx);
}
