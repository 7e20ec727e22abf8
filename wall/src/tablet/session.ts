/**
 * @module wall/tablet/session
 * The wall a tablet drives, kept across reloads (the page's storage): which wall, its name, and
 * until when a pairing holds (an own wall has no end). What is read back is checked, and a pairing
 * past its end, or a wall the server no longer lists for this person, is forgotten. Pure.
 */
import { z } from 'zod';
import { WallIdSchema, type LocalizedText, type Pairing, type WallTarget } from '../../../server/contracts/index.ts';

export const SESSION_KEY = 'scpm.tablet.wall';

const DrivenSchema = z.object({
  wall: WallIdSchema,
  label: z.object({ ko: z.string(), en: z.string() }),
  /** ms since epoch; null for a wall driven by right (own), not by pairing. */
  until: z.number().nullable(),
});
export type Driven = z.infer<typeof DrivenSchema>;

/** A label for a wall the server did not name (before GET /api/v1/walls answered). */
const fallbackLabel = (wall: string): LocalizedText => ({ ko: wall, en: wall });

/** The driven wall after pairing: named as the server lists it, when it does. */
export function drivenFromPairing(p: Pairing, walls: readonly WallTarget[]): Driven {
  return { wall: p.wall, label: walls.find((w) => w.wall === p.wall)?.label ?? fallbackLabel(p.wall), until: Date.parse(p.until) };
}

export const drivenFromTarget = (w: WallTarget): Driven => ({ wall: w.wall, label: w.label, until: null });

/**
 * The stored wall, if it still holds at `now`. `walls` is the server's list for this person (null
 * when it could not be read: the stored wall is then kept until its end).
 */
export function restoreDriven(raw: string | null, now: number, walls: readonly WallTarget[] | null): Driven | null {
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = DrivenSchema.safeParse(json);
  if (!parsed.success) return null;
  const d = parsed.data;
  if (d.until !== null && d.until <= now) return null;
  if (walls === null) return d;
  const listed = walls.find((w) => w.wall === d.wall);
  return listed ? { ...d, label: listed.label } : null;
}
