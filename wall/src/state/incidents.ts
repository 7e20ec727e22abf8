/**
 * @module wall/state/incidents
 * Reading the incident board: which channel carries it for this viewer, which incidents are open or
 * running late, the order of the live list, counts and the KPIs of an area. Pure.
 */
import { channels, INCIDENT_STAGES, SEVERITIES, type Agency, type Incident, type IncidentKpi, type IncidentStage } from '../../../server/contracts/index.ts';
import { passesFilter } from './command-state.ts';
import type { WallState } from './wall-state.ts';

/** Citizens get the board with positions coarsened (fire to ~100 m, police to ~1 km). */
export const PUBLIC_INCIDENTS_CHANNEL = channels.publicIncidents();

/** City staff (every signed-in person) see exact positions; everyone else the public board. */
export const incidentBoardChannel = (state: Pick<WallState, 'signedIn'>): string => (state.signedIn ? channels.incidents() : PUBLIC_INCIDENTS_CHANNEL);

/** Escalations are working detail for staff. */
export const escalationChannels = (state: Pick<WallState, 'signedIn'>): string[] => (state.signedIn ? [channels.escalations()] : []);

export const stageIndex = (s: IncidentStage): number => INCIDENT_STAGES.indexOf(s);
export const severityIndex = (s: Incident['severity']): number => SEVERITIES.indexOf(s);
export const isOpen = (i: Incident): boolean => i.stage !== 'resolved';

/** Open and waiting for a stage that is past its target: the wall flashes it. */
export function isRunningLate(i: Incident, state: Pick<WallState, 'escalations'>): boolean {
  if (!isOpen(i)) return false;
  const now = stageIndex(i.stage);
  if (i.late.some((l) => stageIndex(l.awaiting) > now)) return true;
  const e = state.escalations.get(i.id);
  return e !== undefined && stageIndex(e.awaiting) > now;
}

/** A stage ran past its target at some point (shown after the fact, without flashing). */
export const wasLate = (i: Incident, state: Pick<WallState, 'escalations'>): boolean => i.late.length > 0 || state.escalations.has(i.id);

export const reportedAt = (i: Incident): number => Date.parse(i.times.reported);

/** The newer of the board's copy and the incident's own record. */
export function incidentOf(state: WallState, id: string | null): Incident | null {
  if (id === null) return null;
  const board = state.incidents.get(id) ?? null;
  const r = state.incidentRecord;
  const own = r?.id === id && r.status === 'ready' ? r.incident : null;
  if (!own) return board;
  if (!board) return own;
  return own.updatedAt > board.updatedAt ? own : board;
}

/** Every incident to draw: the board's that pass the filter, and the selected one whatever it is. */
export function visibleIncidents(state: WallState): Incident[] {
  const all = [...state.incidents.values()].filter((i) => i.id === state.selectedIncident || passesFilter(i, state.incidentFilter));
  const selected = incidentOf(state, state.selectedIncident);
  if (selected && !state.incidents.has(selected.id)) all.push(selected);
  return all;
}

/** The live list: open incidents that pass the filter (of one gu when given), running late first, then the most severe, then the newest. */
export function openIncidents(state: WallState, district: string | null): Incident[] {
  const late = new Map<string, boolean>();
  const lateOf = (i: Incident): boolean => {
    let v = late.get(i.id);
    if (v === undefined) late.set(i.id, (v = isRunningLate(i, state)));
    return v;
  };
  return [...state.incidents.values()]
    .filter((i) => isOpen(i) && (district === null || i.district === district) && passesFilter(i, state.incidentFilter))
    .sort((a, b) => Number(lateOf(b)) - Number(lateOf(a)) || severityIndex(b.severity) - severityIndex(a.severity) || reportedAt(b) - reportedAt(a) || a.id.localeCompare(b.id));
}

export interface OpenCounts {
  total: number;
  fire: number;
  police: number;
  late: number;
}

export function openCounts(state: WallState, district: string | null): OpenCounts {
  const open = [...state.incidents.values()].filter((i) => isOpen(i) && (district === null || i.district === district));
  return {
    total: open.length,
    fire: open.filter((i) => i.agency === 'fire').length,
    police: open.filter((i) => i.agency === 'police').length,
    late: open.filter((i) => isRunningLate(i, state)).length,
  };
}

/** The KPIs of one agency in the city or one gu, or null when none has arrived. */
export const kpiOf = (state: Pick<WallState, 'incidentKpis'>, agency: Agency, scope: string): IncidentKpi | null =>
  state.incidentKpis.find((k) => k.agency === agency && k.scope === scope) ?? null;

/** The source ids of the incidents shown (for provenance), in a stable order. */
export const incidentSources = (incidents: readonly Incident[]): string[] => [...new Set(incidents.map((i) => i.source))].sort();
