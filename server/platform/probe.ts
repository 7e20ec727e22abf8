/**
 * @module platform/probe
 * Is a TCP service listening? Used to choose between a real service and its embedded stand-in.
 */
import { connect } from 'node:net';

export function tcpReachable(url: string, defaultPort: number, timeoutMs = 1000): Promise<boolean> {
  const first = url.split(',')[0]?.trim() ?? url;
  let host = '127.0.0.1';
  let port = defaultPort;
  try {
    const u = new URL(first.includes('://') ? first : `tcp://${first}`);
    host = u.hostname.replace(/^\[|\]$/g, '') || host;
    port = u.port ? Number(u.port) : defaultPort;
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
