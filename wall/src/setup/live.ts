/**
 * @module wall/setup/live
 * The wall's `/live` connection: its status goes into the state (the reference data is loaded again
 * on every open), and each message to the part it is for — the calls, the pairing (a tablet's first
 * command on this wall's feed means it has paired, so the code goes), the command bus, a new layout,
 * and everything else to the live reducer.
 */
import { channels, StoredLayoutSchema, WallFeedSchema, type ServerMessage } from '../../../server/contracts/index.ts';
import type { CallOverlay } from '../calls/call-overlay.ts';
import type { CommandBus } from '../commands/command-bus.ts';
import { createLiveClient, type LiveClient, type SocketLike } from '../live/live-client.ts';
import { applyServerMessage } from '../state/live-reducer.ts';
import { pairedByFeed, type PairingAction } from '../state/pairing.ts';
import type { WallState } from '../state/wall-state.ts';
import { loadReferences } from './data.ts';

/** Opens `/live`; its messages go to `receive`, which may be defined after this (they arrive later). */
export function connectLive(base: string, state: WallState, receive: (msg: ServerMessage) => void): LiveClient {
  return createLiveClient({
    url: `${base.replace(/^http/, 'ws')}/live`,
    createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    onStatus: (status, attempt) => {
      state.connection = { ...state.connection, status, since: Date.now(), attempts: attempt };
      if (status === 'open') void loadReferences(base, state);
      state.version += 1;
    },
    onMessage: receive,
  });
}

export interface RouteDeps {
  state: WallState;
  /** The channel of the layout this wall shows. */
  layoutChannel: string;
  calls: Pick<CallOverlay, 'receive'> | null;
  pair(action: PairingAction): void;
  bus: Pick<CommandBus, 'receive'>;
}

/** Where each `/live` message goes. */
export function messageRoute({ state, layoutChannel, calls, pair, bus }: RouteDeps): (msg: ServerMessage) => void {
  return (msg) => {
    if (calls?.receive(msg)) return;
    // A tablet's first command on this wall's feed: it has paired, the code can go.
    if ((msg.type === 'snapshot' || msg.type === 'update') && state.pairing && msg.channel === channels.wall(state.pairing.wall)) {
      const feed = WallFeedSchema.safeParse(msg.data);
      if (feed.success && pairedByFeed(state, feed.data)) pair({ type: 'pairing.hide' });
    }
    bus.receive(msg);
    if ((msg.type === 'snapshot' || msg.type === 'update') && msg.channel === layoutChannel) {
      const next = StoredLayoutSchema.safeParse(msg.data);
      if (next.success) {
        state.layout = next.data.layout;
        if (!state.layout.screens.some((s) => s.id === state.screenId)) state.screenId = state.layout.startScreen;
        state.version += 1;
      }
      return;
    }
    applyServerMessage(state, msg, Date.now());
  };
}
