/**
 * @module wall/state/command-state
 * What the wall's commands (spoken, typed, from a tablet, a key) change beyond the panels' own state:
 * the screens shown before (to go back), districts compared side by side, the selected dong, the
 * incident filter, map layers turned on or off, the screen carousel, sound, the help sheet, a short
 * notice, a panel briefly spotlit, where the cameras were opened from, and the commands applied.
 * Pure data and the reducer of these actions, no DOM.
 */
import type { Agency, IncidentType, Incident, Severity } from '../../../server/contracts/index.ts';
import { SEVERITIES } from '../../../server/contracts/index.ts';
import type { WallState } from './wall-state.ts';

/** Incidents shown on the map and in the list; a null field lets every value through. Severity is a minimum. */
export interface IncidentFilter {
  incidentType: IncidentType | null;
  agency: Agency | null;
  severity: Severity | null;
  district: string | null;
}

export interface Notice {
  text: string;
  at: number;
}

export interface Carousel {
  playing: boolean;
  /** When the current screen came up while playing (ms). */
  since: number;
}

export interface CommandState {
  /** Screens shown before the current one, oldest first. */
  screenHistory: string[];
  /** Gu compared side by side (2–4), or null. */
  compare: string[] | null;
  selectedDong: string | null;
  incidentFilter: IncidentFilter | null;
  /** Map layers turned on (true) or off (false) over what each map's layout says. */
  layerOverrides: Map<string, boolean>;
  carousel: Carousel;
  muted: boolean;
  helpOpen: boolean;
  notice: Notice | null;
  /** The last notice shown (kept after it is cleared, for tests and assistive tools). */
  lastNotice: string | null;
  /** The complaint category the feed is narrowed to. */
  complaintCategory: string | null;
  /** A panel drawn highlighted for a moment (the one a command asked for). */
  spotlight: { panel: string; at: number } | null;
  /** The screen the cameras were opened from (closing them returns there). */
  cameraReturn: string | null;
  /** Ids of the commands applied, newest last. */
  applied: string[];
}

export const HISTORY_LENGTH = 20;
export const APPLIED_LENGTH = 50;
/** A notice stays this long. */
export const NOTICE_MS = 6_000;
export const SPOTLIGHT_MS = 4_000;

export const initialCommandState = (): CommandState => ({
  screenHistory: [],
  compare: null,
  selectedDong: null,
  incidentFilter: null,
  layerOverrides: new Map(),
  carousel: { playing: false, since: 0 },
  muted: false,
  helpOpen: false,
  notice: null,
  lastNotice: null,
  complaintCategory: null,
  spotlight: null,
  cameraReturn: null,
  applied: [],
});

export type CommandAction =
  /** Back to the screen shown before. */
  | { type: 'screen.back' }
  | { type: 'compare.show'; districts: string[] }
  | { type: 'compare.close' }
  | { type: 'dong.select'; code: string | null }
  | { type: 'incidents.filter'; filter: IncidentFilter | null }
  | { type: 'layer.set'; layer: string; visible: boolean }
  /** The map's own view again (its layout's: the city, or the focus gu). */
  | { type: 'map.reset'; panel: string }
  | { type: 'carousel.set'; playing: boolean; at: number }
  | { type: 'sound.set'; muted: boolean }
  | { type: 'help.show'; open: boolean }
  | { type: 'notice.show'; text: string; at: number }
  | { type: 'notice.clear' }
  | { type: 'complaints.category'; category: string | null }
  | { type: 'panel.spotlight'; panel: string; at: number }
  | { type: 'cameras.return'; screen: string | null }
  /** Everything fetched is asked again (kept on show until the answer comes). */
  | { type: 'data.refresh' };

const COMMAND_ACTIONS: ReadonlySet<string> = new Set([
  'screen.back', 'compare.show', 'compare.close', 'dong.select', 'incidents.filter', 'layer.set', 'map.reset', 'carousel.set',
  'sound.set', 'help.show', 'notice.show', 'notice.clear', 'complaints.category', 'panel.spotlight', 'cameras.return', 'data.refresh',
]);
export const isCommandAction = (a: { type: string }): a is CommandAction => COMMAND_ACTIONS.has(a.type);

const sameFilter = (a: IncidentFilter | null, b: IncidentFilter | null): boolean =>
  a === b || (a !== null && b !== null && a.incidentType === b.incidentType && a.agency === b.agency && a.severity === b.severity && a.district === b.district);

/** Remembers the screen being left (the same one twice in a row once). */
export function pushHistory(state: CommandState, screen: string): void {
  if (state.screenHistory.at(-1) === screen) return;
  state.screenHistory = [...state.screenHistory, screen].slice(-HISTORY_LENGTH);
}

