/**
 * @module wall/api/admin
 * The REST calls of the administration screen, each checked with zod: the indicator catalogue, one
 * indicator's series (the city's), one period's drill-down, the plan's tasks with their computed
 * status, and the city's or a gu's score.
 */
import { z } from 'zod';
import {
  AreaCodeSchema, CalendarDateSchema, DimensionSchema, IndicatorSchema, LocalizedSchema, PlanAreaSchema, ScoreRollupSchema,
  SuppressionSchema, TaskAssessmentSchema, TaskSchema, VisionSchema, type Dimension, type Indicator,
} from '../../../server/contracts/index.ts';
import type { CityScore, IndicatorDrilldown, IndicatorSeries, PledgeBoard, ServedValue } from '../state/admin-state.ts';
import { getJson } from './rest.ts';

const ServedValueSchema: z.ZodType<ServedValue> = z.object({
  indicator: z.string(), period: z.string(), district: z.string(), age: z.string(), gender: z.string(),
  value: z.number().nullable(), released: z.string(), revision: z.number().int().nonnegative(), synthetic: z.boolean(),
  revisedFrom: z.number().nullable(), suppressed: SuppressionSchema.nullable(),
});
const Served = z.enum(['exact', 'public']);

const CatalogueSchema = z.object({ indicators: z.array(IndicatorSchema) }).transform((b) => b.indicators);
const SeriesSchema = z.object({ indicator: z.string(), asOf: CalendarDateSchema, values: Served, series: z.array(ServedValueSchema) });
const DrilldownSchema = z.object({ indicator: z.string(), period: z.string(), by: DimensionSchema, asOf: CalendarDateSchema, values: Served, cells: z.array(ServedValueSchema) });
const PledgesSchema = z.object({
  asOf: CalendarDateSchema, name: LocalizedSchema, years: z.tuple([z.number().int(), z.number().int()]),
  areas: z.array(PlanAreaSchema), visions: z.array(VisionSchema),
  tasks: z.array(z.object({ task: TaskSchema, assessment: TaskAssessmentSchema })),
});
const CityScoreSchema = z.object({ scope: AreaCodeSchema, grain: z.enum(['day', 'month', 'quarter']), rollups: z.array(ScoreRollupSchema) });

export const fetchIndicators = (base: string, signal?: AbortSignal): Promise<Indicator[]> =>
  getJson(`${base}/api/v1/indicators`, CatalogueSchema, signal);

export const fetchSeries = (base: string, id: string, signal?: AbortSignal): Promise<IndicatorSeries> =>
  getJson(`${base}/api/v1/indicators/${encodeURIComponent(id)}/series`, SeriesSchema, signal);

export function fetchDrilldown(base: string, id: string, period: string, by: Dimension, signal?: AbortSignal): Promise<IndicatorDrilldown> {
  const q = new URLSearchParams({ period, by });
  return getJson(`${base}/api/v1/indicators/${encodeURIComponent(id)}/drilldown?${q}`, DrilldownSchema, signal);
}

export const fetchPledges = (base: string, signal?: AbortSignal): Promise<PledgeBoard> =>
  getJson(`${base}/api/v1/pledges`, PledgesSchema, signal);

/** Monthly rollups of `scope` (`city` or a gu), from `from` (default: the plan's first day) to today. */
export function fetchCityScore(base: string, scope: string, from?: string, signal?: AbortSignal): Promise<CityScore> {
  const q = new URLSearchParams({ grain: 'month', district: scope });
  if (from !== undefined) q.set('from', from);
  return getJson(`${base}/api/v1/city-score?${q}`, CityScoreSchema, signal);
}
