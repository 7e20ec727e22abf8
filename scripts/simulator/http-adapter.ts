/**
 * @module scripts/simulator/http-adapter
 * Serves a fetch-style handler `(Request) => Promise<Response>` over node:http, through
 * @hono/node-server's adapter (the one the API server uses).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export const listen = (handler: (req: Request) => Promise<Response>, port: number, host: string): Promise<Listening> =>
  new Promise((resolve, reject) => {
    const server = serve({ fetch: handler, port, hostname: host }, (info: AddressInfo) => {
      const h = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${h}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
    server.once('error', reject);
  });
