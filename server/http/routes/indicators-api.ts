/**
 * @module http/routes/indicators-api
 * Request and response schemas and the OpenAPI routes of the indicators, pledges and city score
 * (handlers: indicators.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import {
  AgeSchema, AreaCodeSchema, CalendarDateSchema, DimensionSchema, GenderSchema, IndicatorIdSchema, IndicatorPeriodSchema, IndicatorSchema,
  PlanAreaSchema, ScoreRollupSchema, SuppressionSchema, TaskAssessmentSchema, TaskSchema, VisionSchema,
} from '../../contracts/indicator.ts';
import {
  DEFAULT_ROLLUP_YEARS, IndicatorRollupsQuerySchema, IndicatorRollupsSchema, IndicatorRollupRowSchema, MAX_ROLLUP_YEARS, WithheldIndicatorSchema,
} from '../../contracts/indicator-rollups.ts';
import { LocalizedSchema } from '../../contracts/layout.ts';
import { problemResponses } from '../problem.ts';

const IdParam = z.object({
  id: z.string().pipe(IndicatorIdSchema).openapi({ param: { name: 'id', in: 'path' }, example: 'employment-rate' }),
});

const AsOf = CalendarDateSchema.optional().openapi({ description: 'Values as known at the end of this date (default: today in Seoul)', example: '2024-06-30' });

export const SeriesQuerySchema = z.object({
  district: AreaCodeSchema.default('city').openapi({ description: '`city` or a gu code', example: '11680' }),
  age: AgeSchema.default('all').openapi({ description: 'A 10-year band such as 30-39, or all' }),
  gender: GenderSchema.default('all'),
  asOf: AsOf,
  format: z.enum(['json', 'csv']).default('json'),
});

export const DrilldownQuerySchema = z.object({
  period: z.string().pipe(IndicatorPeriodSchema).openapi({ example: '2024' }),
  by: z.string().pipe(DimensionSchema).openapi({ description: 'The dimension that varies; the others stay at their totals' }),
  asOf: AsOf,
});

/** The contract's fields with their descriptions (zod's own `.meta`: the contract's schemas may predate this module's `.openapi`). */
const rollupField = IndicatorRollupsQuerySchema.shape;
export const RollupsQuerySchema = z.object({
  grain: rollupField.grain.meta({ description: 'month: one bucket per month (a quarter or year counts in the month it starts); year: one per year' }),
  by: rollupField.by.meta({ description: 'The dimension that varies (the others at their totals); the headline total when absent' }),
  indicator: rollupField.indicator.meta({ description: 'Comma-separated indicator ids (default: every indicator)', example: 'employment-rate,fire-deaths' }),
  from: rollupField.from.meta({ description: `First year (default: ${DEFAULT_ROLLUP_YEARS - 1} years before \`to\`); at most ${MAX_ROLLUP_YEARS} years per request`, example: 2016 }),
  to: rollupField.to.meta({ description: 'Last year, included (default: the last whole year, the one before this year in Seoul)', example: 2025 }),
});

export const PledgesQuerySchema = z.object({ asOf: AsOf });

export const CityScoreQuerySchema = z.object({
  grain: z.enum(['day', 'month', 'quarter']).default('month'),
  district: AreaCodeSchema.default('city'),
  from: CalendarDateSchema.optional().openapi({ description: 'Default: the first day of the plan' }),
  to: CalendarDateSchema.optional().openapi({ description: 'Default: today in Seoul' }),
});

/** One value as served: null and marked when withheld on the public side. */
export const ServedValueSchema = z.object({
  indicator: IndicatorIdSchema,
  period: IndicatorPeriodSchema,
  district: AreaCodeSchema,
  age: AgeSchema,
  gender: GenderSchema,
  value: z.number().nullable(),
  released: CalendarDateSchema,
  revision: z.number().int().nonnegative(),
  synthetic: z.boolean(),
  revisedFrom: z.number().nullable(),
  suppressed: SuppressionSchema.nullable(),
}).openapi('IndicatorValue');
export type ServedValue = z.infer<typeof ServedValueSchema>;

const Served = z.enum(['exact', 'public']).openapi({ description: 'public: small counts withheld (small-cell suppression)' });

export const SeriesSchema = z.object({
  indicator: IndicatorIdSchema, district: AreaCodeSchema, age: AgeSchema, gender: GenderSchema, asOf: CalendarDateSchema,
  values: Served, series: z.array(ServedValueSchema),
}).openapi('IndicatorSeries');

export const DrilldownSchema = z.object({
  indicator: IndicatorIdSchema, period: IndicatorPeriodSchema, by: DimensionSchema, asOf: CalendarDateSchema,
  values: Served, cells: z.array(ServedValueSchema),
}).openapi('IndicatorDrilldown');

