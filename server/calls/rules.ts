/**
 * @module calls/rules
 * Who may call whom, in one pure function. Calls are for the people who respond to what happens in
 * the city; auditors and administrators keep the platform and neither place nor take calls.
 *   mayor, deputy mayor, situation room   anyone who takes calls, about anything in the city
 *   district head                         the mayor's office, officials and other district heads —
 *                                         about their own gu only: an incident or a gu the call names must be theirs
 *   official                              other officials, the situation room and district heads
 *                                         (the mayor and deputy mayors through the situation room)
 * Nobody calls themselves.
 */
import type { Role } from '../contracts/index.ts';

/** The roles that place and take calls. */
export const CALLING_ROLES: readonly Role[] = ['mayor', 'deputy-mayor', 'situation-room', 'district-head', 'official'];

const LEADERSHIP: readonly Role[] = ['mayor', 'deputy-mayor', 'situation-room'];

export interface Caller {
  login: string;
  role: Role;
  /** A district head's gu. */
  districts: readonly string[];
}

export interface Callee {
  login: string;
  role: Role;
}

/** What the call is about: the gu of its incident, the gu the target names. */
export interface CallAbout {
  district: string | null;
}

export type CallDecision = { allow: true } | { allow: false; reason: string };

const ALLOW: CallDecision = { allow: true };
/** `a mayor`, `an official`. */
const a = (role: Role): string => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;
const refuse = (reason: string): CallDecision => ({ allow: false, reason });

const WHOM: Readonly<Partial<Record<Role, readonly Role[]>>> = {
  mayor: CALLING_ROLES,
  'deputy-mayor': CALLING_ROLES,
  'situation-room': CALLING_ROLES,
  'district-head': [...LEADERSHIP, 'official', 'district-head'],
  official: ['official', 'situation-room', 'district-head'],
};

/** Whether a person of this role places calls at all. */
export const placesCalls = (role: Role): CallDecision => (CALLING_ROLES.includes(role) ? ALLOW : refuse(`${a(role)} does not place calls`));

export function mayCall(caller: Caller, callee: Callee, about: CallAbout): CallDecision {
  const places = placesCalls(caller.role);
  if (!places.allow) return places;
  if (!CALLING_ROLES.includes(callee.role)) return refuse(`${a(callee.role)} does not take calls`);
  if (caller.login === callee.login) return refuse('nobody calls themselves');
  if (!(WHOM[caller.role] ?? []).includes(callee.role)) return refuse(`${a(caller.role)} may not call ${a(callee.role)}`);
  if (caller.role === 'district-head' && about.district !== null && !caller.districts.includes(about.district)) {
    return refuse(`a district head calls about their own gu, not ${about.district}`);
  }
  return ALLOW;
}
