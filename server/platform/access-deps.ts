/**
 * @module platform/access-deps
 * People, sessions, API keys, login throttling, per-key rate limits and the audit log of the API
 * role, on the services this process found: shared state in PostgreSQL, counters in Redis (so every
 * API replica counts together), or in memory in the embedded mode.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createAuditLog } from '../audit/audit-log.ts';
import { createSessionStore } from '../auth/sessions.ts';
import { createMemoryLoginThrottle, createRedisLoginThrottle } from '../auth/throttle.ts';
import { createUserStore } from '../auth/users.ts';
import type { Config } from '../config.ts';
import type { AccessDeps } from '../http/deps.ts';
import { createDbKeyStore } from '../keys/api-keys.ts';
import { createMemoryRateLimiter, createRedisRateLimiter } from '../keys/rate-limit.ts';
import type { Services } from './services.ts';

export interface AccessRuntime {
  access: AccessDeps;
  close(): Promise<void>;
}

export function createAccessDeps(svc: Services, cfg: Config, log: Logger): AccessRuntime {
  const prefix = cfg.NAMESPACE ? `scpm-${cfg.NAMESPACE}` : 'scpm';
  const redis = svc.redisUrl ? new Redis(svc.redisUrl, { maxRetriesPerRequest: 1 }) : null;
  const rateLimiter = redis
    ? createRedisRateLimiter({ connection: redis, prefix, log: log.child({ component: 'rate-limit' }) })
    : createMemoryRateLimiter();
  const throttle = redis ? createRedisLoginThrottle(redis, { prefix: `${prefix}:throttle:` }) : createMemoryLoginThrottle();
  return {
    access: {
      users: createUserStore(svc.db),
      sessions: createSessionStore(svc.db),
      throttle,
      keys: createDbKeyStore(svc.db),
      rateLimiter,
      audit: createAuditLog(svc.db),
      trustedProxies: cfg.TRUSTED_PROXIES,
    },
    async close() {
      await rateLimiter.close();
      await redis?.quit().catch(() => undefined);
    },
  };
}
