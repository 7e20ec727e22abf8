/**
 * @module http/routes/cameras-api
 * The OpenAPI description of /api/v1/cameras: parameters, bodies and responses (handlers in cameras.ts).
 * Contract schemas are used as they are; parameters wrap them with this module's `z`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { CameraIdSchema, CameraSchema, IncidentIdSchema, NearbyCameraSchema, PlayGrantSchema, PlayRequestSchema } from '../../contracts/index.ts';
import { ProblemSchema, problemResponses } from '../problem.ts';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
const GU = z.string().regex(/^11\d{3}$/, 'a 5-digit MOIS gu code such as 11680');
const number = (min: number, max: number) => z.coerce.number().pipe(z.number().min(min).max(max));

export const MAX_WITHIN_M = 50_000;

export const IdParams = z.object({
  id: z.string().pipe(CameraIdSchema).openapi({ param: { name: 'id', in: 'path' }, example: 'cam-11680-00042' }),
});

const ListQuery = z.object({
  district: GU.optional().openapi({ param: { name: 'district', in: 'query' }, example: '11680' }),
  bbox: z
    .string()
    .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, 'west,south,east,north in degrees')
    .optional()
    .openapi({ param: { name: 'bbox', in: 'query' }, example: '127.02,37.49,127.07,37.53' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100).openapi({ param: { name: 'limit', in: 'query' } }),
  cursor: z.string().pipe(CameraIdSchema).optional().openapi({ param: { name: 'cursor', in: 'query' }, description: 'the `next` of the previous page' }),
});

const NearestQuery = z.object({
  lon: number(-180, 180).optional().openapi({ param: { name: 'lon', in: 'query' }, example: 127.0495 }),
  lat: number(-90, 90).optional().openapi({ param: { name: 'lat', in: 'query' }, example: 37.5172 }),
  incident: z
    .string()
    .pipe(IncidentIdSchema)
    .optional()
    .openapi({ param: { name: 'incident', in: 'query' }, description: "instead of lon and lat: the incident's position", example: 'fire-119:20210101-0001' }),
  limit: z.coerce.number().int().min(1).max(50).default(8).openapi({ param: { name: 'limit', in: 'query' } }),
  within: number(0, MAX_WITHIN_M).optional().openapi({ param: { name: 'within', in: 'query' }, description: 'only cameras within this many metres' }),
});

const PageSchema = z.object({ cameras: z.array(CameraSchema), next: CameraIdSchema.nullable() }).openapi('CameraPage');

const NearestSchema = z
  .object({
    point: z.object({ lon: z.number(), lat: z.number() }),
    incident: z.string().nullable(),
    cameras: z.array(NearbyCameraSchema),
  })
  .openapi('NearbyCameras');

const AGENCY_COUNTS = z.object({ district: z.number().int(), police: z.number().int(), fire: z.number().int(), transport: z.number().int() });

const CountsSchema = z
  .object({
    total: z.number().int(),
    synthetic: z.number().int().openapi({ description: 'cameras whose position is generated' }),
    districts: z.array(z.object({ district: z.string(), cameras: z.number().int(), byAgency: AGENCY_COUNTS, synthetic: z.number().int() })),
  })
  .openapi('CameraCounts');

const staffOnly = { 403: problem('Not a camera viewer, or not this camera') };

export const countsRoute = createRoute({
  method: 'get',
  path: '/api/v1/cameras/counts',
  tags: ['cameras'],
  summary: 'How many cameras each gu has, by agency (published: positions are not)',
  responses: { 200: { description: 'Counts per gu', content: { 'application/json': { schema: CountsSchema } } } },
});

export const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/cameras',
  tags: ['cameras'],
  summary: 'Cameras of the registry the caller may see, by id, in pages',
  description:
    'A person sees the cameras they may view (a district head: those of their gu); administrators and auditors see the whole registry. ' +
    'Positions of generated cameras are synthetic and say so (`synthetic`).',
  request: { query: ListQuery },
  responses: { 200: { description: 'A page', content: { 'application/json': { schema: PageSchema } } }, ...problemResponses, ...staffOnly },
});

export const nearestRoute = createRoute({
  method: 'get',
  path: '/api/v1/cameras/nearest',
  tags: ['cameras'],
  summary: 'The cameras nearest to a point or an incident, among those the caller may see, nearest first',
  description: 'A person sees the cameras they may view (a district head: those of their gu, however far the point); administrators and auditors the whole registry.',
  request: { query: NearestQuery },
  responses: { 200: { description: 'Nearest cameras with their distance in metres', content: { 'application/json': { schema: NearestSchema } } }, ...problemResponses, ...staffOnly },
});

export const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/cameras/{id}',
  tags: ['cameras'],
  summary: 'One camera of the registry',
  request: { params: IdParams },
  responses: { 200: { description: 'The camera', content: { 'application/json': { schema: CameraSchema } } }, ...problemResponses, ...staffOnly },
});

export const playRoute = createRoute({
  method: 'post',
  path: '/api/v1/cameras/{id}/play',
  tags: ['cameras'],
  summary: "A signed, expiring WebSocket-FLV address of the camera's video; every grant is written to the audit log",
  request: { params: IdParams, body: { required: false, content: { 'application/json': { schema: PlayRequestSchema } } } },
  responses: {
    200: { description: 'The grant', headers: { 'Cache-Control': { description: 'no-store', schema: { type: 'string' as const } } }, content: { 'application/json': { schema: PlayGrantSchema } } },
    ...problemResponses,
    ...staffOnly,
    409: problem('The camera is not streamed on this platform'),
  },
});
