/**
 * @module contracts/metrics
 * Measured quantities, their units and the payload that carries them.
 */
import { z } from 'zod';

export const AIR_METRICS = ['pm10', 'pm25', 'o3', 'no2', 'co', 'so2'] as const;
export const AirMetricSchema = z.enum(AIR_METRICS);
export type AirMetric = z.infer<typeof AirMetricSchema>;

export const METRIC_UNITS: Readonly<Record<AirMetric, string>> = {
  pm10: 'µg/m³',
  pm25: 'µg/m³',
  o3: 'ppm',
  no2: 'ppm',
  co: 'ppm',
  so2: 'ppm',
};

export const QUALITY_FLAGS = ['ok', 'missing', 'suspect'] as const;
export const QualityFlagSchema = z.enum(QUALITY_FLAGS);
export type QualityFlag = z.infer<typeof QualityFlagSchema>;

/** Payload of `air.observed`: one station's values at one time; null = the station reported nothing. */
export const AirObservationPayloadSchema = z.object({
  station: z.string().min(1),
  /** Averaging period of the values at the source. */
  period: z.enum(['1h', '24h']),
  /** Every metric is present; null when the station reported nothing for it. */
  values: z.record(AirMetricSchema, z.number().finite().nonnegative().nullable()),
  /** Only the metrics whose flag differs from the default (ok when a value is present, missing when null). */
  quality: z.partialRecord(AirMetricSchema, QualityFlagSchema).optional(),
});
export type AirObservationPayload = z.infer<typeof AirObservationPayloadSchema>;

export const EVENT_KINDS = { airObserved: 'air.observed' } as const;
