/**
 * @module wall/commands/screens
 * Finding where a command is shown: the current screen when it has the panels asked for, else the
 * first screen of the layout that has; the next and previous screen; the map a map command moves.
 * Pure.
 */
import type { Panel, Screen } from '../../../server/contracts/index.ts';
import type { WallAction } from '../state/actions.ts';
import { currentScreen, type WallState } from '../state/wall-state.ts';

const hasKind = (screen: Screen, kinds: readonly string[]): boolean => screen.panels.some((p) => kinds.includes(p.kind));

/** The current screen when it shows one of `kinds`, else the first screen that does, else null. */
export function screenFor(state: WallState, kinds: readonly string[]): Screen | null {
  const current = currentScreen(state);
  if (hasKind(current, kinds)) return current;
  return state.layout.screens.find((s) => hasKind(s, kinds)) ?? null;
}

/** A screen with every one of `kinds` (current first), else null. */
export function screenWithAll(state: WallState, kinds: readonly string[]): Screen | null {
  const all = (s: Screen): boolean => kinds.every((k) => s.panels.some((p) => p.kind === k));
  const current = currentScreen(state);
  return all(current) ? current : (state.layout.screens.find(all) ?? null);
}

/** Going to a screen: nothing when it is already shown. */
export const goTo = (state: WallState, screen: Screen): WallAction[] => (screen.id === state.screenId ? [] : [{ type: 'screen.show', screen: screen.id }]);

/** The screen `delta` places on from the current one, round the layout's list. */
export function stepScreen(state: WallState, delta: number): string {
  const screens = state.layout.screens;
  const at = Math.max(0, screens.findIndex((s) => s.id === state.screenId));
  const n = screens.length;
  return screens[(((at + delta) % n) + n) % n]!.id;
}

/** The panel of a screen of the first of `kinds` it has. */
export function panelOf(screen: Screen, kinds: readonly string[]): Panel | null {
  for (const kind of kinds) {
    const panel = screen.panels.find((p) => p.kind === kind);
    if (panel) return panel;
  }
  return null;
}

export interface MapTarget {
  screen: Screen;
  panel: Panel;
}

/** The map a map command moves: the current screen's first, else the first screen's with a map. */
export function mapTarget(state: WallState, prefer: readonly string[] = []): MapTarget | null {
  const screen = (prefer.length > 0 ? screenWithAll(state, ['map', ...prefer]) : null) ?? screenFor(state, ['map']);
  const panel = screen ? panelOf(screen, ['map']) : null;
  return screen && panel ? { screen, panel } : null;
}
