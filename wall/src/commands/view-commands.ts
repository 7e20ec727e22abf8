/**
 * @module wall/commands/view-commands
 * "Send this to the wall": the commands that bring another wall to what this one shows — its
 * screen, the gu (or dong) selected or the gu compared, the indicator open, the language. At most
 * eight, as one request takes. Pure.
 */
import type { Command } from '../../../server/contracts/index.ts';
import { currentScreen, type WallState } from '../state/wall-state.ts';
import { commandIndicatorOf } from './indicators.ts';
import type { MapPlaces } from './places.ts';

export const MAX_VIEW_COMMANDS = 8;

export function viewCommands(state: WallState, places: MapPlaces): Command[] {
  const out: Command[] = [{ type: 'show-screen', screen: state.screenId }];
  const dong = state.selectedDong ? places.dongs.get(state.selectedDong) : undefined;
  if (dong) out.push({ type: 'select-dong', dong: dong.code, district: dong.district });
  else if (state.selected) out.push({ type: 'select-district', district: state.selected });
  else out.push({ type: 'clear-selection' });
  // The indicator open, when this screen shows indicators (opening one goes to their screen).
  const showsIndicators = currentScreen(state).panels.some((p) => p.kind === 'indicator-grid' || p.kind === 'indicator-detail');
  const indicator = showsIndicators && state.selectedIndicator ? commandIndicatorOf(state.selectedIndicator) : null;
  if (indicator) out.push({ type: 'open-indicator', indicator, ...(state.drillPeriod ? { period: state.drillPeriod } : {}) });
  if (state.compare) out.push({ type: 'compare-districts', districts: state.compare });
  out.push({ type: 'change-language', lang: state.language });
  return out.slice(0, MAX_VIEW_COMMANDS);
}
