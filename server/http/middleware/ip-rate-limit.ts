/**
 * @module http/middleware/ip-rate-limit
 * Rate limits per client address for requests that do not present an API key (visitors, people
 * signed in, and anything with a malformed key): each counts against its address's requests per
 * minute, on the same counter as the per-key limits (memory or Redis) under ids `ip:<address>`,
 * which no key id can take. Requests that present a well-formed key are limited per key instead
 * (keys/middleware.ts), after the access layer has resolved it. Allowed requests carry the
 * RateLimit headers; refused ones get a 429 problem with `Retry-After`. When the counter cannot be
 * reached, requests pass and a warning is logged, as with the per-key limits.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { rateLimitHeaders } from '../../keys/middleware.ts';
import { extractApiKey } from '../../keys/extract.ts';
import type { RateDecision, RateLimiter } from '../../keys/rate-limit.ts';
import { ProblemError } from '../problem.ts';

/** Requests per minute from one address without an API key. */
export const ANONYMOUS_REQUESTS_PER_MINUTE = 600;

export interface IpRateLimitDeps {
  /** The client's address (auth/cookie.ts `clientIpOf`, which honours the trusted proxies). */
  ipOf(c: Context): string;
  /** Requests per minute per address; ANONYMOUS_REQUESTS_PER_MINUTE by default. */
  limit?: number;
  log?: Logger;
}

/** The counter id of an address: `ip:` keeps it apart from key ids (`key_…`). */
export const ipCounterId = (ip: string): string => `ip:${ip}`;

/** Whether the request presents a well-formed API key (limited per key, not per address). */
const presentsKey = (c: Context): boolean => extractApiKey((name) => c.req.header(name)).kind === 'key';

const WARN_EVERY_MS = 60_000;

export function ipRateLimit(limiter: RateLimiter, deps: IpRateLimitDeps): MiddlewareHandler {
  const limit = deps.limit ?? ANONYMOUS_REQUESTS_PER_MINUTE;
  let warnedAt = -Infinity;
  return async (c, next) => {
    if (presentsKey(c)) return next();
    const ip = deps.ipOf(c);
    let decision: RateDecision;
    try {
      decision = await limiter.hit(ipCounterId(ip), limit);
    } catch (err) {
      if (performance.now() - warnedAt >= WARN_EVERY_MS) {
        warnedAt = performance.now();
        deps.log?.warn({ err }, 'address rate limits not applied: the counter is unavailable');
      }
      return next();
    }
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) {
      deps.log?.info({ ip, limit }, 'address rate-limited');
      const detail = `at most ${limit} requests a minute from one address without an API key; try again in ${headers['Retry-After']} s`;
      const p = new ProblemError(429, 'rate-limited', 'Too many requests', detail);
      return c.json(p.toProblem(c.req.path), 429, { ...headers, 'content-type': 'application/problem+json' });
    }
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    await next();
  };
}
