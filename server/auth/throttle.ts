/**
 * @module auth/throttle
 * Sign-in throttling, per login and per client address: after 5 failed sign-ins within 15 minutes a
 * login is refused for 15 minutes, and so is an address after 20. A successful sign-in clears the
 * login's count (not the address's). Counters live in Redis when API replicas share them (INCR and
 * EXPIRE in one script, keys under a prefix) and in memory otherwise, behind one interface.
 */
import type { Redis } from 'ioredis';

export interface ThrottleLimits {
  loginFailures: number;
  ipFailures: number;
  /** Failures count within this window, from the first one. */
  windowSeconds: number;
  /** How long a login or address is refused once it reaches its limit. */
  lockSeconds: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = { loginFailures: 5, ipFailures: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

export type ThrottleVerdict = { allowed: true } | { allowed: false; by: 'login' | 'ip'; retryAfterSeconds: number };

export interface LoginThrottle {
  /** Whether a sign-in for this login from this address may be tried now. */
  check(login: string, ip: string): Promise<ThrottleVerdict>;
  /** Counts a failed sign-in; the verdict for the next attempt. */
  recordFailure(login: string, ip: string): Promise<ThrottleVerdict>;
  /** Clears the login's failures after a successful sign-in. */
  recordSuccess(login: string): Promise<void>;
}

/** One counter: how many failures, and how long (ms) until it is forgotten (≤ 0: no counter). */
interface Count {
  n: number;
  ttlMs: number;
}

/** The login as counted: case and surrounding spaces do not make a new login. */
export const throttleKeyOf = (login: string): string => login.trim().toLowerCase().slice(0, 128);

const ALLOWED: ThrottleVerdict = { allowed: true };

/** Pure: the verdict from the two counters (the login's limit is checked first). */
export function verdictOf(login: Count, ip: Count, limits: ThrottleLimits): ThrottleVerdict {
  const refused = (c: Count, limit: number): boolean => c.ttlMs > 0 && c.n >= limit;
  const retry = (c: Count): number => Math.max(1, Math.ceil(c.ttlMs / 1000));
  if (refused(login, limits.loginFailures)) return { allowed: false, by: 'login', retryAfterSeconds: retry(login) };
  if (refused(ip, limits.ipFailures)) return { allowed: false, by: 'ip', retryAfterSeconds: retry(ip) };
  return ALLOWED;
}

export function createMemoryLoginThrottle(opts: { limits?: ThrottleLimits; now?: () => number } = {}): LoginThrottle {
  const limits = opts.limits ?? DEFAULT_THROTTLE_LIMITS;
  const now = opts.now ?? Date.now;
  const counters = new Map<string, { n: number; until: number }>();

  const read = (key: string): Count => {
    const c = counters.get(key);
    const ttlMs = c ? c.until - now() : 0;
    if (c && ttlMs <= 0) counters.delete(key);
    return ttlMs > 0 && c ? { n: c.n, ttlMs } : { n: 0, ttlMs: 0 };
  };
  const sweep = (): void => {
    if (counters.size < 10_000) return;
    for (const [key, c] of counters) if (c.until <= now()) counters.delete(key);
  };
  const bump = (key: string, limit: number): Count => {
    sweep();
    const n = read(key).n + 1;
    const previous = counters.get(key);
    const until = n === 1 ? now() + limits.windowSeconds * 1000 : n === limit ? now() + limits.lockSeconds * 1000 : (previous?.until ?? now());
    counters.set(key, { n, until });
    return { n, ttlMs: until - now() };
  };

  return {
    check: async (login, ip) => verdictOf(read(`login:${throttleKeyOf(login)}`), read(`ip:${ip}`), limits),
    recordFailure: async (login, ip) =>
      verdictOf(bump(`login:${throttleKeyOf(login)}`, limits.loginFailures), bump(`ip:${ip}`, limits.ipFailures), limits),
    recordSuccess: async (login) => {
      counters.delete(`login:${throttleKeyOf(login)}`);
    },
  };
}

/** INCR; the first failure starts the window, the one reaching the limit starts the lock. */
const BUMP = `
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
if n == tonumber(ARGV[3]) then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return {n, redis.call('PTTL', KEYS[1])}
`;

const toCount = (value: unknown): Count => {
  const [n, ttl] = Array.isArray(value) ? value : [];
  return { n: Number(n ?? 0), ttlMs: Number(ttl ?? 0) };
};

/**
 * Counters in Redis, shared by every API replica. `prefix` keeps deployments (and tests) apart,
 * e.g. `scpm:throttle:` or `<namespace>:throttle:`. The caller owns the connection.
 */
export function createRedisLoginThrottle(redis: Redis, opts: { prefix: string; limits?: ThrottleLimits }): LoginThrottle {
  const limits = opts.limits ?? DEFAULT_THROTTLE_LIMITS;
  const loginKey = (login: string): string => `${opts.prefix}login:${throttleKeyOf(login)}`;
  const ipKey = (ip: string): string => `${opts.prefix}ip:${ip}`;

  const read = async (key: string): Promise<Count> => {
    const [[, n], [, ttl]] = (await redis.multi().get(key).pttl(key).exec()) as [[unknown, string | null], [unknown, number]];
    return { n: Number(n ?? 0), ttlMs: ttl };
  };
  const bump = async (key: string, limit: number): Promise<Count> =>
    toCount(await redis.eval(BUMP, 1, key, limits.windowSeconds, limits.lockSeconds, limit));

  return {
    check: async (login, ip) => {
      const [l, i] = await Promise.all([read(loginKey(login)), read(ipKey(ip))]);
      return verdictOf(l, i, limits);
    },
    recordFailure: async (login, ip) => {
      const [l, i] = await Promise.all([bump(loginKey(login), limits.loginFailures), bump(ipKey(ip), limits.ipFailures)]);
      return verdictOf(l, i, limits);
    },
    recordSuccess: async (login) => {
      await redis.del(loginKey(login));
    },
  };
}
