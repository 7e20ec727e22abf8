/**
 * @module wall/setup/calls
 * The signed-in person's calls on this wall: they ride on the wall's own `/live` connection and show
 * in an overlay above the canvas. An anonymous wall has none (its command layer says calls are not
 * available).
 */
import type { UserPrincipal } from '../../../server/contracts/index.ts';
import { createCallOverlay, type CallOverlay } from '../calls/call-overlay.ts';
import type { LiveClient } from '../live/live-client.ts';
import type { WallState } from '../state/wall-state.ts';

export interface CallsDeps {
  base: string;
  me: UserPrincipal | null;
  live: Pick<LiveClient, 'send'>;
  state: WallState;
}

export function setupCalls({ base, me, live, state }: CallsDeps): CallOverlay | null {
  // Calls of the signed-in person, on this wall's /live connection, in an overlay above the canvas.
  return me ? createCallOverlay({ base, me: me.login, send: (msg) => live.send(msg), lang: () => state.language }) : null;
}
