/**
 * @module indicators/values/model
 * How a synthetic (or not yet computed derived) indicator is generated: its city level over time as
 * a piecewise-linear path, a COVID-19 shock, seasonality, how gu, age bands and sexes differ, noise,
 * and how often and how much released values are revised. The models are data
 * (`db/reference/indicators/synthetic-models.json`), one per synthetic or derived indicator.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AgeBandSchema, IndicatorIdSchema } from '../../contracts/indicator.ts';
import { parsePeriod } from '../period.ts';

export const SYNTHETIC_MODELS_FILE = fileURLToPath(new URL('../../../db/reference/indicators/synthetic-models.json', import.meta.url));

export const SyntheticModelSchema = z.object({
  indicator: IndicatorIdSchema,
  /**
   * [year, city level] knots, years as decimals (2019.5 is mid-2019); linear in between and flat
   * outside. The level is the city's value, or for counts and amounts the city total per period.
   */
  path: z
    .array(z.tuple([z.number().min(1900).max(2100), z.number().finite()]))
    .min(2)
    .refine((ks) => ks.every((k, i) => i === 0 || k[0] > (ks[i - 1] as [number, number])[0]), 'knots must be in increasing years'),
  /** Relative change at the worst of COVID-19 (April 2020), fading out by mid-2022. */
  covid: z.number().min(-0.9).max(1).default(0),
  /** Relative amplitude of a yearly cosine, highest in `peak` month. */
  seasonal: z.object({ amplitude: z.number().min(0).max(0.9), peak: z.number().int().min(1).max(12) }).optional(),
  /** Relative standard deviation of each cell's noise. */
  noise: z.number().min(0).max(1),
  /** Relative standard deviation of the gu's levels around the city's (log-normal). */
  spread: z.number().min(0).max(2),
  /** Relative standard deviation of each gu's extra change from the first to the last year. */
  drift: z.number().min(0).max(1),
  /** Relative level per age band (missing bands: 1). */
  age: z.partialRecord(AgeBandSchema, z.number().positive()).optional(),
  /** Women's level relative to men's. */
  female: z.number().positive().default(1),
  /** Whose numbers weigh the cells: all residents, or women only (an indicator about women). */
  population: z.enum(['all', 'female']).default('all'),
  /** At each scheduled revision a period is revised with probability `share`, each cell by a relative N(0, sd). */
  revise: z.object({ share: z.number().min(0).max(1), sd: z.number().min(0).max(0.5) }).optional(),
  /** Clamp for values; shares default to [0, 100], counts and amounts to [0, ∞). */
  bounds: z.tuple([z.number(), z.number()]).optional(),
});
export type SyntheticModel = z.infer<typeof SyntheticModelSchema>;

export const SyntheticModelsFileSchema = z
  .object({ version: z.literal(1), models: z.array(SyntheticModelSchema) })
  .refine((f) => new Set(f.models.map((m) => m.indicator)).size === f.models.length, 'one model per indicator');

export const loadSyntheticModels = async (file: string = SYNTHETIC_MODELS_FILE): Promise<SyntheticModel[]> =>
  SyntheticModelsFileSchema.parse(JSON.parse(await readFile(file, 'utf8'))).models;

/** The middle of a period in decimal years: 2025-01 → 2025.0417, 2025-Q1 → 2025.125, 2025 → 2025.5. */
export const timeOf = (period: string): number => {
  const p = parsePeriod(period);
  if (p.month !== undefined) return p.year + (p.month - 0.5) / 12;
  if (p.quarter !== undefined) return p.year + (p.quarter - 0.5) / 4;
  return p.year + 0.5;
};

/** The path's level at a time. */
export const pathAt = (path: readonly (readonly [number, number])[], t: number): number => {
  const first = path[0] as readonly [number, number];
  const last = path[path.length - 1] as readonly [number, number];
  if (t <= first[0]) return first[1];
  if (t >= last[0]) return last[1];
  for (let i = 1; i < path.length; i++) {
    const [t1, v1] = path[i] as readonly [number, number];
    const [t0, v0] = path[i - 1] as readonly [number, number];
    if (t <= t1) return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
  }
  return last[1];
};

const COVID_START = 2020 + 1 / 12;
const COVID_PEAK = 2020 + 3.5 / 12;
const COVID_END = 2022.5;

/** The share of the COVID-19 shock at a time: 0 before February 2020, 1 in April 2020, 0 again from mid-2022. */
export const covidAt = (t: number): number => {
  if (t <= COVID_START || t >= COVID_END) return 0;
  if (t <= COVID_PEAK) return (t - COVID_START) / (COVID_PEAK - COVID_START);
  return (COVID_END - t) / (COVID_END - COVID_PEAK);
};

/** The seasonal factor of a period (1 for annual periods and models without seasonality). */
export const seasonalAt = (model: Pick<SyntheticModel, 'seasonal'>, period: string): number => {
  const s = model.seasonal;
  const p = parsePeriod(period);
  if (!s || (p.month === undefined && p.quarter === undefined)) return 1;
  const month = p.month ?? (p.quarter as number) * 3 - 1;
  return 1 + s.amplitude * Math.cos((2 * Math.PI * (month - s.peak)) / 12);
};

/** The model's city level in a period, before noise and the gu's differences. */
export const levelAt = (model: Pick<SyntheticModel, 'path' | 'covid' | 'seasonal'>, period: string): number => {
  const t = timeOf(period);
  return pathAt(model.path, t) * (1 + model.covid * covidAt(t)) * seasonalAt(model, period);
};
