/**
 * @module wall/main
 * Boots the wall: reads the URL, loads the layout and the map asset, starts PixiJS (WebGL), opens
 * `/live`, and runs the frame loop — the network, gestures and commands change the state; once per
 * frame, when the state changed, the scene is reconciled from it and rendered. Commands (the command
 * box, keys, a tablet) go through the command bus: posted for this wall and applied from its feed.
 * Each step is a function of `setup/`, in the order they run here.
 */
// The platform's Content-Security-Policy forbids eval: PixiJS then builds its shaders without it.
import 'pixi.js/unsafe-eval';
import { channels } from '../../server/contracts/index.ts';
import { createAct } from './setup/actions.ts';
import { bootWall, fail } from './setup/boot.ts';
import { setupCalls } from './setup/calls.ts';
import { setupCommands } from './setup/commands.ts';
import { dataEffects } from './setup/data.ts';
import { followResize, openDisplay } from './setup/display.ts';
import { setupGestures } from './setup/gestures.ts';
import { connectLive, messageRoute } from './setup/live.ts';
import { startLoop } from './setup/loop.ts';
import { setupPairing } from './setup/pairing.ts';
import { addScene } from './setup/scene.ts';
import { exposeTestHook } from './test-hook.ts';

const base = location.origin;

async function main(): Promise<void> {
  // Who and what this wall is: the address, the signed-in person, the layout and the map; the state.
  const { state, stored, asset, me, hz, wallId } = await bootWall(base);
  // PixiJS in the page, and the view (frame, urgency) the steps below share with the frame loop.
  const display = await openDisplay();
  const { app, view } = display;
  const data = dataEffects({ base, state, bounds: asset.bounds });
  const { scene, videos } = addScene({ base, app, state, asset });
  const pairing = setupPairing({ base, app, state, view, wallId });
  // A resize is reported after main has run, so `commands` (below) is there to place its box.
  followResize(display, (frame) => commands.box.place(frame));

  // /live: messages arrive only once main has run to its end, when `route` (below) is defined.
  const layoutChannel = channels.layout(stored.scope, stored.owner);
  const live = connectLive(base, state, (msg) => route(msg));
  const calls = setupCalls({ base, me, live, state });
  const act = createAct(state, view, calls);
  pairing.attachKeys(window);
  const commands = setupCommands({ base, state, view, wallId, asset, act, calls });
  const route = messageRoute({ state, layoutChannel, calls, pair: pairing.pair, bus: commands.bus });
  const gestures = setupGestures({ app, view, state, scene, act, pair: pairing.pair, bus: commands.bus, box: commands.box });

  const stats = startLoop({
    app, state, view, hz, act, bus: commands.bus, effects: [...data, pairing.effect],
    live, layoutChannel, calls, videos, scene, pairing: pairing.overlay,
  });
  exposeTestHook({
    app, scene, state, stats, frame: () => view.frame, act,
    pairing: () => pairing.overlay.model(state, Date.now()),
    issue: (command, source) => commands.bus.issue([command], source),
    calls: calls?.hook() ?? null,
    gestures,
  });
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
