/**
 * @module auth/scope
 * Which roles a person can hold and what each role is scoped to: a district head to exactly one gu,
 * an official to one or more departments, everyone else to neither. Pure; the user store and the
 * routes refuse any combination this reports a problem with.
 */
import { z } from 'zod';
import { DepartmentListSchema, DistrictCodeListSchema, RoleSchema } from '../contracts/access.ts';
import { isSeoulGu } from './districts.ts';

/** Roles a signed-in person can have (`public` is the anonymous visitor). */
export const UserRoleSchema = RoleSchema.exclude(['public']);
export type UserRole = z.infer<typeof UserRoleSchema>;

export interface UserScope {
  role: UserRole;
  districts: readonly string[];
  departments: readonly string[];
}

export interface ScopeIssue {
  field: 'role' | 'districts' | 'departments';
  message: string;
}

const unique = (xs: readonly string[]): boolean => new Set(xs).size === xs.length;

const districtIssues = ({ role, districts }: UserScope): ScopeIssue[] => {
  if (!DistrictCodeListSchema.safeParse(districts).success) return [{ field: 'districts', message: 'gu codes are 5 digits starting with 11, such as 11680' }];
  if (role !== 'district-head') {
    return districts.length === 0 ? [] : [{ field: 'districts', message: `only a district head is scoped to a gu; a ${role} has none` }];
  }
  if (districts.length !== 1) return [{ field: 'districts', message: 'a district head is responsible for exactly one gu' }];
  const [code] = districts as [string];
  return isSeoulGu(code) ? [] : [{ field: 'districts', message: `${code} is not one of Seoul's 25 gu codes` }];
};

const departmentIssues = ({ role, departments }: UserScope): ScopeIssue[] => {
  if (!DepartmentListSchema.safeParse(departments).success) {
    return [{ field: 'departments', message: 'departments are up to 50 ids of lowercase letters, digits and dashes' }];
  }
  if (!unique(departments)) return [{ field: 'departments', message: 'a department is named twice' }];
  if (role !== 'official') {
    return departments.length === 0 ? [] : [{ field: 'departments', message: `only an official is scoped to departments; a ${role} has none` }];
  }
  return departments.length > 0 ? [] : [{ field: 'departments', message: 'an official needs at least one department' }];
};

/** What is wrong with a role and its scope (empty when nothing is). */
export function scopeIssues(scope: UserScope): ScopeIssue[] {
  if (!UserRoleSchema.safeParse(scope.role).success) {
    return [{ field: 'role', message: `not a role a person can hold; one of ${UserRoleSchema.options.join(', ')}` }];
  }
  return [...districtIssues(scope), ...departmentIssues(scope)];
}

export interface ScopeChange {
  role?: UserRole | undefined;
  districts?: readonly string[] | undefined;
  departments?: readonly string[] | undefined;
}

/**
 * The scope after a change. A new role without a new gu or department list starts with none, so a
 * district head made mayor loses the gu, and a mayor made district head must be given one.
 */
export function applyScopeChange(current: UserScope, change: ScopeChange): UserScope {
  const role = change.role ?? current.role;
  const roleChanged = role !== current.role;
  return {
    role,
    districts: change.districts ?? (roleChanged ? [] : current.districts),
    departments: change.departments ?? (roleChanged ? [] : current.departments),
  };
}
