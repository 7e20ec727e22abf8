/**
 * @module scripts/simulator/http-adapter
 * Serves a fetch-style handler `(Request) => Promise<Response>` over node:http.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

const toRequest = (req: IncomingMessage, origin: string): Request => {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  return new Request(new URL(req.url ?? '/', origin), { method: req.method ?? 'GET', headers });
};

const send = async (res: ServerResponse, r: Response): Promise<void> => {
  const body = Buffer.from(await r.arrayBuffer());
  res.writeHead(r.status, Object.fromEntries(r.headers));
  res.end(body);
};

export const listen = (handler: (req: Request) => Promise<Response>, port: number, host: string): Promise<Listening> =>
  new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      const origin = `http://${req.headers.host ?? `${host}:${port}`}`;
      handler(toRequest(req, origin))
        .then((r) => send(res, r))
        .catch((err: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(err));
        });
    });
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address() as AddressInfo;
      const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve({
        url: `http://${h}:${addr.port}`,
        close: () => new Promise<void>((done, fail) => {
          server.closeAllConnections();
          server.close((err) => (err ? fail(err) : done()));
        }),
      });
    });
  });
