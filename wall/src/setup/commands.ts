/**
 * @module wall/setup/commands
 * Commands: the command bus (posted for this wall and applied from its feed; applied here on the
 * public wall), the command box (typed or spoken words, interpreted by the platform) placed on the
 * frame, and the command keys.
 */
import { commandRoutes } from '../api/commands.ts';
import type { CallOverlay } from '../calls/call-overlay.ts';
import { attachCommandKeys, createCommandBox, type CommandBox } from '../commands/command-box.ts';
import { createCommandBus, type CommandBus } from '../commands/command-bus.ts';
import { placesOf } from '../commands/places.ts';
import { browserSpeech } from '../commands/speech.ts';
import type { MapAsset } from '../map/map-asset.ts';
import type { WallState } from '../state/wall-state.ts';
import type { Act } from './actions.ts';
import { loadReferences } from './data.ts';
import type { View } from './display.ts';

export interface CommandsDeps {
  base: string;
  state: WallState;
  view: View;
  /** The wall whose feed carries its commands (null: the public wall). */
  wallId: string | null;
  asset: MapAsset;
  act: Act;
  calls: Pick<CallOverlay, 'port'> | null;
}

export interface Commands {
  bus: CommandBus;
  box: CommandBox;
}

export function setupCommands({ base, state, view, wallId, asset, act, calls }: CommandsDeps): Commands {
  const places = placesOf(asset);
  const routes = commandRoutes(base);
  const bus = createCommandBus({
    state, wall: wallId, places, routes, act,
    // call-official and hang-up: the call overlay of a signed-in person; an anonymous wall says calls are not available
    calls: calls?.port() ?? null,
    reload: () => void loadReferences(base, state),
    now: Date.now,
  });
  const box = createCommandBox(document, { state, places, interpret: routes.interpret, issue: bus.issue, speech: browserSpeech(window) });
  attachCommandKeys(window, box, { state, issue: bus.issue });
  box.place(view.frame);
  return { bus, box };
}
