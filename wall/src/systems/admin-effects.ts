/**
 * @module systems/admin-effects
 * The administration screen's requests, run once per frame from the state: the indicator catalogue,
 * the city series of every indicator (a few at a time, the area on show first), the plan's task
 * status, the shown indicator's drill-down, and the city score of the city, of the selected gu and
 * (for the tile map) of every gu this month, and the budget's execution (the newest month every few
 * minutes; the city's totals of the months before it once each is closed). Only what the current
 * screen's panels show is asked; a failure is asked again after a while, an answer again after a
 * longer while. Answers go into the state; the state's reducers never fetch.
 */
import type { BudgetOverview, Dimension, Indicator, PanelKind } from '../../../server/contracts/index.ts';
import type { BudgetMonthQuery } from '../api/budget.ts';
import { budgetMonthAsked, earlierMonths, isClosed, monthTotalsOf, shownBudget } from '../state/admin-budget.ts';
import { catalogueOf, detailIndicator, drillDimension, drillPointOf, ready, shownArea } from '../state/admin-indicators.ts';
import { GU_TILES } from '../state/admin-score.ts';
import { drillKey, type CityScore, type IndicatorDrilldown, type IndicatorSeries, type Loadable, type PledgeBoard } from '../state/admin-state.ts';
import { currentScreen, type WallState } from '../state/wall-state.ts';

export interface AdminApi {
  indicators(): Promise<Indicator[]>;
  series(id: string): Promise<IndicatorSeries>;
  drilldown(id: string, period: string, by: Dimension): Promise<IndicatorDrilldown>;
  pledges(): Promise<PledgeBoard>;
  /** Monthly rollups of a scope; `from` limits them (this month only for the tile map). */
  score(scope: string, from?: string): Promise<CityScore>;
  /** Budget execution at the newest month with figures, or at one month of a year. */
  budget(month?: BudgetMonthQuery): Promise<BudgetOverview>;
}

export interface AdminEffectDeps {
  state: WallState;
  api: AdminApi;
  now(): number;
}

/** A failed request is asked again after this long; an answer is refreshed after REFRESH_MS. */
export const RETRY_MS = 30_000;
export const REFRESH_MS = 15 * 60_000;
/** The budget's newest month is asked again this often (the finance system closes its books overnight). */
export const BUDGET_REFRESH_MS = 5 * 60_000;
/** Requests in flight at once. */
export const MAX_IN_FLIGHT = 6;

const INDICATOR_PANELS = new Set(['indicator-grid', 'indicator-detail', 'administration']);
const PLAN_PANELS = new Set(['indicator-grid', 'pledge-board', 'administration']);
const BUDGET_PANEL: PanelKind = 'budget-execution';

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Whether a held answer should be asked (again); `refreshMs` how old an answer may grow. */
export const wanted = (held: Loadable<unknown> | null | undefined, now: number, refreshMs = REFRESH_MS): boolean =>
  held === null || held === undefined || (held.status === 'error' && now - held.loadedAt >= RETRY_MS) || (held.status === 'ready' && now - held.loadedAt >= refreshMs);

/** The first day of the month in Seoul. */
export const monthStart = (now: number): string => `${new Date(now + 9 * 3_600_000).toISOString().slice(0, 7)}-01`;

