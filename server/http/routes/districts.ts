/**
 * @module http/routes/districts
 * GET /api/v1/districts — the 25 gu as GeoJSON; GET /api/v1/districts/{code} — one gu with its stations;
 * GET /api/v1/stations — every monitoring station with its coordinates, optionally of one gu.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDeps, DistrictInfo } from '../deps.ts';
import { invalidRequest, notFound, problemResponses } from '../problem.ts';

const DistrictFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    properties: z.object({ code: z.string(), nameKo: z.string(), nameEn: z.string(), centroid: z.tuple([z.number(), z.number()]) }),
    geometry: z.unknown().openapi({ description: 'GeoJSON Polygon or MultiPolygon (WGS84); null when geometry=false' }),
  })
  .openapi('DistrictFeature');

const StationSchema = z
  .object({ code: z.string(), nameKo: z.string(), nameEn: z.string(), kind: z.string(), district: z.string(), lon: z.number(), lat: z.number() })
  .openapi('Station');

const CodeParam = z.object({ code: z.string().regex(/^11\d{3}$/, 'a 5-digit MOIS gu code such as 11680').openapi({ param: { name: 'code', in: 'path' }, example: '11680' }) });
const GeometryQuery = z.object({ geometry: z.enum(['true', 'false']).default('true').openapi({ description: 'false omits the polygons' }) });

const toFeature = (d: DistrictInfo, geometry: boolean) => ({
  type: 'Feature' as const,
  id: d.code,
  properties: { code: d.code, nameKo: d.nameKo, nameEn: d.nameEn, centroid: d.centroid },
  geometry: geometry ? d.geometry : null,
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/districts',
  tags: ['districts'],
  summary: 'The 25 districts (gu) as a GeoJSON FeatureCollection',
  request: { query: GeometryQuery },
  responses: {
    200: {
      description: 'FeatureCollection',
      content: { 'application/geo+json': { schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(DistrictFeatureSchema) }) } },
    },
    ...problemResponses,
  },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/api/v1/districts/{code}',
  tags: ['districts'],
  summary: 'One district with its monitoring stations',
  request: { params: CodeParam, query: GeometryQuery },
  responses: {
    200: { description: 'The district', content: { 'application/geo+json': { schema: DistrictFeatureSchema.extend({ stations: z.array(StationSchema) }) } } },
    ...problemResponses,
  },
});

const stationsRoute = createRoute({
  method: 'get',
  path: '/api/v1/stations',
  tags: ['districts'],
  summary: 'Monitoring stations with their coordinates (WGS84), all or those of one district',
  request: {
    query: z.object({
      district: z
        .string()
        .regex(/^11\d{3}$/, 'a 5-digit MOIS gu code such as 11680')
        .optional()
        .openapi({ param: { name: 'district', in: 'query' }, example: '11680' }),
    }),
  },
  responses: {
    200: { description: 'Stations by code', content: { 'application/json': { schema: z.object({ stations: z.array(StationSchema) }) } } },
    ...problemResponses,
  },
});

export function registerDistrictRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openapi(listRoute, async (c) => {
    const geometry = c.req.valid('query').geometry === 'true';
    const features = (await deps.districts()).map((d) => toFeature(d, geometry));
    return c.json({ type: 'FeatureCollection' as const, features }, 200, { 'content-type': 'application/geo+json' });
  });
  app.openapi(oneRoute, async (c) => {
    const { code } = c.req.valid('param');
    const district = (await deps.districts()).find((d) => d.code === code);
    if (!district) throw notFound(`no district with code ${code}`);
    const stations = await deps.stations(code);
    const body = { ...toFeature(district, c.req.valid('query').geometry === 'true'), stations };
    return c.json(body, 200, { 'content-type': 'application/geo+json' });
  });
  app.openapi(stationsRoute, async (c) => {
    const { district } = c.req.valid('query');
    if (district !== undefined && !(await deps.districts()).some((d) => d.code === district)) {
      throw invalidRequest([{ path: ['district'], message: `${district} is not one of the 25 gu codes` }], 'query');
    }
    return c.json({ stations: await deps.stations(district) }, 200);
  });
}
