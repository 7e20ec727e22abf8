/**
 * @module wall/setup/actions
 * `act`, the one way the wall's own parts (the command bus, gestures, the carousel, the test hook)
 * change the state: a wall action is applied and, when it changed something, the next frame renders
 * at once; starting a call goes to the call overlay instead.
 */
import type { CallOverlay } from '../calls/call-overlay.ts';
import { applyAction, type WallAction } from '../state/actions.ts';
import type { WallState } from '../state/wall-state.ts';
import type { View } from './display.ts';

export type Act = (action: WallAction | null) => void;

export function createAct(state: WallState, view: View, calls: Pick<CallOverlay, 'startCall'> | null): Act {
  return (action) => {
    if (action?.type === 'call.start') return void calls?.startCall(action.target, action.about);
    if (action && applyAction(state, action)) view.urgent = true;
  };
}
