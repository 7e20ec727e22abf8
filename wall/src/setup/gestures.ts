/**
 * @module wall/setup/gestures
 * Touch gestures on the canvas, in logical canvas pixels: taps, pans and zooms act on the scene; a
 * gesture that means a command is issued as one (source `touch`); the edges open the help and the
 * command box; each gesture recognised is counted for the test hook.
 */
import type { Application } from 'pixi.js';
import type { Command } from '../../../server/contracts/index.ts';
import type { CommandBox } from '../commands/command-box.ts';
import type { CommandBus } from '../commands/command-bus.ts';
import { toLogical } from '../state/frame.ts';
import { pairingShown, type PairingAction } from '../state/pairing.ts';
import type { WallState } from '../state/wall-state.ts';
import type { WallScene } from '../scene/wall-scene.ts';
import { createGestureLog, recordGesture, type GestureLog } from '../systems/gesture-dispatch.ts';
import { attachGestures } from '../systems/gestures.ts';
import type { Act } from './actions.ts';
import type { View } from './display.ts';

export interface GesturesDeps {
  app: Application;
  view: View;
  state: WallState;
  scene: WallScene;
  act: Act;
  pair(action: PairingAction): void;
  bus: Pick<CommandBus, 'issue'>;
  box: Pick<CommandBox, 'listen'>;
}

/** Attaches the gestures to the canvas; answers the log of those recognised. */
export function setupGestures({ app, view, state, scene, act, pair, bus, box }: GesturesDeps): GestureLog {
  const gestures = createGestureLog();
  // A gesture that means a command is issued as one (source touch): audited, and the same on every screen of this wall.
  const command = (cmd: Command): void => void bus.issue([cmd], 'touch');
  attachGestures(app.canvas, {
    toLogical: (cx, cy) => {
      const r = app.canvas.getBoundingClientRect();
      return toLogical(view.frame, cx - r.left, cy - r.top);
    },
    canvasSize: () => view.frame,
    pannableAt: (x, y) => scene.pannable(x, y),
    // While the pairing panel is up, a tap anywhere closes it.
    tap: (x, y) => (pairingShown(state) ? pair({ type: 'pairing.hide' }) : act(scene.tap(x, y))),
    pan: (x, y, dx, dy) => act(scene.pan(x, y, dx, dy)),
    zoom: (x, y, f) => act(scene.zoom(x, y, f)),
    longPress: (x, y) => {
      const cmd = scene.longPress(x, y);
      if (cmd) command(cmd);
    },
    command,
    // The right edge opens the gesture help; the bottom edge the command box, listening.
    edgeSwipe: (edge) => {
      if (edge === 'right') act({ type: 'help.show', open: true });
      else if (edge === 'bottom') box.listen();
    },
    context: () => ({ language: state.language, selected: state.selected, districtAt: (x, y) => scene.districtAt(x, y) }),
    gesture: (name) => recordGesture(gestures, name),
  });
  return gestures;
}
