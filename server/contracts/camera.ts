/**
 * @module contracts/camera
 * Surveillance cameras: the registry (where, whose, who may view), their signal status, and the
 * signed, expiring play addresses the API hands out. A camera's source address never leaves the server.
 */
import { z } from 'zod';
import { DistrictCodeSchema } from './envelope.ts';
import { LocalizedSchema, WallRoleSchema } from './layout.ts';

export const CAMERA_AGENCIES = ['district', 'police', 'fire', 'transport'] as const;
export const CameraAgencySchema = z.enum(CAMERA_AGENCIES);
export type CameraAgency = z.infer<typeof CameraAgencySchema>;

export const CAMERA_PURPOSES = ['crime-prevention', 'traffic', 'fire-watch', 'facility', 'disaster'] as const;
export const CameraPurposeSchema = z.enum(CAMERA_PURPOSES);
export type CameraPurpose = z.infer<typeof CameraPurposeSchema>;

/** `cam-11680-00042`: the gu, then a number within it. */
export const CameraIdSchema = z.string().regex(/^cam-11\d{3}-\d{5}$/, 'cam-<gu code>-<5 digits>');

/**
 * Who may view a camera's video: the roles listed; a district head only for cameras in their own gu.
 * Nobody views through an API key or anonymously.
 */
export const CameraViewersSchema = z.array(WallRoleSchema.exclude(['public'])).min(1);

export const CameraSchema = z.object({
  id: CameraIdSchema,
  name: LocalizedSchema,
  district: DistrictCodeSchema,
  lon: z.number(),
  lat: z.number(),
  agency: CameraAgencySchema,
  purpose: CameraPurposeSchema,
  viewers: CameraViewersSchema,
  /** True when the position is generated (no public list of camera positions exists). */
  synthetic: z.boolean(),
  /** Whether a relayed stream exists for it on this platform. */
  streaming: z.boolean(),
});
export type Camera = z.infer<typeof CameraSchema>;

export const NearbyCameraSchema = CameraSchema.extend({ distanceM: z.number().nonnegative() });
export type NearbyCamera = z.infer<typeof NearbyCameraSchema>;

export const SIGNAL_STATES = ['starting', 'live', 'no-signal', 'failed'] as const;
export const SignalStateSchema = z.enum(SIGNAL_STATES);
export type SignalState = z.infer<typeof SignalStateSchema>;

/** The relay's view of one camera's stream. */
export const CameraSignalSchema = z.object({
  camera: CameraIdSchema,
  state: SignalStateSchema,
  /** remux (H.264 passed through) or transcode (to a 360p H.264 sub-stream). */
  mode: z.enum(['remux', 'transcode']).nullable(),
  codec: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  since: z.iso.datetime(),
  restarts: z.number().int().nonnegative(),
  error: z.string().nullable(),
});
export type CameraSignal = z.infer<typeof CameraSignalSchema>;

export const CameraSignalsSchema = z.object({ signals: z.array(CameraSignalSchema), asOf: z.iso.datetime() });
export type CameraSignals = z.infer<typeof CameraSignalsSchema>;

/** `POST /api/v1/cameras/{id}/play` body: why the camera is being opened. */
export const PlayRequestSchema = z.object({
  incident: z.string().max(120).optional(),
  reason: z.string().max(200).optional(),
});
export type PlayRequest = z.infer<typeof PlayRequestSchema>;

export const PlayGrantSchema = z.object({
  camera: CameraIdSchema,
  /** A WebSocket FLV address, signed; valid until `expiresAt`. */
  url: z.string(),
  expiresAt: z.iso.datetime(),
});
export type PlayGrant = z.infer<typeof PlayGrantSchema>;
