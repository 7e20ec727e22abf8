/**
 * @module http/middleware/request-logger
 * A pino child logger per request, with method, path, status and duration.
 */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

export function requestLogger(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const level = c.res.status >= 500 ? 'error' : 'debug';
    log[level]({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'request');
  };
}
