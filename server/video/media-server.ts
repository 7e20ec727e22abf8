/**
 * @module video/media-server
 * node-media-server 4.4 embedded in this process: RTMP in (from this machine only), WS-FLV and
 * HTTP-FLV out, bound to 127.0.0.1, play addresses signed when a secret is given (see play-url.ts).
 * Its logs go to a pino child logger; its JSON store lives in a temporary folder; a port in use is an
 * error here, not an exit of the process. `close()` returns once both ports are free again.
 * node-media-server keeps its state in one context per process, so one media server runs at a time.
 */
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:net';
import type { Logger } from 'pino';
import NodeMediaServer from 'node-media-server';
import Context from 'node-media-server/src/core/context.js';
import nmsLogger from 'node-media-server/src/core/logger.js';
import { freePort } from './free-port.ts';
import { installGuards } from './media-guards.ts';
import { followViewers, type ViewerEvent } from './media-viewers.ts';

export type { ViewerEvent } from './media-viewers.ts';

export interface MediaServerOptions {
  /** 0: any free port. */
  rtmpPort: number;
  httpPort: number;
  /** Play addresses must be signed with this secret; null lets anyone on this machine play (the camera simulator's side only). */
  secret: string | null;
  log: Logger;
  /** How long a stream waits for its vanished publisher before it ends (ms). */
  publishGraceMs?: number;
  /** Every accepted viewer joining or leaving a stream (for relaying on demand). */
  onViewer?: (e: ViewerEvent) => void;
}

export interface MediaServer {
  readonly rtmpPort: number;
  readonly httpPort: number;
  /** `rtmp://127.0.0.1:<port>/<app>/<stream>` */
  rtmpUrl(app: string, stream: string): string;
  /** `ws://127.0.0.1:<port>`: WS-FLV at `<wsBase>/<app>/<stream>.flv?sign=…` */
  readonly wsBase: string;
  /** `http://127.0.0.1:<port>`: HTTP-FLV at `<httpBase>/<app>/<stream>.flv?sign=…` */
  readonly httpBase: string;
  /** Stream paths (`/live/cam-…`) that have a publisher now. */
  publishing(): string[];
  close(): Promise<void>;
}

export class MediaServerError extends Error {
  override name = 'MediaServerError';
}

const HOST = '127.0.0.1';
let running = false;

export async function startMediaServer(o: MediaServerOptions): Promise<MediaServer> {
  if (running) throw new MediaServerError('a media server is already running in this process');
  running = true;
  const log = o.log.child({ component: 'media-server' });
  const restore: Array<() => void | Promise<void>> = [];
  // run() opens the store in the background: a failed start waits for it before stopping everything
  let started: Promise<void> = Promise.resolve();
  const undo = async (): Promise<void> => {
    for (const step of restore.reverse()) await step();
    restore.length = 0;
  };
  try {
    const rtmpPort = o.rtmpPort === 0 ? await freePort(HOST) : o.rtmpPort;
    const httpPort = o.httpPort === 0 ? await freePort(HOST) : o.httpPort;
    const storeDir = await mkdtemp(join(tmpdir(), 'scpm-media-'));
    restore.push(() => rm(storeDir, { recursive: true, force: true }));
    restore.push(quietLogs(log));
    restore.push(installGuards(Context, {
      publishGraceMs: o.publishGraceMs ?? 0,
      onRefused: (s) => log.warn({ peer: s.ip, stream: s.streamPath }, 'publishing refused'),
    }));
    if (o.onViewer) restore.push(followViewers(Context, o.onViewer));
    restore.push(() => {
      for (const b of Context.broadcasts.values()) if (b._publishGraceTimer !== null) clearTimeout(b._publishGraceTimer);
      Context.broadcasts.clear();
      Context.sessions.clear();
    });
    const nms = new NodeMediaServer({
      bind: HOST,
      rtmp: { port: rtmpPort },
      http: { port: httpPort },
      auth: o.secret === null ? { play: false, publish: false } : { play: true, publish: false, secret: o.secret },
      webadmin: { enable: false },
      store: { path: storeDir },
    });
    // the store would otherwise take over SIGINT/SIGTERM of the whole process
    nms.store.options.signals = false;
    nms.store.options.lock = false;
    const servers = listenersOf(nms);
    started = nms.run();
    const failed = new Promise<never>((_, reject) => {
      for (const s of servers) {
        s.removeAllListeners('error');
        s.on('error', (err: Error) => reject(new MediaServerError(`media server cannot listen: ${err.message}`, { cause: err })));
      }
    });
    restore.push(() => stopServers(nms, servers));
    await Promise.race([Promise.all([...servers.map((s) => (s.listening ? null : once(s, 'listening'))), started]), failed]);
    log.info({ rtmpPort, httpPort, signed: o.secret !== null }, 'media server listening');
    let closing: Promise<void> | null = null;
    return {
      rtmpPort,
      httpPort,
      rtmpUrl: (app, stream) => `rtmp://${HOST}:${rtmpPort}/${app}/${stream}`,
      wsBase: `ws://${HOST}:${httpPort}`,
      httpBase: `http://${HOST}:${httpPort}`,
      publishing: () => [...Context.broadcasts.values()].filter((b) => b.getPublishStatus() === 'publishing').map((b) => b.streamPath),
      close() {
        closing ??= undo().finally(() => {
          running = false;
          log.info('media server closed');
        });
        return closing;
      },
    };
  } catch (err) {
    await started.catch(() => undefined);
    await undo().catch(() => undefined);
    running = false;
    throw err instanceof MediaServerError ? err : new MediaServerError(`media server did not start: ${String(err)}`, { cause: err });
  }
}

function listenersOf(nms: NodeMediaServer): Server[] {
  const rtmp = nms.rtmpServer.tcpServer;
  const http = nms.httpServer.httpServer;
  if (!rtmp || !http) throw new MediaServerError('media server created no RTMP or HTTP listener');
  return [rtmp, http];
}

/** Stops node-media-server, then drops every open connection and waits until both ports are free. */
async function stopServers(nms: NodeMediaServer, servers: Server[]): Promise<void> {
  const closed = servers.filter((s) => s.listening).map((s) => once(s, 'close'));
  await nms.stop();
  for (const ws of nms.httpServer.wsServer?.clients ?? []) ws.terminate();
  nms.httpServer.httpServer?.closeAllConnections();
  await Promise.all(closed);
}

let sink: Logger | null = null;
let patched = false;

/**
 * Sends node-media-server's own log lines to pino (session chatter at debug); between servers they
 * are dropped (sessions still closing after `close()` log too). Returns the undo.
 */
function quietLogs(log: Logger): () => void {
  if (!patched) {
    patched = true;
    nmsLogger.log = (message: string, level = 'info') => {
      if (sink === null) return;
      if (level === 'warn' || level === 'error') sink.warn(message);
      else sink.debug(message);
    };
  }
  sink = log;
  return () => {
    sink = null;
  };
}
