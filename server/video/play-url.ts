/**
 * @module video/play-url
 * Signed, expiring play addresses for relayed camera streams, in the form node-media-server checks:
 * `?sign=<expiry unix s>-<md5 hex of "<stream path>-<expiry>-<secret>">`. Pure: the clock and the
 * secret are passed in. The secret never leaves the server; a leaked address dies at its expiry.
 */
import { createHash } from 'node:crypto';

/** The relay publishes every camera under this application name: `/live/<camera id>`. */
export const RELAY_APP = 'live';

export const streamPathOf = (camera: string): string => `/${RELAY_APP}/${camera}`;

export interface PlayUrlOptions {
  /** The WebSocket origin of the media server as browsers reach it, e.g. `ws://127.0.0.1:8000` or `wss://city.example/media`. */
  base: string;
  secret: string;
  ttlS: number;
  now: number;
}

export const signStreamPath = (streamPath: string, expiresAtS: number, secret: string): string =>
  `${expiresAtS}-${createHash('md5').update(`${streamPath}-${expiresAtS}-${secret}`).digest('hex')}`;

/** `ws://host:port/live/<camera>.flv?sign=…`, valid for `ttlS` seconds from `now`. */
export function signedPlayUrl(camera: string, o: PlayUrlOptions): { url: string; expiresAt: Date } {
  const expiresAtS = Math.floor(o.now / 1000) + Math.max(1, Math.floor(o.ttlS));
  const path = streamPathOf(camera);
  const url = `${o.base.replace(/\/+$/, '')}${path}.flv?sign=${signStreamPath(path, expiresAtS, o.secret)}`;
  return { url, expiresAt: new Date(expiresAtS * 1000) };
}

/** The same check the media server makes (for tests and for our own proxy). */
export function verifyPlaySign(streamPath: string, sign: string, secret: string, now: number): boolean {
  const [exp, hash, ...rest] = sign.split('-');
  if (rest.length > 0 || !exp || !hash || !/^\d+$/.test(exp)) return false;
  const expiresAtS = Number(exp);
  if (expiresAtS < Math.floor(now / 1000)) return false;
  return signStreamPath(streamPath, expiresAtS, secret) === sign;
}
