/**
 * @module wall/commands/apply-map
 * The map commands: zoom, pan, reset, layers on and off, a dong highlighted, gu compared. Each acts
 * on the current screen's map, or goes to the first screen with one. Pure.
 */
import type { Command, Panel } from '../../../server/contracts/index.ts';
import type { WallAction } from '../state/actions.ts';
import { mapLayersOf } from '../state/command-state.ts';
import { defaultView, focusView, MAX_ZOOM, MIN_ZOOM } from '../state/map-view.ts';
import type { MapView, WallState } from '../state/wall-state.ts';
import type { MapPlaces } from './places.ts';
import { plan, tell, type CommandEnv, type CommandPlan } from './plan.ts';
import { goTo, mapTarget } from './screens.ts';
import { noticeText, unknownPlaceText } from './words.ts';

/** One zoom level doubles the scale. */
export const ZOOM_STEP = 2;
/** A pan moves the centre by this share of what the map shows. */
export const PAN_SHARE = 0.25;
/** How close a selected dong is shown. */
export const DONG_ZOOM = 6;

/** The view a map panel shows now (held, or its layout's default). */
export function viewNow(state: WallState, panel: Panel, places: MapPlaces): MapView {
  const held = state.views.get(panel.id);
  if (held) return held;
  const focus = state.layout.focusDistrict ? places.districts.get(state.layout.focusDistrict) : undefined;
  return defaultView(places.bounds, focus?.label ?? null);
}

type MapCommand = Extract<Command, { type: 'zoom-map' | 'pan-map' | 'reset-view' | 'show-layer' | 'hide-layer' }>;

export function planMap(state: WallState, command: MapCommand, env: CommandEnv): CommandPlan {
  const target = mapTarget(state);
  if (!target) return tell(env, noticeText(state.language, 'noMap'));
  const { screen, panel } = target;
  const b = env.places.bounds;
  const view = viewNow(state, panel, env.places);
  const go = goTo(state, screen);
  switch (command.type) {
    case 'zoom-map': {
      const levels = command.level ?? 1;
      const factor = ZOOM_STEP ** (command.direction === 'in' ? levels : -levels);
      const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom * factor));
      return plan([...go, { type: 'map.view', panel: panel.id, view: focusView(b, view.cx, view.cy, zoom) }]);
    }
    case 'pan-map': {
      const dx = ((b.maxX - b.minX) / view.zoom) * PAN_SHARE;
      const dy = ((b.maxY - b.minY) / view.zoom) * PAN_SHARE;
      // Projected y grows southwards.
      const [mx, my] = { north: [0, -dy], south: [0, dy], east: [dx, 0], west: [-dx, 0] }[command.direction];
      return plan([...go, { type: 'map.view', panel: panel.id, view: focusView(b, view.cx + mx!, view.cy + my!, view.zoom) }]);
    }
    case 'reset-view':
      return plan([...go, { type: 'map.reset', panel: panel.id }]);
    case 'show-layer':
    case 'hide-layer':
      return plan([...go, { type: 'layer.set', layer: command.layer, visible: command.type === 'show-layer' }]);
  }
}

/** A dong: its gu selected, the dong outlines on, the map centred on it (a screen with the gu's detail beside the map first). */
export function planDong(state: WallState, command: Extract<Command, { type: 'select-dong' }>, env: CommandEnv): CommandPlan {
  const dong = env.places.dongs.get(command.dong);
  if (!dong) return tell(env, unknownPlaceText(state.language, command.dong));
  const target = mapTarget(state, ['district-detail']);
  if (!target) return tell(env, noticeText(state.language, 'noMap'));
  const actions: WallAction[] = [...goTo(state, target.screen)];
  if (!mapLayersOf(target.panel, state).includes('neighborhoods')) actions.push({ type: 'layer.set', layer: 'neighborhoods', visible: true });
  actions.push(
    { type: 'district.select', code: dong.district },
    { type: 'dong.select', code: dong.code },
    { type: 'map.view', panel: target.panel.id, view: focusView(env.places.bounds, dong.label[0], dong.label[1], Math.max(DONG_ZOOM, viewNow(state, target.panel, env.places).zoom)) },
  );
  return plan(actions);
}

/** Two to four gu side by side, over whatever screen is shown. */
export function planCompare(state: WallState, command: Extract<Command, { type: 'compare-districts' }>, env: CommandEnv): CommandPlan {
  const unknown = command.districts.find((d) => !env.places.districts.has(d));
  if (unknown) return tell(env, unknownPlaceText(state.language, unknown));
  return plan([{ type: 'compare.show', districts: command.districts }]);
}
