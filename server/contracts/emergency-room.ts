/**
 * @module contracts/emergency-room
 * Emergency-room bed availability per hospital (event `er.reported`, channel `er/city/all`).
 */
import { z } from 'zod';
import { DistrictCodeSchema } from './envelope.ts';
import { LocalizedSchema } from './layout.ts';

export const ER_EVENT_KIND = 'er.reported' as const;

/** Payload of `er.reported`: one hospital's emergency room at one time. */
export const EmergencyRoomSchema = z.object({
  hospital: z.string().regex(/^[a-z0-9-]{2,60}$/),
  name: LocalizedSchema,
  district: DistrictCodeSchema,
  lon: z.number(),
  lat: z.number(),
  /** regional (권역응급의료센터), local center (지역응급의료센터) or local institution (지역응급의료기관). */
  level: z.enum(['regional-center', 'local-center', 'local-institution']),
  beds: z.object({ total: z.number().int().nonnegative(), available: z.number().int() }),
  synthetic: z.boolean(),
});
export type EmergencyRoom = z.infer<typeof EmergencyRoomSchema>;

/** One hospital's latest report, with its time. */
export const EmergencyRoomStateSchema = EmergencyRoomSchema.extend({ asOf: z.iso.datetime() });
export type EmergencyRoomState = z.infer<typeof EmergencyRoomStateSchema>;

/** `er/city/all`: every hospital's latest report, by hospital id. */
export const EmergencyRoomBoardSchema = z.array(EmergencyRoomStateSchema);
export type EmergencyRoomBoard = z.infer<typeof EmergencyRoomBoardSchema>;
