/**
 * @module contracts/indicator
 * The administration's policy indicators, their vintaged values, and the plan they measure.
 * An indicator is catalogue data (db/reference/indicators/catalogue.json); an observation is one value
 * of one indicator for one period and one cell (gu × age band × gender), as released on a date, in
 * revision 0, 1, … (a later revision corrects an earlier one). The plan (plan.json) links tasks to
 * indicators; task status is always computed from those values and the milestones, never typed in.
 */
import { z } from 'zod';
import { DistrictCodeSchema } from './envelope.ts';
import { LocalizedSchema } from './layout.ts';

/** `2025` (year), `2025-Q1` (quarter) or `2025-03` (month). */
export const IndicatorPeriodSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'a period such as 2025, 2025-Q1 or 2025-03');
export type IndicatorPeriod = z.infer<typeof IndicatorPeriodSchema>;

/** A calendar date `YYYY-MM-DD`. */
export const CalendarDateSchema = z.iso.date();

export const INDICATOR_FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export const FrequencySchema = z.enum(INDICATOR_FREQUENCIES);
export type Frequency = z.infer<typeof FrequencySchema>;

/** up: higher is better; down: lower is better. */
export const PolaritySchema = z.enum(['up', 'down']);
export type Polarity = z.infer<typeof PolaritySchema>;

/**
 * What a value is, which decides how cells add up and what the public may see:
 * `count` people or events (cells add up; small cells are suppressed on the public side),
 * `amount` other quantities that add up (units, MW, km), `share` a percentage of a population,
 * `rate` per so many residents, `level` a mean or a measured level (µg/m³, minutes, seconds).
 */
export const INDICATOR_MEASURES = ['count', 'amount', 'share', 'rate', 'level'] as const;
export const MeasureSchema = z.enum(INDICATOR_MEASURES);
export type Measure = z.infer<typeof MeasureSchema>;
export const ADDITIVE_MEASURES: readonly Measure[] = ['count', 'amount'];

/**
 * How an indicator's periods add up over time (a year of months): `sum` for flows counted per period
 * (rentals in a month, units supplied in a quarter), `mean` for stocks, levels and rates (residents,
 * members, boardings per day, shares).
 */
export const OverTimeSchema = z.enum(['sum', 'mean']);
export type OverTime = z.infer<typeof OverTimeSchema>;

export const INDICATOR_DIMENSIONS = ['district', 'age', 'gender'] as const;
export const DimensionSchema = z.enum(INDICATOR_DIMENSIONS);
export type Dimension = z.infer<typeof DimensionSchema>;

/** 10-year bands; 80+ is open. Population 10–19 stands for 15–19 where an indicator counts from 15. */
export const INDICATOR_AGE_BANDS = ['0-9', '10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80+'] as const;
export const AgeBandSchema = z.enum(INDICATOR_AGE_BANDS);
export type AgeBand = z.infer<typeof AgeBandSchema>;
export const AgeSchema = z.union([AgeBandSchema, z.literal('all')]);
export type Age = z.infer<typeof AgeSchema>;

export const INDICATOR_GENDERS = ['male', 'female'] as const;
export const GenderSchema = z.enum([...INDICATOR_GENDERS, 'all']);
export type Gender = z.infer<typeof GenderSchema>;

/** A gu code or the whole city. */
export const AreaCodeSchema = z.union([z.literal('city'), DistrictCodeSchema]);
export type AreaCode = z.infer<typeof AreaCodeSchema>;

export const PROVENANCE_KINDS = ['real', 'synthetic', 'derived'] as const;
export const ProvenanceKindSchema = z.enum(PROVENANCE_KINDS);
export type ProvenanceKind = z.infer<typeof ProvenanceKindSchema>;

/** The six areas of the plan. */
export const PLAN_AREAS = ['jobs-economy', 'welfare-housing', 'gender-equality', 'climate-environment', 'safety', 'mobility-governance'] as const;
export const PlanAreaIdSchema = z.enum(PLAN_AREAS);
export type PlanAreaId = z.infer<typeof PlanAreaIdSchema>;

const KebabIdSchema = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'lowercase words joined by dashes').max(60);
export const IndicatorIdSchema = KebabIdSchema;

/** A budget programme, e.g. `bp-ge-101` (the budget issue owns the programmes themselves). */
export const BudgetProgramIdSchema = z.string().regex(/^[a-z][a-z0-9-]{2,47}$/, 'a budget programme id such as bp-ge-101');

const TextSchema = z.string().min(1).max(600);

