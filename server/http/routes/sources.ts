/**
 * @module http/routes/sources
 * GET /api/v1/sources — every integrated source system with its health (from the source actors).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { channels, SourceHealthSchema } from '../../contracts/index.ts';
import type { ApiDeps } from '../deps.ts';

const Localized = z.object({ ko: z.string(), en: z.string() });

const SourceSchema = z
  .object({
    id: z.string(),
    title: Localized,
    department: Localized,
    protocol: z.string(),
    cadence: z.string(),
    staleAfterSeconds: z.number(),
    synthetic: z.boolean(),
    attribution: z.string(),
    quarantined: z.number().int().openapi({ description: 'rejected payloads kept in quarantine' }),
    health: SourceHealthSchema.nullable(),
  })
  .openapi('Source');

const route = createRoute({
  method: 'get',
  path: '/api/v1/sources',
  tags: ['sources'],
  summary: 'Integrated source systems and their health',
  responses: {
    200: { description: 'All sources', content: { 'application/json': { schema: z.object({ sources: z.array(SourceSchema) }) } } },
  },
});

export function registerSourceRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(route, async (c) => {
    const sources = await deps.sources();
    const withHealth = sources.map((s) => {
      const parsed = SourceHealthSchema.safeParse(deps.hub.get(channels.source(s.id))?.data);
      return { ...s, health: parsed.success ? parsed.data : null };
    });
    return c.json({ sources: withHealth }, 200);
  });
}
