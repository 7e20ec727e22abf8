/**
 * @module contracts/air
 * Air-quality state as served by the API and live channels.
 */
import { z } from 'zod';
import { AirMetricSchema } from './metrics.ts';

export const CAI_GRADES = ['good', 'moderate', 'unhealthy', 'very-unhealthy'] as const;
export const CaiGradeSchema = z.enum(CAI_GRADES);
export type CaiGrade = z.infer<typeof CaiGradeSchema>;

export const DistrictAirSchema = z.object({
  district: z.string(),
  cai: z.number().int().nullable(),
  grade: CaiGradeSchema.nullable(),
  /** The pollutant that set the index. */
  dominant: AirMetricSchema.nullable(),
  values: z.record(AirMetricSchema, z.number().nullable()),
  subIndices: z.record(AirMetricSchema, z.number().int().nullable()),
  stations: z.array(z.string()),
  asOf: z.string().nullable(),
  source: z.string(),
});
export type DistrictAir = z.infer<typeof DistrictAirSchema>;
