/**
 * @module wall/boot/params
 * The wall's URL: `/wall?role=district-head&district=11680&screen=city&lang=en&user=kim&hz=2&wall=lobby`. Pure.
 */
import { z } from 'zod';
import { LanguageSchema, WallIdSchema, WallRoleSchema } from '../../../server/contracts/index.ts';

export const WallParamsSchema = z.object({
  /** Without one: the signed-in person's own layout, or the public one. */
  role: WallRoleSchema.nullable().default(null),
  user: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/).nullable().default(null),
  district: z.string().regex(/^11\d{3}$/).nullable().default(null),
  screen: z.string().regex(/^[a-z0-9-]{1,40}$/).nullable().default(null),
  lang: LanguageSchema.nullable().default(null),
  /** How many times a second live data may redraw the wall (gestures always redraw at once). */
  hz: z.coerce.number().min(0.2).max(60).nullable().default(null),
  /** The wall this page is (its commands' feed); without one, the role's own (contracts defaultWallId). */
  wall: WallIdSchema.nullable().default(null),
});
export type WallParams = z.infer<typeof WallParamsSchema>;

export function parseWallParams(search: string): { ok: true; params: WallParams } | { ok: false; error: string } {
  const raw = Object.fromEntries(new URLSearchParams(search));
  const parsed = WallParamsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
