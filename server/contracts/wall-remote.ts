/**
 * @module contracts/wall-remote
 * Driving a wall from elsewhere: the commands issued to a wall (from its own command box, a paired
 * tablet, another wall's "send to wall"), the pairing of a tablet by a short code, and the feed a
 * wall listens to on `/live` (`walls/wall/<wall>`).
 */
import { z } from 'zod';
import { WallRoleSchema } from './layout.ts';
import { CommandSchema, CommandSourceSchema, DongCodeSchema, IssuedCommandSchema, ScreenIdSchema, WallIdSchema } from './command.ts';
import { DistrictCodeSchema } from './envelope.ts';
import { IncidentIdSchema } from './incident.ts';

/**
 * The wall a page drives when its address names none: a district head's is `gu-<code>`, the
 * others' their role's (`mayor`, `situation-room`, …). Installations name more with `?wall=`.
 * The public portal has no remote wall: its commands stay in the visitor's browser.
 */
export function defaultWallId(role: string, district: string | null): string | null {
  if (role === 'public') return null;
  if (role === 'district-head') return district ? `gu-${district}` : null;
  return role;
}

/** The district a `gu-<code>` wall belongs to, or null for any other wall. */
export function wallDistrict(wall: string): string | null {
  const m = /^gu-(11\d{3})$/.exec(wall);
  return m ? m[1]! : null;
}

/** POST /api/v1/commands/interpret: words to a command, without issuing it. */
export const InterpretRequestSchema = z.object({
  utterance: z.string().min(1).max(500),
  lang: z.enum(['ko', 'en']).optional(),
  /** What the wall has selected now: "this district", "the selected incident". */
  selection: z
    .object({
      district: DistrictCodeSchema.optional(),
      dong: DongCodeSchema.optional(),
      incident: IncidentIdSchema.optional(),
      screen: ScreenIdSchema.optional(),
    })
    .optional(),
});
export type InterpretRequest = z.infer<typeof InterpretRequestSchema>;

export const InterpretResponseSchema = z.union([
  z.object({ kind: z.literal('command'), command: CommandSchema, confidence: z.number().min(0).max(1), allowed: z.boolean() }),
  z.object({
    kind: z.literal('clarify'),
    question: z.object({ ko: z.string(), en: z.string() }),
    options: z.array(CommandSchema),
  }),
  z.object({ kind: z.literal('none'), reason: z.string() }),
]);
export type InterpretResponse = z.infer<typeof InterpretResponseSchema>;

/** POST /api/v1/walls/{wall}/commands: one or more commands (a sent view is several), applied in order. */
export const IssueCommandsRequestSchema = z.object({
  commands: z.array(CommandSchema).min(1).max(8),
  source: CommandSourceSchema,
  utterance: z.string().min(1).max(500).optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type IssueCommandsRequest = z.infer<typeof IssueCommandsRequestSchema>;

/** One command as a wall receives it: numbered in its wall's feed, with who issued it. */
export const WallFeedItemSchema = z.object({
  id: z.string().min(1).max(80),
  issued: IssuedCommandSchema,
  by: z.object({ login: z.string(), role: WallRoleSchema }),
});
export type WallFeedItem = z.infer<typeof WallFeedItemSchema>;

/** The value of `walls/wall/<wall>`: the latest commands, oldest first; a wall applies the ones it has not seen. */
export const WallFeedSchema = z.object({
  wall: WallIdSchema,
  items: z.array(WallFeedItemSchema).max(50),
});
export type WallFeed = z.infer<typeof WallFeedSchema>;
/** How many commands a wall's feed keeps (a wall that was away longer reloads its view instead). */
export const WALL_FEED_LENGTH = 20;

export const IssueCommandsResponseSchema = z.object({ wall: WallIdSchema, ids: z.array(z.string()) });

/** A pairing code as the wall shows it: six digits, for a few minutes. */
export const PairingCodeSchema = z.string().regex(/^\d{6}$/, 'six digits');
export const PairingOfferSchema = z.object({ wall: WallIdSchema, code: PairingCodeSchema, expiresAt: z.iso.datetime() });
export type PairingOffer = z.infer<typeof PairingOfferSchema>;

/** POST /api/v1/pairings: a signed-in tablet enters the code and may then drive that wall. */
export const PairRequestSchema = z.object({ code: PairingCodeSchema });
export const PairingSchema = z.object({ wall: WallIdSchema, login: z.string(), pairedAt: z.iso.datetime(), until: z.iso.datetime() });
export type Pairing = z.infer<typeof PairingSchema>;

/** GET /api/v1/walls: the walls this person may drive or send a view to. */
export const WallTargetSchema = z.object({
  wall: WallIdSchema,
  label: z.object({ ko: z.string(), en: z.string() }),
  /** Why this person may drive it. */
  via: z.enum(['own', 'paired', 'authority']),
});
export const WallTargetsSchema = z.object({ walls: z.array(WallTargetSchema) });
export type WallTarget = z.infer<typeof WallTargetSchema>;
