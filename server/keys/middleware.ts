/**
 * @module keys/middleware
 * Per-key rate limiting for requests authenticated by an API key: each one counts against its key's
 * requests per minute. Allowed requests carry `RateLimit-Limit`, `RateLimit-Remaining` and
 * `RateLimit-Reset` (seconds); refused ones get a 429 problem with `Retry-After` as well.
 * Requests of people and anonymous visitors pass untouched. When the counter cannot be reached
 * (Redis down) requests pass and a warning is logged: a limiter outage must not stop the districts.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { ProblemError } from '../http/problem.ts';
import type { RateDecision, RateLimiter } from './rate-limit.ts';

export interface KeyRateLimitDeps {
  /** The API key this request is authenticated by, with its requests per minute; null when it is not a key. */
  keyOf(c: Context): { id: string; rateLimit: number } | null;
  log?: Logger;
}

/** Pure: the headers announcing a decision (draft-ietf-httpapi-ratelimit-headers, delta seconds). */
export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  const reset = String(Math.max(1, Math.ceil(d.resetMs / 1000)));
  return {
    'RateLimit-Limit': String(d.limit),
    'RateLimit-Remaining': String(d.remaining),
    'RateLimit-Reset': reset,
    ...(d.allowed ? {} : { 'Retry-After': reset }),
  };
}

/** While the counter is down, its outage is logged once per this interval rather than per request. */
const WARN_EVERY_MS = 60_000;

export function apiKeyRateLimit(limiter: RateLimiter, deps: KeyRateLimitDeps): MiddlewareHandler {
  let warnedAt = -Infinity;
  return async (c, next) => {
    const key = deps.keyOf(c);
    if (key === null) return next();
    let decision: RateDecision;
    try {
      decision = await limiter.hit(key.id, key.rateLimit);
    } catch (err) {
      if (performance.now() - warnedAt >= WARN_EVERY_MS) {
        warnedAt = performance.now();
        deps.log?.warn({ err, key: key.id }, 'rate limits not applied: the counter is unavailable');
      }
      return next();
    }
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) {
      const p = new ProblemError(
        429,
        'rate-limited',
        'Too many requests',
        `this API key may make ${decision.limit} requests a minute; try again in ${headers['Retry-After']} s`,
      );
      return c.json(p.toProblem(c.req.path), 429, { ...headers, 'content-type': 'application/problem+json' });
    }
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    await next();
  };
}
