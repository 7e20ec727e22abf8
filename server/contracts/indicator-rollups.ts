/**
 * @module contracts/indicator-rollups
 * Monthly and annual figures of many indicators at once (`GET /api/v1/indicators/rollups`), over the
 * latest revision of each period: the question (grain, line, indicators, years) and the answer (one
 * row per indicator, bucket and cell of the line, with the indicators left out and why).
 */
import { z } from 'zod';
import { AgeSchema, AreaCodeSchema, DimensionSchema, GenderSchema, IndicatorIdSchema } from './indicator.ts';

export const ROLLUP_GRAINS = ['month', 'year'] as const;
export const RollupGrainSchema = z.enum(ROLLUP_GRAINS, { error: 'month or year' });
export type RollupGrain = z.infer<typeof RollupGrainSchema>;

/** Years per request when `from`/`to` are absent, and at most. */
export const DEFAULT_ROLLUP_YEARS = 10;
export const MAX_ROLLUP_YEARS = 30;
export const MIN_ROLLUP_YEAR = 1900;
export const MAX_ROLLUP_YEAR = 2100;

/** A year in a query string. */
export const RollupYearSchema = z.coerce.number({ error: 'a year such as 2024' })
  .int('a whole year such as 2024')
  .min(MIN_ROLLUP_YEAR, `a year from ${MIN_ROLLUP_YEAR}`)
  .max(MAX_ROLLUP_YEAR, `a year up to ${MAX_ROLLUP_YEAR}`);

/** More than the catalogue holds; the length of one id times that bounds the string. */
const MAX_IDS = 100;

/**
 * Comma-separated indicator ids, blanks around them dropped, each once. Only their form is checked
 * here; whether the catalogue has them is the route's question (it names every unknown one).
 */
export const IndicatorIdListSchema = z.string().max(MAX_IDS * 61)
  .transform((s) => [...new Set(s.split(',').map((id) => id.trim()).filter((id) => id !== ''))])
  .pipe(z.array(z.string().max(60)).min(1, 'at least one indicator id (leave `indicator` out for all)').max(MAX_IDS, `at most ${MAX_IDS} indicator ids`));

export const IndicatorRollupsQuerySchema = z.object({
  grain: RollupGrainSchema,
  /** The dimension that varies (the others at their totals); the headline total when absent. */
  by: DimensionSchema.optional(),
  /** Absent: every indicator of the catalogue. */
  indicator: IndicatorIdListSchema.optional(),
  /** First and last year (both included); default the last DEFAULT_ROLLUP_YEARS whole years (up to last year, in Seoul). */
  from: RollupYearSchema.optional(),
  to: RollupYearSchema.optional(),
});
export type IndicatorRollupsQuery = z.infer<typeof IndicatorRollupsQuerySchema>;

/** `2024` for a year, `2024-03` for a month. */
export const RollupBucketSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'a year YYYY or a month YYYY-MM');

/**
 * One bucket of one indicator in one cell of the line: over the periods that start in it, their count,
 * sum, least, greatest and mean, and `value` by how the indicator adds up over time (`overTime`:
 * flows the sum; stocks, levels and rates the mean).
 */
export const IndicatorRollupRowSchema = z.object({
  indicator: IndicatorIdSchema,
  bucket: RollupBucketSchema,
  district: AreaCodeSchema,
  age: AgeSchema,
  gender: GenderSchema,
  n: z.number().int().positive(),
  sum: z.number(),
  min: z.number(),
  max: z.number(),
  mean: z.number(),
  value: z.number(),
});
export type IndicatorRollupRow = z.infer<typeof IndicatorRollupRowSchema>;

/** An indicator asked for whose rows are not in the answer, and why. */
export const WithheldIndicatorSchema = z.object({ indicator: IndicatorIdSchema, reason: z.string().min(1) });
export type WithheldIndicator = z.infer<typeof WithheldIndicatorSchema>;

export const IndicatorRollupsSchema = z.object({
  grain: RollupGrainSchema,
  /** Null: the headline total (the whole city, all ages, both sexes). */
  by: DimensionSchema.nullable(),
  from: z.number().int(),
  to: z.number().int(),
  rows: z.array(IndicatorRollupRowSchema),
  withheld: z.array(WithheldIndicatorSchema),
});
export type IndicatorRollups = z.infer<typeof IndicatorRollupsSchema>;