export const RollupsSchema = z.object({
  ...IndicatorRollupsSchema.shape,
  rows: z.array(z.object(IndicatorRollupRowSchema.shape).openapi('IndicatorRollupRow')),
  withheld: z.array(WithheldIndicatorSchema).openapi({ description: 'Indicators asked for and left out: without the dimension `by`, or counts for those who do not see small cells' }),
}).openapi('IndicatorRollups');

export const CatalogueResponseSchema = z.object({ indicators: z.array(IndicatorSchema) }).openapi('IndicatorCatalogue');
export const IndicatorDetailSchema = z.object({ indicator: IndicatorSchema, tasks: z.array(z.string()) }).openapi('IndicatorDetail');

export const PledgesSchema = z.object({
  asOf: CalendarDateSchema,
  name: LocalizedSchema,
  years: z.tuple([z.number().int(), z.number().int()]),
  areas: z.array(PlanAreaSchema),
  visions: z.array(VisionSchema),
  tasks: z.array(z.object({ task: TaskSchema, assessment: TaskAssessmentSchema })),
}).openapi('Pledges');

export const CityScoreSchema = z.object({ scope: AreaCodeSchema, grain: z.enum(['day', 'month', 'quarter']), rollups: z.array(ScoreRollupSchema) }).openapi('CityScore');

const json = (schema: z.ZodType, description: string) => ({ 200: { description, content: { 'application/json': { schema } } }, ...problemResponses });
const csv = { 'text/csv': { schema: z.string() } };

export const catalogueRoute = createRoute({
  method: 'get', path: '/api/v1/indicators', tags: ['indicators'],
  summary: 'The administration\'s indicators: definition, target, release lags and provenance (real, synthetic, derived)',
  responses: json(CatalogueResponseSchema, 'Every indicator'),
});

/** A static path beside `{id}`: registered before it (indicators.ts), ruled before it (access/route-rules.ts). */
export const rollupsRoute = createRoute({
  method: 'get', path: '/api/v1/indicators/rollups', tags: ['indicators'],
  summary: 'Monthly or annual figures of many indicators at once (latest revision): n, sum, min, max, mean and the value by measure, in total or by gu, age band or gender',
  description: 'Counts are left out (and listed in `withheld`) for everyone but signed-in city staff: a rollup cannot be suppressed consistently; read a count\'s series or drill-down instead.',
  request: { query: RollupsQuerySchema },
  responses: json(RollupsSchema, 'One row per indicator, cell of the line and bucket, in byte order of indicator, gu, age band and gender, then bucket'),
});

export const indicatorRoute = createRoute({
  method: 'get', path: '/api/v1/indicators/{id}', tags: ['indicators'],
  summary: 'One indicator and the plan tasks that it measures',
  request: { params: IdParam },
  responses: json(IndicatorDetailSchema, 'The indicator'),
});

export const seriesRoute = createRoute({
  method: 'get', path: '/api/v1/indicators/{id}/series', tags: ['indicators'],
  summary: 'One series (a gu or the city, an age band, a gender) as known on a date, with the values revisions replaced; JSON or CSV',
  request: { params: IdParam, query: SeriesQuerySchema },
  responses: { 200: { description: 'One value per period', content: { 'application/json': { schema: SeriesSchema }, ...csv } }, ...problemResponses },
});

export const seriesCsvRoute = createRoute({
  method: 'get', path: '/api/v1/indicators/{id}/series.csv', tags: ['indicators'],
  summary: 'The same series as a CSV file',
  request: { params: IdParam, query: SeriesQuerySchema.omit({ format: true }) },
  responses: { 200: { description: 'One line per period', content: csv }, ...problemResponses },
});

export const drilldownRoute = createRoute({
  method: 'get', path: '/api/v1/indicators/{id}/drilldown', tags: ['indicators'],
  summary: 'One period broken down by gu, age band or gender (the total included), as known on a date',
  request: { params: IdParam, query: DrilldownQuerySchema },
  responses: json(DrilldownSchema, 'The cells of the breakdown'),
});

export const pledgesRoute = createRoute({
  method: 'get', path: '/api/v1/pledges', tags: ['indicators'],
  summary: 'The plan\'s tasks with their status computed from their indicators and milestones on a date',
  request: { query: PledgesQuerySchema },
  responses: json(PledgesSchema, 'The plan and every task\'s status'),
});

export const cityScoreRoute = createRoute({
  method: 'get', path: '/api/v1/city-score', tags: ['indicators'],
  summary: 'The city\'s (or a gu\'s) score against the plan\'s targets per day, month or quarter, with each indicator\'s contribution',
  request: { query: CityScoreQuerySchema },
  responses: json(CityScoreSchema, 'One rollup per bucket'),
});
