/**
 * @module http/routes/live
 * GET /live — the WebSocket where clients subscribe to channels (contracts/live-protocol.ts).
 */
import { upgradeWebSocket } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createLiveSession, type LiveSession } from '../../live/session.ts';
import type { ApiDeps } from '../deps.ts';

export function registerLiveRoute(app: OpenAPIHono, deps: ApiDeps): void {
  let sessions = 0;
  app.get(
    '/live',
    upgradeWebSocket(() => {
      let session: LiveSession | null = null;
      const log = deps.log.child({ session: ++sessions });
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
