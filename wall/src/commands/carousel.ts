/**
 * @module wall/commands/carousel
 * Playing the screens: while the carousel plays, each screen stays for the layout's `rotateSeconds`
 * (20 s when the layout sets none), then the next comes. `carouselStep` says what to do at a moment;
 * the frame loop applies it. Pure.
 */
import type { Layout } from '../../../server/contracts/index.ts';
import type { WallAction } from '../state/actions.ts';
import type { WallState } from '../state/wall-state.ts';
import { stepScreen } from './screens.ts';

export const DEFAULT_ROTATE_S = 20;

export const rotateMs = (layout: Pick<Layout, 'rotateSeconds'>): number => (layout.rotateSeconds > 0 ? layout.rotateSeconds : DEFAULT_ROTATE_S) * 1000;

/** The actions due now: the next screen and its time starting, or nothing. */
export function carouselStep(state: WallState, now: number): WallAction[] {
  const c = state.carousel;
  if (!c.playing || state.layout.screens.length < 2 || now - c.since < rotateMs(state.layout)) return [];
  return [{ type: 'screen.show', screen: stepScreen(state, 1) }, { type: 'carousel.set', playing: true, at: now }];
}
