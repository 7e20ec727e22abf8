/**
 * @module contracts/air
 * Air-quality state as served by the API and live channels.
 */
import { z } from 'zod';
import { AirMetricSchema } from './metrics.ts';

export const CAI_GRADES = ['good', 'moderate', 'unhealthy', 'very-unhealthy'] as const;
export const CaiGradeSchema = z.enum(CAI_GRADES);
export type CaiGrade = z.infer<typeof CaiGradeSchema>;

/** The grades' names as Korea's air-quality services show them, in Korean and English. */
export const CAI_GRADE_NAMES: Readonly<Record<CaiGrade, { ko: string; en: string }>> = {
  good: { ko: '좋음', en: 'Good' },
  moderate: { ko: '보통', en: 'Moderate' },
  unhealthy: { ko: '나쁨', en: 'Unhealthy' },
  'very-unhealthy': { ko: '매우나쁨', en: 'Very unhealthy' },
};

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