export function adminEffects(d: AdminEffectDeps): () => void {
  const { state, api } = d;
  let inFlight = 0;

  /** Starts one request: `set` stores its Loadable (loading now, the answer or the error later). */
  const start = <T>(set: (l: Loadable<T>) => void, get: () => Loadable<T> | null | undefined, run: () => Promise<T>, now: number, refreshMs = REFRESH_MS): boolean => {
    if (inFlight >= MAX_IN_FLIGHT || !wanted(get(), now, refreshMs)) return false;
    inFlight += 1;
    const held = get();
    // A refresh keeps showing the answer it replaces.
    if (held?.status !== 'ready') set({ status: 'loading', requestedAt: now });
    else set({ ...held, loadedAt: now });
    state.version += 1;
    run().then(
      (data) => set({ status: 'ready', loadedAt: d.now(), data }),
      (err: unknown) => {
        const was = get();
        set(was?.status === 'ready' ? was : { status: 'error', loadedAt: d.now(), message: messageOf(err) });
      },
    ).finally(() => {
      inFlight -= 1;
      state.version += 1;
    });
    return true;
  };

  /**
   * The newest month, the month a command asked for (when earlier), then the months before the one
   * shown of the same year (a closed month is never asked again).
   */
  const budget = (now: number): void => {
    start((l) => (state.budgetLatest = l), () => state.budgetLatest, () => api.budget(), now, BUDGET_REFRESH_MS);
    const asked = budgetMonthAsked(state.budgetPeriod, ready(state.budgetLatest));
    const at = state.budgetAt;
    for (const key of at.keys()) if (key !== asked?.key) at.delete(key);
    if (asked) {
      const held = at.get(asked.key);
      const refresh = held?.status === 'ready' && isClosed(monthTotalsOf(held.data)) ? Number.POSITIVE_INFINITY : BUDGET_REFRESH_MS;
      start((l) => at.set(asked.key, l), () => at.get(asked.key), () => api.budget({ year: asked.year, month: asked.month }), now, refresh);
    }
    const shown = ready(shownBudget(state));
    if (shown === null) return;
    const months = state.budgetMonths;
    const earlier = earlierMonths(shown);
    const keep = new Set(earlier.map((m) => m.key));
    for (const key of months.keys()) if (!keep.has(key)) months.delete(key);
    for (const { key, month } of earlier) {
      const held = months.get(key);
      const refresh = held?.status === 'ready' && isClosed(held.data) ? Number.POSITIVE_INFINITY : BUDGET_REFRESH_MS;
      start((l) => months.set(key, l), () => months.get(key), () => api.budget({ year: shown.year, month }).then(monthTotalsOf), now, refresh);
    }
  };

  return () => {
    const kinds = new Set(currentScreen(state).panels.map((p) => p.kind));
    if (![...kinds].some((k) => INDICATOR_PANELS.has(k) || PLAN_PANELS.has(k) || k === 'city-score' || k === BUDGET_PANEL)) return;
    const now = d.now();
    if ([...kinds].some((k) => INDICATOR_PANELS.has(k) || k === 'city-score')) {
      start((l) => (state.indicatorCatalogue = l), () => state.indicatorCatalogue, api.indicators, now);
    }
    if ([...kinds].some((k) => PLAN_PANELS.has(k))) start((l) => (state.pledges = l), () => state.pledges, api.pledges, now);
    const shown = detailIndicator(state);
    if (kinds.has('indicator-detail') && shown) {
      const series = state.indicatorSeries;
      start((l) => series.set(shown.id, l), () => series.get(shown.id), () => api.series(shown.id), now);
      const point = drillPointOf(ready(series.get(shown.id))?.series ?? [], state.drillPeriod);
      const by = drillDimension(shown, state.drillBy);
      if (point && by) {
        const key = drillKey(shown.id, point.period, by);
        start((l) => state.drilldowns.set(key, l), () => state.drilldowns.get(key), () => api.drilldown(shown.id, point.period, by), now);
      }
    }
    if (kinds.has('city-score') || kinds.has('administration')) {
      const scores = state.cityScores;
      for (const scope of ['city', ...(state.selected && kinds.has('city-score') ? [state.selected] : [])]) {
        start((l) => scores.set(scope, l), () => scores.get(scope), () => api.score(scope), now);
      }
    }
    if (kinds.has(BUDGET_PANEL)) budget(now);
    if (kinds.has('indicator-grid')) {
      const area = shownArea(state);
      const all = catalogueOf(state);
      // The area on show first, then the rest, so paging finds its lines loaded.
      for (const ind of [...all.filter((i) => i.area === area), ...all.filter((i) => i.area !== area)]) {
        const series = state.indicatorSeries;
        start((l) => series.set(ind.id, l), () => series.get(ind.id), () => api.series(ind.id), now);
      }
    }
    if (kinds.has('city-score')) {
      const from = monthStart(now);
      for (const [code] of GU_TILES) {
        const scores = state.districtScores;
        start((l) => scores.set(code, l), () => scores.get(code), () => api.score(code, from), now);
      }
    }
  };
}
