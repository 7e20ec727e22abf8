/**
 * @module actors/incident/kpi
 * Response-time KPIs per agency, for the city and for each gu, over the incidents reported within a
 * window [from, to). Pure.
 *
 * `arrived` counts incidents with a known travel time (dispatched → arrived); `withinTarget` those
 * whose travel time is at most the agency's target; the share is their ratio (null with no arrivals).
 * Medians and the 90th percentile interpolate linearly between ranks (as PostgreSQL's
 * `percentile_cont` does) and are rounded to 0.1 s. `late` counts incidents with any stage late.
 */
import { AGENCIES, type Agency, type Incident, type IncidentKpi } from '../../contracts/index.ts';
import type { IncidentTargets } from './targets.ts';

export interface KpiWindow {
  from: number;
  to: number;
}

export const round1 = (v: number): number => Math.round(v * 10) / 10;

/** The q-quantile of ascending values by linear interpolation, or null for none. */
export const quantile = (sorted: readonly number[], q: number): number | null => {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return round1(a + (b - a) * (pos - lo));
};

const known = (values: ReadonlyArray<number | null>): number[] =>
  values.filter((v): v is number => v !== null).sort((a, b) => a - b);

export const inWindow = (i: Incident, w: KpiWindow): boolean => {
  const t = Date.parse(i.times.reported);
  return t >= w.from && t < w.to;
};

/** The KPI of one agency over incidents already narrowed to one scope and window. */
export const kpiOf = (
  incidents: readonly Incident[], scope: IncidentKpi['scope'], agency: Agency, w: KpiWindow, targets: IncidentTargets,
): IncidentKpi => {
  const mine = incidents.filter((i) => i.agency === agency);
  const { travelS: targetS, goalShare } = targets[agency];
  const travel = known(mine.map((i) => i.durations.travelS));
  const dispatch = known(mine.map((i) => i.durations.dispatchS));
  const withinTarget = travel.filter((s) => s <= targetS).length;
  return {
    scope, agency,
    from: new Date(w.from).toISOString(),
    to: new Date(w.to).toISOString(),
    reported: mine.length,
    open: mine.filter((i) => i.stage !== 'resolved').length,
    arrived: travel.length,
    withinTarget,
    shareWithinTarget: travel.length === 0 ? null : withinTarget / travel.length,
    targetS, goalShare,
    medianTravelS: quantile(travel, 0.5),
    p90TravelS: quantile(travel, 0.9),
    medianDispatchS: quantile(dispatch, 0.5),
    late: mine.filter((i) => i.late.length > 0).length,
    deaths: mine.reduce((n, i) => n + (i.casualties?.deaths ?? 0), 0),
    injuries: mine.reduce((n, i) => n + (i.casualties?.injuries ?? 0), 0),
  };
};

/**
 * The city and every gu (those in `districts`, and any other with an incident in the window),
 * per agency: city first, then gu in code order.
 */
export const computeKpis = (
  incidents: Iterable<Incident>, w: KpiWindow, targets: IncidentTargets, districts: readonly string[] = [],
): IncidentKpi[] => {
  const within = [...incidents].filter((i) => inWindow(i, w));
  const byDistrict = new Map<string, Incident[]>(districts.map((d) => [d, []]));
  for (const i of within) {
    const list = byDistrict.get(i.district);
    if (list === undefined) byDistrict.set(i.district, [i]);
    else list.push(i);
  }
  const scopes: Array<[IncidentKpi['scope'], Incident[]]> = [
    ['city', within],
    ...[...byDistrict.entries()].sort(([a], [b]) => a.localeCompare(b)),
  ];
  return scopes.flatMap(([scope, list]) => AGENCIES.map((a) => kpiOf(list, scope, a, w, targets)));
};