/** Marks every held answer stale, so the effects ask again while the panels keep showing it. */
function markStale(state: WallState): void {
  const stale = <T extends { status: string }>(l: T | null | undefined): T | null | undefined =>
    l && l.status !== 'loading' ? { ...l, loadedAt: 0 } : l;
  state.indicatorCatalogue = stale(state.indicatorCatalogue) ?? null;
  state.pledges = stale(state.pledges) ?? null;
  for (const m of [state.indicatorSeries, state.drilldowns, state.cityScores, state.districtScores, state.history] as Array<Map<string, { status: string }>>) {
    for (const [k, v] of m) m.set(k, stale(v)!);
  }
  state.cameraList = null;
}

/** Applies a command action; false when it changed nothing. Does not bump the version. */
export function applyCommandAction(state: WallState, a: CommandAction): boolean {
  switch (a.type) {
    case 'screen.back': {
      const known = state.screenHistory.filter((s) => s !== state.screenId && state.layout.screens.some((x) => x.id === s));
      const back = known.at(-1);
      if (back === undefined) return false;
      state.screenHistory = known.slice(0, -1);
      state.screenId = back;
      return true;
    }
    case 'compare.show':
      if (state.compare?.join() === a.districts.join()) return false;
      state.compare = [...a.districts];
      return true;
    case 'compare.close':
      if (state.compare === null) return false;
      state.compare = null;
      return true;
    case 'dong.select':
      if (state.selectedDong === a.code) return false;
      state.selectedDong = a.code;
      return true;
    case 'incidents.filter':
      if (sameFilter(state.incidentFilter, a.filter)) return false;
      state.incidentFilter = a.filter;
      return true;
    case 'layer.set':
      if (state.layerOverrides.get(a.layer) === a.visible) return false;
      state.layerOverrides = new Map(state.layerOverrides).set(a.layer, a.visible);
      return true;
    case 'map.reset':
      return state.views.delete(a.panel);
    case 'carousel.set':
      // Playing again restarts the current screen's time; pausing twice changes nothing.
      if (state.carousel.playing === a.playing && (!a.playing || state.carousel.since === a.at)) return false;
      state.carousel = { playing: a.playing, since: a.at };
      return true;
    case 'sound.set':
      if (state.muted === a.muted) return false;
      state.muted = a.muted;
      return true;
    case 'help.show':
      if (state.helpOpen === a.open) return false;
      state.helpOpen = a.open;
      return true;
    case 'notice.show':
      state.notice = { text: a.text, at: a.at };
      state.lastNotice = a.text;
      return true;
    case 'notice.clear':
      if (state.notice === null) return false;
      state.notice = null;
      return true;
    case 'complaints.category':
      if (state.complaintCategory === a.category) return false;
      state.complaintCategory = a.category;
      return true;
    case 'panel.spotlight':
      state.spotlight = { panel: a.panel, at: a.at };
      return true;
    case 'cameras.return':
      if (state.cameraReturn === a.screen) return false;
      state.cameraReturn = a.screen;
      return true;
    case 'data.refresh':
      markStale(state);
      return true;
  }
}

/** The layers of a map whose layout names none. */
export const DEFAULT_MAP_LAYERS: readonly string[] = ['districts', 'neighborhoods', 'stations', 'labels'];

/** The layers a map shows: its layout's, with those turned on added and those turned off taken away. */
export function effectiveLayers(base: readonly string[], overrides: ReadonlyMap<string, boolean>): string[] {
  const shown = [...base.filter((l) => overrides.get(l) !== false)];
  for (const [layer, on] of overrides) if (on && !shown.includes(layer)) shown.push(layer);
  return shown;
}

/** The layers one map panel shows now. */
export const mapLayersOf = (panel: { layers?: string[] | undefined }, state: Pick<CommandState, 'layerOverrides'>): string[] =>
  effectiveLayers(panel.layers ?? DEFAULT_MAP_LAYERS, state.layerOverrides);

/** Whether an incident passes the filter (severity: at least the one asked). */
export function passesFilter(i: Pick<Incident, 'type' | 'agency' | 'severity' | 'district'>, f: IncidentFilter | null): boolean {
  if (f === null) return true;
  if (f.incidentType !== null && i.type !== f.incidentType) return false;
  if (f.agency !== null && i.agency !== f.agency) return false;
  if (f.district !== null && i.district !== f.district) return false;
  return f.severity === null || SEVERITIES.indexOf(i.severity) >= SEVERITIES.indexOf(f.severity);
}

/** Remembers an applied command's id (the latest APPLIED_LENGTH). */
export function recordApplied(state: CommandState, id: string): void {
  state.applied = [...state.applied, id].slice(-APPLIED_LENGTH);
}

export const noticeExpired = (state: CommandState, now: number): boolean => state.notice !== null && now - state.notice.at >= NOTICE_MS;
