/**
 * @module auth/cookie
 * The session cookie (`scpm_session`: HttpOnly, Secure, SameSite=Strict, Path=/, 12 hours) and the
 * client address sign-in throttling counts by. Browsers accept Secure cookies from http://localhost
 * and http://127.0.0.1, so this holds in development too.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { SESSION_TTL_MS } from './sessions.ts';

export const SESSION_COOKIE = 'scpm_session';
const ATTRIBUTES = 'HttpOnly; Secure; SameSite=Strict; Path=/';

/** The Set-Cookie value that hands a new session's token to the browser. */
export const sessionCookie = (token: string, maxAgeSeconds = SESSION_TTL_MS / 1000): string =>
  `${SESSION_COOKIE}=${token}; ${ATTRIBUTES}; Max-Age=${Math.floor(maxAgeSeconds)}`;

/** The Set-Cookie value that makes the browser forget its session. */
export const clearedSessionCookie = (): string => `${SESSION_COOKIE}=; ${ATTRIBUTES}; Max-Age=0`;

/** The session token a request carries, if any (principal resolution passes it to `SessionStore.resolve`). */
export const sessionTokenOf = (c: Context): string | null => getCookie(c, SESSION_COOKIE) ?? null;

/**
 * The client's address. With `trustedProxies` > 0 (SCPM behind that many reverse proxies of its own),
 * the address those proxies saw, from the right of X-Forwarded-For; otherwise the socket's peer.
 * `unknown` when neither is there (e.g. requests made in tests with `app.request`).
 */
export function clientIpOf(c: Context, trustedProxies = 0): string {
  if (trustedProxies > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const seen = hops[hops.length - trustedProxies];
    if (seen) return seen.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