export const IndicatorSchema = z
  .object({
    id: IndicatorIdSchema,
    name: LocalizedSchema,
    unit: LocalizedSchema,
    frequency: FrequencySchema,
    polarity: PolaritySchema,
    measure: MeasureSchema,
    /** How its periods add up over time: the mean unless a flow says `sum`. */
    overTime: OverTimeSchema.default('mean'),
    /** Digits after the decimal point in published values. */
    decimals: z.number().int().min(0).max(4),
    /** UN Sustainable Development Goals (1–17) the indicator serves. */
    sdg: z.array(z.number().int().min(1).max(17)).min(1).max(5),
    /** The accountable department. */
    owner: LocalizedSchema,
    /** The system the values come from. */
    source: z.object({ id: KebabIdSchema, name: LocalizedSchema }),
    dimensions: z.array(DimensionSchema).max(3).refine((ds) => new Set(ds).size === ds.length, 'dimensions must be unique'),
    /** The bands an indicator with the age dimension is broken down by (all of INDICATOR_AGE_BANDS when absent). */
    ageBands: z.array(AgeBandSchema).min(2).optional(),
    baseline: z.object({ period: IndicatorPeriodSchema, value: z.number().finite() }),
    target: z.object({ value: z.number().finite(), deadline: IndicatorPeriodSchema }),
    /** First release this many days after the period ends; revisions after the later lags. */
    release: z.object({ lagDays: z.number().int().min(0).max(800), revisionLagDays: z.array(z.number().int().min(1).max(1500)).max(3) }),
    provenance: z.object({ kind: ProvenanceKindSchema, note: TextSchema, attribution: TextSchema.nullable() }),
    area: PlanAreaIdSchema,
  })
  .refine((i) => (i.polarity === 'up' ? i.target.value >= i.baseline.value : i.target.value <= i.baseline.value), {
    message: 'the target must be at least as good as the baseline in the direction of the polarity',
    path: ['target', 'value'],
  })
  .refine((i) => i.ageBands === undefined || i.dimensions.includes('age'), { message: 'ageBands needs the age dimension', path: ['ageBands'] })
  .refine((i) => i.release.revisionLagDays.every((d, k, ds) => d > (k === 0 ? i.release.lagDays : (ds[k - 1] as number))), {
    message: 'revision lags must grow and come after the first release',
    path: ['release', 'revisionLagDays'],
  });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CatalogueSchema = z
  .object({ version: z.literal(1), indicators: z.array(IndicatorSchema).min(1) })
  .refine((c) => new Set(c.indicators.map((i) => i.id)).size === c.indicators.length, 'indicator ids must be unique');
export type Catalogue = z.infer<typeof CatalogueSchema>;

/** One value of one indicator for one period and cell, as released in one revision. */
export const ObservationSchema = z.object({
  indicator: IndicatorIdSchema,
  period: IndicatorPeriodSchema,
  district: AreaCodeSchema,
  age: AgeSchema,
  gender: GenderSchema,
  value: z.number().finite(),
  released: CalendarDateSchema,
  revision: z.number().int().nonnegative(),
  synthetic: z.boolean(),
});
export type Observation = z.infer<typeof ObservationSchema>;

/** A value as known on a date, with the value it replaced when a revision changed it. */
export const KnownObservationSchema = ObservationSchema.extend({ revisedFrom: z.number().finite().nullable() });
export type KnownObservation = z.infer<typeof KnownObservationSchema>;

/** Why a public cell is withheld: a small count, or to protect one (complementary). */
export const SuppressionSchema = z.enum(['primary', 'complementary']);
export type Suppression = z.infer<typeof SuppressionSchema>;

/** A value as the public side may see it: null when suppressed. */
export const PublicObservationSchema = ObservationSchema.extend({ value: z.number().finite().nullable(), suppressed: SuppressionSchema.nullable() });
export type PublicObservation = z.infer<typeof PublicObservationSchema>;

// ── the plan ──────────────────────────────────────────────────────────────────────────────────────────

export const PlanAreaSchema = z.object({ id: PlanAreaIdSchema, name: LocalizedSchema });
export type PlanArea = z.infer<typeof PlanAreaSchema>;

export const VisionSchema = z.object({ id: KebabIdSchema, name: LocalizedSchema });
export type Vision = z.infer<typeof VisionSchema>;

