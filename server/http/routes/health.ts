/**
 * @module http/routes/health
 * GET /api/v1/health — liveness, the storage mode and which parts run embedded.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDeps } from '../deps.ts';

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    uptimeSeconds: z.number(),
    modes: z.object({
      database: z.enum(['postgresql', 'pglite']),
      storage: z.enum(['timescaledb', 'postgres']).openapi({ description: 'timescaledb: hypertable + continuous aggregate; postgres: monthly partitions + maintained rollup' }),
      bus: z.enum(['nats', 'memory']),
      scheduler: z.enum(['bullmq', 'in-process', 'none']),
      embedded: z.array(z.string()),
      roles: z.array(z.string()),
    }),
    checks: z.record(z.string(), z.boolean()),
    live: z.object({ channels: z.number().int(), listeners: z.number().int() }),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/api/v1/health',
  tags: ['operations'],
  summary: 'Health, storage mode and embedded parts',
  responses: {
    200: { description: 'Everything answers', content: { 'application/json': { schema: HealthSchema } } },
    503: { description: 'A backing service does not answer', content: { 'application/json': { schema: HealthSchema } } },
  },
});

export function registerHealthRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  const startedAt = deps.now();
  app.openapi(route, async (c) => {
    const checks = await deps.checks();
    const ok = Object.values(checks).every(Boolean);
    const body = {
      status: ok ? ('ok' as const) : ('degraded' as const),
      version: deps.version,
      uptimeSeconds: Math.round((deps.now() - startedAt) / 1000),
      modes: deps.modes,
      checks,
      live: deps.hub.stats(),
    };
    return ok ? c.json(body, 200) : c.json(body, 503);
  });
}
