/**
 * @module wall/state/admin-state
 * The wall's administration-status state: the indicator catalogue, each indicator's city series, the
 * selected indicator and its drill-down (by gu, age band or gender), the plan's tasks with their
 * computed status, the city score of the city and of each gu, and the budget's execution this year
 * (the newest month in full, the city's totals of the months before it). All of it comes over REST
 * (`systems/admin-effects.ts`); each answer is kept with when it came, so a failure is asked again
 * later. Pure data and the reducers of the administration actions, no DOM.
 */
import type {
  BudgetOverview, DateRange, Dimension, Indicator, PlanArea, PlanAreaId, ScoreRollup, Suppression, Task, TaskAssessment, Vision,
} from '../../../server/contracts/index.ts';

/** One REST answer as the wall holds it. */
export type Loadable<T> =
  | { status: 'loading'; requestedAt: number }
  | { status: 'ready'; loadedAt: number; data: T }
  | { status: 'error'; loadedAt: number; message: string };

/** One value as the indicator routes serve it: null and marked when withheld from the public. */
export interface ServedValue {
  indicator: string;
  period: string;
  district: string;
  age: string;
  gender: string;
  value: number | null;
  released: string;
  revision: number;
  synthetic: boolean;
  revisedFrom: number | null;
  suppressed: Suppression | null;
}

export interface IndicatorSeries {
  indicator: string;
  asOf: string;
  values: 'exact' | 'public';
  series: ServedValue[];
}

export interface IndicatorDrilldown {
  indicator: string;
  period: string;
  by: Dimension;
  asOf: string;
  values: 'exact' | 'public';
  cells: ServedValue[];
}

export interface PledgeBoard {
  asOf: string;
  name: { ko: string; en: string };
  years: [number, number];
  areas: PlanArea[];
  visions: Vision[];
  tasks: Array<{ task: Task; assessment: TaskAssessment }>;
}

export interface CityScore {
  scope: string;
  grain: 'day' | 'month' | 'quarter';
  rollups: ScoreRollup[];
}

/** The city's budget totals at one month (cumulative from January), as the curve needs them. */
export interface BudgetMonthTotals {
  month: string;
  /** The last day the figures cover (null: the month has no figures). */
  asOf: string | null;
  budget: number;
  allocated: number;
  executed: number;
}

export interface AdminState {
  indicatorCatalogue: Loadable<Indicator[]> | null;
  /** The city's series per indicator id. */
  indicatorSeries: Map<string, Loadable<IndicatorSeries>>;
  selectedIndicator: string | null;
  drillBy: Dimension;
  /** The dates a command asked the drill-down for (null: the latest period); a new indicator clears it. */
  drillPeriod: DateRange | null;
  /** Drill-downs by `drillKey`. */
  drilldowns: Map<string, Loadable<IndicatorDrilldown>>;
  /** The area the indicator grid shows (null: the first). */
  indicatorArea: PlanAreaId | null;
  pledges: Loadable<PledgeBoard> | null;
  /** Monthly score rollups of the plan's years, by scope (`city` or a gu code). */
  cityScores: Map<string, Loadable<CityScore>>;
  /** This month's score of every gu (for the tile map), one request per gu. */
  districtScores: Map<string, Loadable<CityScore>>;
  /** Budget execution at the newest month with figures (`GET /api/v1/budget`). */
  budgetLatest: Loadable<BudgetOverview> | null;
  /** The dates a command asked the budget for (null: the newest month); the month holding their end is shown. */
  budgetPeriod: DateRange | null;
  /** Budget execution at an earlier month asked for, by `YYYY-MM`. */
  budgetAt: Map<string, Loadable<BudgetOverview>>;
  /** The city's totals of the months of that year before the newest, by `YYYY-MM`. */
  budgetMonths: Map<string, Loadable<BudgetMonthTotals>>;
}

export const initialAdmin = (): AdminState => ({
  indicatorCatalogue: null,
  indicatorSeries: new Map(),
  selectedIndicator: null,
  drillBy: 'district',
  drillPeriod: null,
  drilldowns: new Map(),
  indicatorArea: null,
  pledges: null,
  cityScores: new Map(),
  districtScores: new Map(),
  budgetLatest: null,
  budgetPeriod: null,
  budgetAt: new Map(),
  budgetMonths: new Map(),
});

export const drillKey = (indicator: string, period: string, by: Dimension): string => `${indicator}|${period}|${by}`;

export type AdminAction =
  /** Shows an indicator's series and drill-down (null: none). */
  | { type: 'indicator.select'; id: string | null }
  /** The dimension the drill-down varies. */
  | { type: 'indicator.drill'; by: Dimension }
  /** The dates the drill-down shows the indicator's period of (null: the latest). */
  | { type: 'indicator.period'; period: DateRange | null }
  /** The plan area the indicator grid shows. */
  | { type: 'indicator.area'; area: PlanAreaId }
  /** The dates the budget panel shows the month of (null: the newest). */
  | { type: 'budget.period'; period: DateRange | null };

const ADMIN_ACTIONS: ReadonlySet<string> = new Set(['indicator.select', 'indicator.drill', 'indicator.period', 'indicator.area', 'budget.period']);
export const isAdminAction = (a: { type: string }): a is AdminAction => ADMIN_ACTIONS.has(a.type);

const sameDates = (a: DateRange | null, b: DateRange | null): boolean => a?.from === b?.from && a?.to === b?.to;

/** Applies an administration action; false when it changed nothing. Does not bump the version. */
export function applyAdminAction(state: AdminState, action: AdminAction): boolean {
  switch (action.type) {
    case 'indicator.select':
      if (state.selectedIndicator === action.id) return false;
      state.selectedIndicator = action.id;
      state.drillPeriod = null;
      return true;
    case 'indicator.drill':
      if (state.drillBy === action.by) return false;
      state.drillBy = action.by;
      return true;
    case 'indicator.period':
      if (sameDates(state.drillPeriod, action.period)) return false;
      state.drillPeriod = action.period;
      return true;
    case 'budget.period':
      if (sameDates(state.budgetPeriod, action.period)) return false;
      state.budgetPeriod = action.period;
      return true;
    case 'indicator.area':
      if (state.indicatorArea === action.area) return false;
      state.indicatorArea = action.area;
      return true;
  }
}
