/**
 * @module wall/calls/call-overlay
 * Calls on the wall: a DOM overlay in the corner, above the canvas, that shows a call in progress and
 * calls ringing for the wall's person, and appears only then. `startCall` is what a tap on "call the
 * responsible station" uses; `port()` is what the command layer's `call-official` and `hang-up` use.
 * Rides on the wall's own /live connection.
 */
import type { CallTarget, ClientMessage, Language, ServerMessage } from '../../../server/contracts/index.ts';
import { createCallClient, type CallClient } from './call-client.ts';
import { callOfRequest, type CommandCallsPort } from './call-commands.ts';
import { callHook, type CallHook } from './call-hook.ts';
import { browserMedia, browserPeer } from './call-rtc.ts';
import { CALL_VIEW_CSS, createCallView } from './call-view.ts';
import { hangUpCall, placeCall } from './calls-api.ts';

export interface CallOverlay {
  channels(): string[];
  /** Takes a message from /live; false when it is not about calls. */
  receive(msg: ServerMessage): boolean;
  startCall(target: CallTarget, about?: { incident?: string; reason?: string }): Promise<void>;
  /** For the command bus: a failed start rejects, so the wall can say why. */
  port(): CommandCallsPort;
  hook(): CallHook;
}

export interface CallOverlayOptions {
  base: string;
  /** The signed-in person. */
  me: string;
  send(msg: ClientMessage): boolean;
  lang(): Language;
}

export function createCallOverlay(opts: CallOverlayOptions): CallOverlay {
  const style = document.createElement('style');
  style.textContent = CALL_VIEW_CSS;
  document.head.append(style);
  const root = document.createElement('div');
  root.className = 'scpm-call-overlay';
  root.setAttribute('aria-live', 'polite');
  root.hidden = true;
  document.body.append(root);
  let view: ReturnType<typeof createCallView> | null = null;
  const refresh = (): void => {
    if (!view) return;
    view.render();
    root.hidden = !view.busy();
  };
  const client: CallClient = createCallClient({
    me: opts.me,
    send: opts.send,
    place: (body) => placeCall(opts.base, body),
    hangUpOverRest: (id) => hangUpCall(opts.base, id),
    getMedia: browserMedia,
    createPeer: browserPeer,
    onChange: refresh,
  });
  view = createCallView(root, client, opts.me, opts.lang);
  // the duration ticks and an ended call's note goes after a while
  setInterval(refresh, 1000);
  const startCall = (target: CallTarget, about: { incident?: string; reason?: string } = {}): Promise<void> =>
    client.start(target, about).catch(() => refresh());
  return {
    channels: () => client.channels(),
    receive: (msg) => client.receive(msg),
    startCall,
    port: () => ({
      start: async (request) => {
        const { target, about } = callOfRequest(request);
        await client.start(target, about);
      },
      hangUp: async () => client.hangUp(),
    }),
    hook: () => callHook(client),
  };
}
