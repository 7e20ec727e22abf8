/**
 * @module access/decision
 * A policy decision and the small rules it is built from. Pure.
 */
import type { KeyScope, Principal, Role } from '../contracts/access.ts';

export type Decision = { allow: true } | { allow: false; status: 401 | 403; reason: string };

export const ALLOW: Decision = { allow: true };

/** Anonymous callers are told to authenticate (401); known ones that may not, are refused (403). */
export const deny = (p: Principal, reason: string): Decision => ({ allow: false, status: p.kind === 'anonymous' ? 401 : 403, reason });

/** Everyone who works for the city (every role but the public). */
export const STAFF: readonly Role[] = ['mayor', 'deputy-mayor', 'district-head', 'official', 'situation-room', 'auditor', 'administrator'];

export const isRole = (p: Principal, roles: readonly Role[]): boolean => p.kind === 'user' && roles.includes(p.role);

/** A key may use a resource family with the access it was given (write implies read). */
export function keyMay(scope: KeyScope, resource: string, access: 'read' | 'write'): boolean {
  if (!scope.resources.includes(resource)) return false;
  return access === 'read' || scope.access === 'write';
}

/** A key scoped to districts may ask only about those; an empty list means all 25. */
export const keyDistrictOk = (scope: KeyScope, district: string | undefined): boolean =>
  district === undefined || scope.districts.length === 0 || scope.districts.includes(district);
