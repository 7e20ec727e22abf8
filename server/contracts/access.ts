/**
 * @module contracts/access
 * Who is asking: a signed-in person with a role (scoped to a gu or to departments), a district
 * system with an API key (scoped to districts, resources and read or write), or an anonymous
 * visitor of the public portal. The policy layer decides from these alone.
 */
import { z } from 'zod';
import { WallRoleSchema } from './layout.ts';

/** The roles of people (the same names the wall layouts are stored under). */
export const RoleSchema = WallRoleSchema;
export type Role = z.infer<typeof RoleSchema>;

export const LoginSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{2,62}$/, '3–63 lowercase letters, digits, dots, dashes or underscores');
export const DistrictCodeListSchema = z.array(z.string().regex(/^11\d{3}$/)).max(25);
export const DepartmentListSchema = z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).max(50);

export const UserPrincipalSchema = z.object({
  kind: z.literal('user'),
  id: z.string(),
  login: LoginSchema,
  role: RoleSchema.exclude(['public']),
  /** The gu a district head is responsible for (exactly one for that role, none otherwise). */
  districts: DistrictCodeListSchema,
  /** An official's departments. */
  departments: DepartmentListSchema,
  sessionId: z.string(),
});

/** What a key may touch: resource families by name, e.g. `air`, `sources`, `layouts`. */
export const KeyScopeSchema = z.object({
  districts: DistrictCodeListSchema,
  resources: z.array(z.string().regex(/^[a-z0-9-]{1,40}$/)).min(1).max(30),
  access: z.enum(['read', 'write']),
});
export type KeyScope = z.infer<typeof KeyScopeSchema>;

export const KeyPrincipalSchema = z.object({
  kind: z.literal('key'),
  id: z.string(),
  name: z.string(),
  scope: KeyScopeSchema,
});

export const AnonymousPrincipalSchema = z.object({ kind: z.literal('anonymous') });

export const PrincipalSchema = z.discriminatedUnion('kind', [UserPrincipalSchema, KeyPrincipalSchema, AnonymousPrincipalSchema]);
export type Principal = z.infer<typeof PrincipalSchema>;
export type UserPrincipal = z.infer<typeof UserPrincipalSchema>;
export type KeyPrincipal = z.infer<typeof KeyPrincipalSchema>;

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** Everything the audit log records, by kind. */
export const AUDIT_ACTIONS = [
  'auth.signed-in',
  'auth.sign-in-failed',
  'auth.signed-out',
  'auth.signed-out-everywhere',
  'user.created',
  'user.role-changed',
  'user.disabled',
  'key.created',
  'key.revoked',
  'camera.viewed',
  'data.exported',
  'wall.command',
  'wall.paired',
  'wall.unpaired',
  'config.changed',
  'audit.exported',
  'call.placed',
  'call.answered',
  'call.ended',
  'call.refused',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;