export const MilestoneSchema = z.object({
  name: LocalizedSchema,
  due: CalendarDateSchema,
  /** The date it was done; absent while it is not. */
  done: CalendarDateSchema.optional(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const TaskIndicatorSchema = z.object({ indicator: IndicatorIdSchema, weight: z.number().positive().max(100) });

export const TaskSchema = z.object({
  id: KebabIdSchema,
  area: PlanAreaIdSchema,
  vision: KebabIdSchema,
  name: LocalizedSchema,
  department: LocalizedSchema,
  indicators: z.array(TaskIndicatorSchema).min(1).max(8),
  milestones: z.array(MilestoneSchema).max(12),
  budget: z.array(BudgetProgramIdSchema).min(1).max(8),
});
export type Task = z.infer<typeof TaskSchema>;

const unique = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

export const PlanSchema = z
  .object({
    version: z.literal(1),
    name: LocalizedSchema,
    /** First and last year of the plan. */
    years: z.tuple([z.number().int().min(2000).max(2100), z.number().int().min(2000).max(2100)]),
    areas: z.array(PlanAreaSchema).length(PLAN_AREAS.length),
    visions: z.array(VisionSchema).min(1).max(12),
    tasks: z.array(TaskSchema).min(1).max(200),
  })
  .refine((p) => unique(p.areas.map((a) => a.id)), { message: 'every area once', path: ['areas'] })
  .refine((p) => unique(p.visions.map((v) => v.id)), { message: 'vision ids must be unique', path: ['visions'] })
  .refine((p) => unique(p.tasks.map((t) => t.id)), { message: 'task ids must be unique', path: ['tasks'] })
  .refine((p) => p.tasks.every((t) => p.visions.some((v) => v.id === t.vision)), { message: 'every task names one of the visions', path: ['tasks'] })
  .refine((p) => p.years[0] <= p.years[1], { message: 'years run forward', path: ['years'] });
export type Plan = z.infer<typeof PlanSchema>;

// ── scores and status ─────────────────────────────────────────────────────────────────────────────────

/** One indicator's part in a score rollup. */
export const ContributionSchema = z.object({
  indicator: IndicatorIdSchema,
  /** The weight normalised over the indicators that had a value (they add up to 1). */
  weight: z.number().min(0).max(1),
  /** The latest period known and the level scored (the mean of the last year for monthly and quarterly). */
  period: IndicatorPeriodSchema,
  level: z.number().finite(),
  score: z.number().min(0),
  /** weight × score: the contributions add up to the score. */
  contribution: z.number().min(0),
});
export type Contribution = z.infer<typeof ContributionSchema>;

export const ScoreGrainSchema = z.enum(['day', 'month', 'quarter']);
export type ScoreGrain = z.infer<typeof ScoreGrainSchema>;

export const ScoreRollupSchema = z.object({
  /** `2025-03-31` for a day, `2025-03` for a month, `2025-Q1` for a quarter. */
  bucket: z.string(),
  /** Values as known at the end of this date. */
  asOf: CalendarDateSchema,
  scope: AreaCodeSchema,
  /** Null when no linked indicator had a value. */
  score: z.number().min(0).nullable(),
  contributions: z.array(ContributionSchema),
});
export type ScoreRollup = z.infer<typeof ScoreRollupSchema>;

export const TASK_STATUSES = ['on-track', 'at-risk', 'off-track'] as const;
export const TaskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

export const STATUS_REASONS = ['no-data', 'behind-pace', 'far-behind-pace', 'milestone-overdue', 'milestones-overdue', 'deadline-missed'] as const;
export const StatusReasonSchema = z.enum(STATUS_REASONS);
export type StatusReason = z.infer<typeof StatusReasonSchema>;

export const TaskAssessmentSchema = z.object({
  task: KebabIdSchema,
  asOf: CalendarDateSchema,
  status: TaskStatusSchema,
  /** Weighted progress over the progress expected by now (1 = on pace), null without data. */
  pace: z.number().min(0).nullable(),
  indicators: z.array(
    z.object({
      indicator: IndicatorIdSchema,
      weight: z.number().positive(),
      period: IndicatorPeriodSchema.nullable(),
      level: z.number().finite().nullable(),
      /** 0 at the baseline, 1 at the target. */
      progress: z.number().finite().nullable(),
      /** The share of the way from baseline to deadline elapsed by the period scored. */
      expected: z.number().min(0).max(1).nullable(),
    }),
  ),
  milestones: z.object({ due: z.number().int().nonnegative(), done: z.number().int().nonnegative(), overdue: z.number().int().nonnegative() }),
  reasons: z.array(StatusReasonSchema),
});
export type TaskAssessment = z.infer<typeof TaskAssessmentSchema>;
