/**
 * @module wall/setup/data
 * What the wall fetches over REST beside `/live`: the reference data (the source catalogue and the
 * stations: at start, on every reconnect and on the command `reload`), and the effects run once per
 * frame that fetch what the screens ask for — the selected district's 24-hour history, the safety
 * screens' cameras and incident, and the administration panels' figures.
 */
import { fetchCityScore, fetchDrilldown, fetchIndicators, fetchPledges, fetchSeries } from '../api/admin.ts';
import { fetchBudget } from '../api/budget.ts';
import { fetchHistory, fetchSources, fetchStations } from '../api/rest.ts';
import { fetchCameras, fetchIncident } from '../api/safety.ts';
import type { MapAsset } from '../map/map-asset.ts';
import type { WallState } from '../state/wall-state.ts';
import { adminEffects } from '../systems/admin-effects.ts';
import { safetyEffects } from '../systems/safety-effects.ts';

const HISTORY_REFRESH_MS = 5 * 60_000;
/** A district with no stored history yet (a new deployment) is asked again sooner. */
const HISTORY_EMPTY_RETRY_MS = 10_000;

/** Loads the source catalogue and the stations into the state (what fails is left as it was). */
export async function loadReferences(base: string, state: WallState): Promise<void> {
  const [sources, stations] = await Promise.allSettled([fetchSources(base), fetchStations(base)]);
  if (sources.status === 'fulfilled') state.catalog = new Map(sources.value.map((s) => [s.id, s]));
  if (stations.status === 'fulfilled') state.stations = stations.value;
  state.version += 1;
}

/** Keeps the selected district's 24-hour history loaded (on selection, then every few minutes). */
function historyEffect(base: string, state: WallState): () => void {
  let loading: string | null = null;
  return () => {
    const code = state.selected;
    if (!code || loading === code) return;
    const held = state.history.get(code);
    const now = Date.now();
    if (held?.status === 'loading') return;
    const empty = held?.status === 'ready' && Object.values(held.series).every((points) => points.length === 0);
    if (held && now - held.loadedAt < (empty || held.status === 'error' ? HISTORY_EMPTY_RETRY_MS : HISTORY_REFRESH_MS)) return;
    loading = code;
    if (!held) state.history.set(code, { status: 'loading', requestedAt: now });
    fetchHistory(base, code, now)
      .then((series) => state.history.set(code, { status: 'ready', loadedAt: Date.now(), series }))
      .catch((err: unknown) => state.history.set(code, { status: 'error', loadedAt: Date.now(), message: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        loading = null;
        state.version += 1;
      });
  };
}

export interface DataDeps {
  base: string;
  state: WallState;
  /** The map's extent (the cameras nearest the map centre). */
  bounds: MapAsset['bounds'];
}

/** The data effects, in the order the frame loop runs them: history, safety, administration. */
export function dataEffects({ base, state, bounds }: DataDeps): Array<() => void> {
  const safety = safetyEffects({
    state,
    bounds,
    fetchCameras: (target, limit) => fetchCameras(base, target, limit),
    fetchIncident: (id) => fetchIncident(base, id),
    now: Date.now,
  });
  const admin = adminEffects({
    state,
    api: {
      indicators: () => fetchIndicators(base),
      series: (id) => fetchSeries(base, id),
      drilldown: (id, period, by) => fetchDrilldown(base, id, period, by),
      pledges: () => fetchPledges(base),
      score: (scope, from) => fetchCityScore(base, scope, from),
      budget: (month) => fetchBudget(base, month),
    },
    now: Date.now,
  });
  return [historyEffect(base, state), safety, admin];
}
