/**
 * @module cameras/viewers
 * Who may view a camera's video, and whose registry entries a caller sees. Pure.
 *
 * - A person views a camera when their role is among the camera's `viewers`; a district head only
 *   cameras in their own gu. API keys and anonymous visitors never view video.
 * - The registry (positions, names, agencies): a person sees the cameras they may view;
 *   administrators and auditors see every entry (to run the registry and to read the audit log)
 *   but view no video unless a camera lists their role. Keys and anonymous visitors see none.
 *
 * server/store/cameras.ts applies the same rule in SQL (`visibleTo` ↔ `viewerWhere`); the store's
 * tests check the two agree.
 */
import type { Principal } from '../contracts/access.ts';
import type { Camera } from '../contracts/camera.ts';

export type ViewerRole = Camera['viewers'][number];

/** What a camera query filters by: the role, and the gu of a district head. */
export interface CameraViewer {
  role: ViewerRole;
  /** Used only when `role` is `district-head`. */
  districts: readonly string[];
}

/** The parts of a camera the rule reads. */
export type ViewedCamera = Pick<Camera, 'viewers' | 'district'>;

/** The viewer a principal views as; null for API keys and anonymous visitors. */
export const viewerOf = (p: Principal): CameraViewer | null => (p.kind === 'user' ? { role: p.role, districts: p.districts } : null);

/** The rule itself: the role is listed, and a district head stays in their own gu. */
export const visibleTo = (v: CameraViewer, c: ViewedCamera): boolean =>
  c.viewers.includes(v.role) && (v.role !== 'district-head' || v.districts.includes(c.district));

/** May this principal view this camera's video? */
export const mayView = (p: Principal, c: ViewedCamera): boolean => {
  const v = viewerOf(p);
  return v !== null && visibleTo(v, c);
};

/** Roles that see every registry entry (never the video, unless a camera lists them). */
export const REGISTRY_ROLES: readonly ViewerRole[] = ['administrator', 'auditor'];

/**
 * Whose registry entries a principal sees: `all`, the cameras a viewer may view, or `none`.
 */
export type RegistryScope = { kind: 'all' } | { kind: 'viewer'; viewer: CameraViewer } | { kind: 'none' };

export const registryScopeOf = (p: Principal): RegistryScope => {
  const v = viewerOf(p);
  if (v === null) return { kind: 'none' };
  return REGISTRY_ROLES.includes(v.role) ? { kind: 'all' } : { kind: 'viewer', viewer: v };
};

/** Does the scope include this camera? */
export const inScope = (s: RegistryScope, c: ViewedCamera): boolean => (s.kind === 'all' ? true : s.kind === 'viewer' && visibleTo(s.viewer, c));
