/**
 * @module contracts/budget
 * Budget execution (예산 집행): the city's budget programmes (세부사업) and, per programme and month, the
 * budget (세출예산현액), what was allocated to the department so far (배정액, cumulative) and what was spent
 * (집행액, cumulative). A source publishes `budget.executed` per programme and month; the figures of a month
 * still running carry the day they are as of, so a later reading replaces an earlier one. Amounts are KRW.
 */
import { z } from 'zod';
import { LocalizedSchema } from './layout.ts';

export const BUDGET_EVENT_KIND = 'budget.executed' as const;

/** 일반회계 (general account), 특별회계 (special accounts), 기금 (funds). */
export const BUDGET_ACCOUNTS = ['general', 'special', 'fund'] as const;
export const BudgetAccountSchema = z.enum(BUDGET_ACCOUNTS);
export type BudgetAccount = z.infer<typeof BudgetAccountSchema>;

/** A programme id such as `bp-ge-101`: the same form as the plan's `BudgetProgramIdSchema` (indicator.ts). */
export const BudgetProgramCodeSchema = z.string().regex(/^[a-z][a-z0-9-]{2,47}$/, 'a budget programme id such as bp-ge-101');

/** A calendar month `YYYY-MM`. */
export const BudgetMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM');

/** A calendar day `YYYY-MM-DD` (KST). */
export const BudgetDaySchema = z.iso.date();

/** Whole won, at most KRW 100 trillion (within the safe integers). */
export const KrwAmountSchema = z.number().int().nonnegative().max(1e14);

/** executed ÷ budget × 100, two decimals. */
export const ExecutionRateSchema = z.number().min(0).max(100);

export const BudgetYearSchema = z.number().int().min(2000).max(2100);

/** A budget programme in one fiscal year. */
export const BudgetProgramSchema = z.object({
  id: BudgetProgramCodeSchema,
  year: BudgetYearSchema,
  name: LocalizedSchema,
  department: LocalizedSchema,
  account: BudgetAccountSchema,
  /** 세출예산현액: the year's budget of the programme. */
  budget: KrwAmountSchema,
  synthetic: z.boolean(),
});
export type BudgetProgram = z.infer<typeof BudgetProgramSchema>;

/** Payload of `budget.executed`: one programme's execution to the end of a month (or to `asOf` in a running month). */
export const BudgetExecutionSchema = z
  .object({
    program: BudgetProgramCodeSchema,
    name: LocalizedSchema,
    department: LocalizedSchema,
    account: BudgetAccountSchema,
    month: BudgetMonthSchema,
    /** The last day the figures cover: the month's last day once it is closed. */
    asOf: BudgetDaySchema,
    budget: KrwAmountSchema,
    /** 배정액: allocated to the department from January to date. */
    allocated: KrwAmountSchema,
    /** 집행액: spent from January to date. */
    executed: KrwAmountSchema,
    executionRate: ExecutionRateSchema,
    synthetic: z.boolean(),
  })
  .refine((e) => e.executed <= e.budget && e.allocated <= e.budget, { message: 'allocated and executed must not exceed the budget', path: ['executed'] })
  .refine((e) => e.asOf.slice(0, 7) === e.month, { message: 'asOf must fall in the month', path: ['asOf'] });
export type BudgetExecution = z.infer<typeof BudgetExecutionSchema>;

/** Sums over a set of programmes in one month. */
export const BudgetTotalsSchema = z.object({
  programs: z.number().int().nonnegative(),
  budget: KrwAmountSchema,
  allocated: KrwAmountSchema,
  executed: KrwAmountSchema,
  executionRate: ExecutionRateSchema,
});
export type BudgetTotals = z.infer<typeof BudgetTotalsSchema>;

export const BudgetDepartmentTotalsSchema = BudgetTotalsSchema.extend({ department: LocalizedSchema });
export type BudgetDepartmentTotals = z.infer<typeof BudgetDepartmentTotalsSchema>;

/** `GET /api/v1/budget`: the city, its departments and the programmes, at one month. */
export const BudgetOverviewSchema = z.object({
  year: BudgetYearSchema,
  /** The month shown: the one asked for, else the newest month with figures (null: none yet). */
  month: BudgetMonthSchema.nullable(),
  /** The newest `asOf` of the month shown. */
  asOf: BudgetDaySchema.nullable(),
  city: BudgetTotalsSchema,
  departments: z.array(BudgetDepartmentTotalsSchema),
  programs: z.array(BudgetExecutionSchema),
  /** True when any figure shown is generated, not read from the finance system. */
  synthetic: z.boolean(),
});
export type BudgetOverview = z.infer<typeof BudgetOverviewSchema>;

export const BudgetCurvePointSchema = z.object({
  month: BudgetMonthSchema,
  asOf: BudgetDaySchema,
  allocated: KrwAmountSchema,
  executed: KrwAmountSchema,
  executionRate: ExecutionRateSchema,
});
export type BudgetCurvePoint = z.infer<typeof BudgetCurvePointSchema>;

/** One programme's year, month by month (`GET /api/v1/budget/programs/{id}`). */
export const BudgetProgramCurveSchema = z.object({
  program: BudgetProgramSchema,
  months: z.array(BudgetCurvePointSchema),
});
export type BudgetProgramCurve = z.infer<typeof BudgetProgramCurveSchema>;

/** executed ÷ budget × 100 to two decimals; 0 for a programme without budget. */
export const executionRateOf = (executed: number, budget: number): number => (budget > 0 ? Math.round((executed / budget) * 10_000) / 100 : 0);
