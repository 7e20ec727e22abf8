/**
 * @module http/routes/live
 * GET /live — the WebSocket where clients subscribe to channels (contracts/live-protocol.ts) and a
 * signed-in person signals their calls. A call's channel is for its parties only.
 */
import { upgradeWebSocket } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createLiveSession, type LiveSession } from '../../live/session.ts';
import type { ApiDeps } from '../deps.ts';
import { decideChannel } from '../../access/policy.ts';
import { CALL_CHANNEL_PREFIX, isPartyOfChannel } from '../../calls/projection.ts';
import { CALLING_ROLES } from '../../calls/rules.ts';

export function registerLiveRoute(app: OpenAPIHono, deps: ApiDeps): void {
  let sessions = 0;
  app.get(
    '/live',
    upgradeWebSocket((c) => {
      let session: LiveSession | null = null;
      const log = deps.log.child({ session: ++sessions });
      // The principal of the upgrade request decides every channel of this connection.
      const principal = c.get('principal');
      const gate = (channel: string) => {
        const d = decideChannel(principal, channel);
        if (!d.allow) return { allow: false as const, reason: d.reason };
        if (channel.startsWith(CALL_CHANNEL_PREFIX) && !(principal.kind === 'user' && isPartyOfChannel(deps.hub, principal.login, channel))) {
          return { allow: false as const, reason: 'a call is for its parties' };
        }
        return d;
      };
      // People who place and take calls signal them on this connection.
      const openSignals = principal.kind === 'user' && CALLING_ROLES.includes(principal.role) ? (send: Parameters<typeof deps.calls.connect>[1]) => deps.calls.connect(principal, send) : undefined;
      return {
        onOpen(_event, ws) {
          const raw = ws.raw as { bufferedAmount?: number } | undefined;
          session = createLiveSession(
            deps.hub,
            {
              send: (text) => ws.send(text),
              get bufferedAmount() {
                return raw?.bufferedAmount ?? 0;
              },
            },
            log,
            gate,
            openSignals,
          );
        },
        onMessage(event) {
          session?.receive(typeof event.data === 'string' ? event.data : String(event.data));
        },
        onClose() {
          session?.close();
        },
        onError(err) {
          log.warn({ err }, 'live socket error');
        },
      };
    }),
  );
}
