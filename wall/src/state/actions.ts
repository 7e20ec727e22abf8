/**
 * @module wall/state/actions
 * What a person can do to the wall: every tap, gesture, key and spoken or typed command becomes one
 * of these, applied by one reducer. Pure.
 */
import type { CallTarget, Language } from '../../../server/contracts/index.ts';
import { applyAdminAction, isAdminAction, type AdminAction } from './admin-state.ts';
import { applyCommandAction, isCommandAction, pushHistory, type CommandAction } from './command-state.ts';
import type { MapView, WallState } from './wall-state.ts';

export type WallAction =
  | { type: 'screen.show'; screen: string }
  | { type: 'district.select'; code: string | null }
  | { type: 'language.set'; language: Language }
  | { type: 'language.toggle' }
  | { type: 'map.view'; panel: string; view: MapView }
  /** Opens an incident's detail and the cameras around it. */
  | { type: 'incident.select'; id: string }
  | { type: 'incident.clear' }
  /**
   * The CCTV panel shows the cameras around an incident (null: those of `district` when given, else
   * the layout's gu or the map centre), `count` of them when given.
   */
  | { type: 'cctv.open'; incident: string | null; district?: string | null; count?: number | null }
  /** Starts a video call (the incident detail's "call the station"): carried out by the call overlay, not the state. */
  | { type: 'call.start'; target: CallTarget; about?: { incident?: string } }
  /** The administration screen: an indicator, its drill-down's dimension, the grid's plan area. */
  | AdminAction
  /** Going back, comparing, the dong, filters, layers, the carousel, sound, help, notices. */
  | CommandAction;

export function applyAction(state: WallState, action: WallAction): boolean {
  if (isAdminAction(action)) {
    if (!applyAdminAction(state, action)) return false;
    state.version += 1;
    return true;
  }
  if (isCommandAction(action)) {
    if (!applyCommandAction(state, action)) return false;
    state.version += 1;
    return true;
  }
  switch (action.type) {
    case 'screen.show':
      if (state.screenId === action.screen || !state.layout.screens.some((s) => s.id === action.screen)) return false;
      pushHistory(state, state.screenId);
      state.screenId = action.screen;
      break;
    case 'district.select':
      if (state.selected === action.code) return false;
      state.selected = action.code;
      break;
    case 'language.set':
      if (state.language === action.language) return false;
      state.language = action.language;
      break;
    case 'language.toggle':
      state.language = state.language === 'ko' ? 'en' : 'ko';
      break;
    case 'incident.select':
      if (state.selectedIncident === action.id && state.cctvFor === action.id) return false;
      if (state.incidentRecord?.id !== action.id) state.incidentRecord = null;
      state.selectedIncident = action.id;
      state.cctvFor = action.id;
      break;
    case 'incident.clear':
      if (state.selectedIncident === null && state.cctvFor === null) return false;
      state.selectedIncident = null;
      state.incidentRecord = null;
      state.cctvFor = null;
      break;
    case 'cctv.open': {
      const district = action.district ?? null;
      const count = action.count ?? null;
      if (state.cctvFor === action.incident && state.cctvDistrict === district && state.cctvCount === count) return false;
      state.cctvFor = action.incident;
      state.cctvDistrict = district;
      state.cctvCount = count;
      break;
    }
    case 'call.start':
      return false;
    case 'map.view': {
      const held = state.views.get(action.panel);
      if (held && held.zoom === action.view.zoom && held.cx === action.view.cx && held.cy === action.view.cy) return false;
      state.views.set(action.panel, action.view);
      break;
    }
  }
  state.version += 1;
  return true;
}
