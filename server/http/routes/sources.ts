/**
 * @module http/routes/sources
 * GET /api/v1/sources — every integrated source system with its health (from the source actors).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { channels, ConnectorRunSchema, SourceHealthSchema, SourceIdSchema } from '../../contracts/index.ts';
import type { ApiDeps } from '../deps.ts';
import { notFound, problemResponses } from '../problem.ts';

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

const runsRoute = createRoute({
  method: 'get',
  path: '/api/v1/sources/{id}/runs',
  tags: ['sources'],
  summary: "The newest runs of a source's connector: counts, outcome, error",
  request: {
    // contract schemas stay plain zod: describe the parameter with a schema of this module's `z`
    params: z.object({ id: z.string().pipe(SourceIdSchema).openapi({ param: { name: 'id', in: 'path' }, example: 'seoul-air' }) }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
  },
  responses: {
    200: { description: 'Runs, newest first', content: { 'application/json': { schema: z.object({ source: z.string(), runs: z.array(ConnectorRunSchema) }) } } },
    ...problemResponses,
  },
});

export function registerSourceRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(runsRoute, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await deps.sources()).some((s) => s.id === id)) throw notFound(`no source system with id ${id}`);
    return c.json({ source: id, runs: await deps.runs(id, c.req.valid('query').limit) }, 200);
  });
  app.openapi(route, async (c) => {
    const sources = await deps.sources();
    const withHealth = sources.map((s) => {
      const parsed = SourceHealthSchema.safeParse(deps.hub.get(channels.source(s.id))?.data);
      return { ...s, health: parsed.success ? parsed.data : null };
    });
    return c.json({ sources: withHealth }, 200);
  });
}
