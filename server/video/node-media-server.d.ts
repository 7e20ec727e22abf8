/**
 * @module video/node-media-server
 * The part of node-media-server 4.4 (a CommonJS package without types) that video/media-server.ts
 * uses: the server, its listeners, its store, and the process-wide context and logger it keeps.
 */
declare module 'node-media-server' {
  import type { EventEmitter } from 'node:events';
  import type { Server as HttpServer } from 'node:http';
  import type { Server as NetServer } from 'node:net';

  namespace NodeMediaServer {
    interface Config {
      bind?: string;
      rtmp?: { port?: number };
      http?: { port?: number };
      auth?: { play?: boolean; publish?: boolean; secret?: string };
      webadmin?: { enable?: boolean };
      store?: { path?: string };
    }
    interface WsClient {
      terminate(): void;
    }
    interface WsServer extends EventEmitter {
      clients: Set<WsClient>;
    }
  }

  class NodeMediaServer {
    constructor(config: NodeMediaServer.Config, configPath?: string);
    run(): Promise<void>;
    stop(): Promise<void>;
    rtmpServer: { tcpServer?: NetServer };
    httpServer: { httpServer?: HttpServer; wsServer?: NodeMediaServer.WsServer };
    store: { options: { signals: boolean; lock: boolean } };
  }
  export = NodeMediaServer;
}

declare module 'node-media-server/src/core/logger.js' {
  type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error';
  const logger: { level: string; log(message: string, level?: Level): void };
  export = logger;
}

declare module 'node-media-server/src/core/context.js' {
  import type { EventEmitter } from 'node:events';

  namespace Context {
    interface Session {
      id: string;
      /** `address:port` of the peer; empty for internal sessions. */
      ip: string;
      protocol: string;
      streamPath: string;
      streamApp: string;
      streamName: string;
      close(): void;
    }
    interface Broadcast {
      streamPath: string;
      publisher: Session | null;
      subscribers: Map<string, Session>;
      publishGraceMs: number;
      _publishGraceTimer: ReturnType<typeof setTimeout> | null;
      postPublish: (session: Session) => string | null;
      getPublishStatus(): 'publishing' | 'reconnecting' | 'idle';
    }
  }
  const Context: {
    sessions: Map<string, Context.Session>;
    broadcasts: Map<string, Context.Broadcast>;
    eventEmitter: EventEmitter;
  };
  export = Context;
}
