/**
 * @module contracts/station
 * A monitoring station as the API serves it (`GET /api/v1/stations`).
 */
import { z } from 'zod';

export const StationSchema = z.object({
  code: z.string(),
  nameKo: z.string(),
  nameEn: z.string(),
  /** urban, roadside or background. */
  kind: z.string(),
  /** 5-digit gu code. */
  district: z.string(),
  lon: z.number(),
  lat: z.number(),
});
export type Station = z.infer<typeof StationSchema>;
