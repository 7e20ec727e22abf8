/**
 * @module keys/rate-limit
 * Per-key request limits in fixed one-minute windows. With Redis (several API replicas) the count of
 * a window is one key, `<prefix>:rl:<keyId>:<window>`, raised with INCR and expiring after its
 * window (PEXPIRE); without it (embedded mode, tests) the count is kept in this process.
 * Each decision says how many requests remain and when the window resets, for the RateLimit headers.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export const WINDOW_MS = 60_000;

export interface RateDecision {
  allowed: boolean;
  /** The limit this decision was made against (requests per window). */
  limit: number;
  remaining: number;
  /** Milliseconds until the window resets (always > 0). */
  resetMs: number;
}

export interface RateLimiter {
  readonly kind: 'redis' | 'memory';
  /** Counts one request of `keyId` and decides it against `limit` requests per minute. */
  hit(keyId: string, limit: number): Promise<RateDecision>;
  close(): Promise<void>;
}

export class RateLimitError extends Error {
  override name = 'RateLimitError';
}

/** Pure: the window a moment falls in, and the milliseconds left in it. */
export const windowOf = (now: number, windowMs = WINDOW_MS): { window: number; resetMs: number } => {
  const window = Math.floor(now / windowMs);
  return { window, resetMs: (window + 1) * windowMs - now };
};

/** Pure: the decision for the `count`-th request of a window. */
export const decide = (count: number, limit: number, resetMs: number): RateDecision => ({
  allowed: count <= limit,
  limit,
  remaining: Math.max(0, limit - count),
  resetMs,
});

export function createMemoryRateLimiter(now: () => number = Date.now): RateLimiter & { size(): number } {
  /** One entry per key: the counts of older windows are dropped when a newer one starts. */
  const counts = new Map<string, { window: number; count: number }>();
  return {
    kind: 'memory',
    size: () => counts.size,
    async hit(keyId, limit) {
      const { window, resetMs } = windowOf(now());
      const current = counts.get(keyId);
      const count = current && current.window === window ? current.count + 1 : 1;
      counts.set(keyId, { window, count });
      return decide(count, limit, resetMs);
    },
    async close() {
      counts.clear();
    },
  };
}

export interface RedisRateLimiterOptions {
  /** A Redis URL (the limiter opens and closes its own connection) or a client the caller owns. */
  connection: string | Redis;
  /** `scpm`, or `scpm-<namespace>` when several deployments share one Redis. */
  prefix: string;
  now?: () => number;
  /** Connection errors of a connection the limiter opened (each failed count also throws). */
  log?: Logger;
}

export const rateKeyOf = (prefix: string, keyId: string, window: number): string => `${prefix}:rl:${keyId}:${window}`;

export function createRedisRateLimiter(opts: RedisRateLimiterOptions): RateLimiter {
  const owned = typeof opts.connection === 'string';
  const redis = typeof opts.connection === 'string' ? new Redis(opts.connection, { maxRetriesPerRequest: 1, lazyConnect: true }) : opts.connection;
  const now = opts.now ?? Date.now;
  if (owned) redis.on('error', (err: Error) => opts.log?.debug({ err }, 'rate limiter: Redis connection error'));
  return {
    kind: 'redis',
    async hit(keyId, limit) {
      const { window, resetMs } = windowOf(now());
      const key = rateKeyOf(opts.prefix, keyId, window);
      let count: unknown;
      try {
        const results = await redis.multi().incr(key).pexpire(key, resetMs + 1000).exec();
        const [incr] = results ?? [];
        if (!incr || incr[0]) throw incr?.[0] ?? new Error('the transaction was discarded');
        count = incr[1];
      } catch (err) {
        throw new RateLimitError(`cannot count requests in Redis: ${(err as Error).message}`, { cause: err });
      }
      if (typeof count !== 'number') throw new RateLimitError(`Redis answered INCR with ${String(count)}`);
      return decide(count, limit, resetMs);
    },
    async close() {
      if (owned) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
