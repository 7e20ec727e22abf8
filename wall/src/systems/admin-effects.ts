/**
 * @module systems/admin-effects
 * The administration screen's requests, run once per frame from the state: the indicator catalogue,
 * the city series of every indicator (a few at a time, the area on show first), the plan's task
 * status, the shown indicator's drill-down, and the city score of the city, of the selected gu and
 * (for the tile map) of every gu this month. Only what the current screen's panels show is asked;
 * a failure is asked again after a while, an answer again after a longer while. Answers go into
 * the state; the state's reducers never fetch.
 */
import type { Dimension, Indicator } from '../../../server/contracts/index.ts';
import { catalogueOf, detailIndicator, drillDimension, latestOf, ready, shownArea } from '../state/admin-indicators.ts';
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
}

export interface AdminEffectDeps {
  state: WallState;
  api: AdminApi;
  now(): number;
}

/** A failed request is asked again after this long; an answer is refreshed after REFRESH_MS. */
export const RETRY_MS = 30_000;
export const REFRESH_MS = 15 * 60_000;
/** Requests in flight at once. */
export const MAX_IN_FLIGHT = 6;

const INDICATOR_PANELS = new Set(['indicator-grid', 'indicator-detail', 'administration']);
const PLAN_PANELS = new Set(['indicator-grid', 'pledge-board', 'administration']);

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Whether a held answer should be asked (again). */
export const wanted = (held: Loadable<unknown> | null | undefined, now: number): boolean =>
  held === null || held === undefined || (held.status === 'error' && now - held.loadedAt >= RETRY_MS) || (held.status === 'ready' && now - held.loadedAt >= REFRESH_MS);

/** The first day of the month in Seoul. */
export const monthStart = (now: number): string => `${new Date(now + 9 * 3_600_000).toISOString().slice(0, 7)}-01`;

export function adminEffects(d: AdminEffectDeps): () => void {
  const { state, api } = d;
  let inFlight = 0;

  /** Starts one request: `set` stores its Loadable (loading now, the answer or the error later). */
  const start = <T>(set: (l: Loadable<T>) => void, get: () => Loadable<T> | null | undefined, run: () => Promise<T>, now: number): boolean => {
    if (inFlight >= MAX_IN_FLIGHT || !wanted(get(), now)) return false;
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

  return () => {
    const kinds = new Set(currentScreen(state).panels.map((p) => p.kind));
    if (![...kinds].some((k) => INDICATOR_PANELS.has(k) || PLAN_PANELS.has(k) || k === 'city-score')) return;
    const now = d.now();
    if ([...kinds].some((k) => INDICATOR_PANELS.has(k) || k === 'city-score')) {
      start((l) => (state.indicatorCatalogue = l), () => state.indicatorCatalogue, api.indicators, now);
    }
    if ([...kinds].some((k) => PLAN_PANELS.has(k))) start((l) => (state.pledges = l), () => state.pledges, api.pledges, now);
    const shown = detailIndicator(state);
    if (kinds.has('indicator-detail') && shown) {
      const series = state.indicatorSeries;
      start((l) => series.set(shown.id, l), () => series.get(shown.id), () => api.series(shown.id), now);
      const latest = latestOf(ready(series.get(shown.id))?.series ?? []);
      const by = drillDimension(shown, state.drillBy);
      if (latest && by) {
        const key = drillKey(shown.id, latest.period, by);
        start((l) => state.drilldowns.set(key, l), () => state.drilldowns.get(key), () => api.drilldown(shown.id, latest.period, by), now);
      }
    }
    if (kinds.has('city-score') || kinds.has('administration')) {
      const scores = state.cityScores;
      for (const scope of ['city', ...(state.selected && kinds.has('city-score') ? [state.selected] : [])]) {
        start((l) => scores.set(scope, l), () => scores.get(scope), () => api.score(scope), now);
      }
    }
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
