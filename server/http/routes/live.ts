/**
 * @module http/routes/live
 * GET /live — the WebSocket where clients subscribe to channels (contracts/live-protocol.ts).
 */
import { upgradeWebSocket } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createLiveSession, type LiveSession } from '../../live/session.ts';
import type { ApiDeps } from '../deps.ts';
import { decideChannel } from '../../access/policy.ts';

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
        return d.allow ? d : { allow: false as const, reason: d.reason };
      };
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
