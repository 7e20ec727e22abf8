/**
 * @module http/server
 * Binds the Hono app to a Node HTTP server with WebSocket upgrades.
 */
import type { AddressInfo } from 'node:net';
import { serve, type WebSocketServerLike } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import type { App } from './app.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startHttpServer(app: App, opts: { port: number; host: string }): Promise<RunningServer> {
  // ws types `noServer` as optional where the adapter wants it set; it is set here.
  const wss = new WebSocketServer({ noServer: true });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host, websocket: { server: wss as unknown as WebSocketServerLike } }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            for (const client of wss.clients) client.terminate();
            wss.close();
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
