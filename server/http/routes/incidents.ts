/**
 * @module http/routes/incidents
 * GET /api/v1/incidents — stored incidents, filtered (gu, bbox, time, agency, stage), newest report
 *   first, a page at a time (`cursor` from the previous page);
 * GET /api/v1/incidents/kpis — response-time KPIs of the city or one gu over a window, per agency;
 * GET /api/v1/incidents/{id} — one incident.
 * City staff (and keys given `incidents`) see exact positions; everyone else the public view of the
 * live board (`live/public-incidents.ts`): positions coarsened, and `bbox` matched against them.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  AGENCIES, ANONYMOUS, INCIDENT_STAGES, IncidentIdSchema, IncidentKpiBoardSchema, IncidentSchema,
  type Agency, type Incident, type IncidentKpi, type Principal,
} from '../../contracts/index.ts';
import { isRole, keyMay, STAFF } from '../../access/decision.ts';
import { publicIncident } from '../../live/public-incidents.ts';
import { decodeIncidentCursor, MAX_INCIDENT_PAGE } from '../../store/incidents.ts';
import { invalidRequest, notFound, problemResponses } from '../problem.ts';

export interface IncidentListQuery {
  district?: string;
  /** [west, south, east, north], WGS84. */
  bbox?: [number, number, number, number];
  from?: Date;
  to?: Date;
  agency?: Agency;
  stage?: Incident['stage'] | 'open';
  limit: number;
  cursor?: string;
  /** Match `bbox` against positions rounded to these decimals (the public view). */
  bboxDecimals?: Readonly<Record<Agency, number>>;
}

export interface IncidentKpiRequest {
  from: Date;
  to: Date;
  district?: string;
  agency: Agency;
}

/** What the routes need: stored incidents (`server/store/incidents.ts` in the platform). */
export interface IncidentPort {
  query(q: IncidentListQuery): Promise<{ incidents: Incident[]; nextCursor: string | null }>;
  get(id: string): Promise<Incident | null>;
  kpis(q: IncidentKpiRequest): Promise<IncidentKpi>;
}

export interface IncidentRouteDeps {
  incidents: IncidentPort;
  now(): number;
}

/** Decimals of the public positions, as `publicIncident` rounds them (police ≈ 1 km, fire ≈ 100 m). */
export const PUBLIC_DECIMALS: Readonly<Record<Agency, number>> = { fire: 3, police: 2 };

export const DEFAULT_KPI_WINDOW_MS = 24 * 3_600_000;
export const MAX_KPI_WINDOW_MS = 366 * 24 * 3_600_000;

/** Whether a principal sees exact positions: city staff, and keys given the `incidents` resource. */
export const seesExactPositions = (p: Principal): boolean =>
  p.kind === 'key' ? keyMay(p.scope, 'incidents', 'read') : isRole(p, STAFF);

const District = z.string().regex(/^11\d{3}$/, 'a 5-digit MOIS gu code such as 11680');
const Time = z.iso.datetime({ offset: true });
const Agency = z.enum(AGENCIES);

const parseBbox = (s: string): number[] => s.split(',').map((v) => (v.trim() === '' ? Number.NaN : Number(v)));
const BboxParam = z
  .string()
  .refine((s) => parseBbox(s).length === 4 && parseBbox(s).every(Number.isFinite), 'four numbers west,south,east,north')
  .refine((s) => {
    const [w = 0, so = 0, e = 0, n = 0] = parseBbox(s);
    return w >= -180 && e <= 180 && so >= -90 && n <= 90 && w < e && so < n;
  }, 'west < east and south < north, within -180..180 and -90..90')
  .openapi({ description: 'west,south,east,north in WGS84 degrees', example: '127.0,37.48,127.1,37.53' });

const ListQuerySchema = z
  .object({
    district: District.optional().openapi({ example: '11680' }),
    bbox: BboxParam.optional(),
    from: Time.optional().openapi({ description: 'Reported at or after (ISO 8601)' }),
    to: Time.optional().openapi({ description: 'Reported before (ISO 8601)' }),
    agency: Agency.optional(),
    stage: z.enum([...INCIDENT_STAGES, 'open']).optional().openapi({ description: 'A stage, or open (any stage but resolved)' }),
    limit: z.coerce.number().int().min(1).max(MAX_INCIDENT_PAGE).default(100),
    cursor: z.string().max(400).refine((c) => decodeIncidentCursor(c) !== null, 'not a cursor from a previous page').optional()
      .openapi({ description: '`nextCursor` of the previous page' }),
  })
  .refine((q) => q.from === undefined || q.to === undefined || Date.parse(q.from) < Date.parse(q.to), { message: 'must be before `to`', path: ['from'] });

const KpiQuerySchema = z
  .object({
    district: District.optional().openapi({ description: 'One gu (default: the city)' }),
    agency: Agency.optional().openapi({ description: 'One agency (default: both)' }),
    from: Time.optional().openapi({ description: 'Default: 24 h before `to`' }),
    to: Time.optional().openapi({ description: 'Default: now' }),
  });

/** The window with its defaults filled in, checked. */
export const resolveKpiWindow = (q: { from?: string | undefined; to?: string | undefined }, now: number): { from: number; to: number } => {
  const to = q.to === undefined ? now : Date.parse(q.to);
  const from = q.from === undefined ? to - DEFAULT_KPI_WINDOW_MS : Date.parse(q.from);
  if (from >= to) throw invalidRequest([{ path: ['from'], message: 'must be before `to` (default: now)' }], 'query');
  if (to - from > MAX_KPI_WINDOW_MS) throw invalidRequest([{ path: ['from'], message: 'at most 366 days before `to`' }], 'query');
  return { from, to };
};

const IdParam = z.object({
  id: z.string().max(120).refine((s) => IncidentIdSchema.safeParse(s).success, 'an incident id source:number such as fire-119:20211201-0001')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'fire-119:20211201-0001' }),
});

const PageSchema = z
  .object({
    incidents: z.array(IncidentSchema),
    nextCursor: z.string().nullable(),
    positions: z.enum(['exact', 'public']).openapi({ description: 'public: coarsened as on the public board' }),
  })
  .openapi('IncidentPage');

const listRoute = createRoute({
  method: 'get', path: '/api/v1/incidents', tags: ['incidents'],
  summary: 'Emergency incidents (119, 112), newest report first, filtered and paged',
  request: { query: ListQuerySchema },
  responses: { 200: { description: 'One page', content: { 'application/json': { schema: PageSchema } } }, ...problemResponses },
});

const kpiRoute = createRoute({
  method: 'get', path: '/api/v1/incidents/kpis', tags: ['incidents'],
  summary: 'Response-time KPIs (arrivals within target, median and 90th-percentile travel) of the city or one gu',
  request: { query: KpiQuerySchema },
  responses: { 200: { description: 'One entry per agency', content: { 'application/json': { schema: IncidentKpiBoardSchema } } }, ...problemResponses },
});

const oneRoute = createRoute({
  method: 'get', path: '/api/v1/incidents/{id}', tags: ['incidents'],
  summary: 'One incident with its stage times, durations and lateness',
  request: { params: IdParam },
  responses: { 200: { description: 'The incident', content: { 'application/json': { schema: IncidentSchema } } }, ...problemResponses },
});

const principalOf = (c: Context): Principal => (c.get('principal') as Principal | undefined) ?? ANONYMOUS;

export function registerIncidentRoutes(app: OpenAPIHono, deps: IncidentRouteDeps): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const exact = seesExactPositions(principalOf(c));
    const page = await deps.incidents.query({
      limit: q.limit,
      ...(q.district === undefined ? {} : { district: q.district }),
      ...(q.bbox === undefined ? {} : { bbox: parseBbox(q.bbox) as [number, number, number, number] }),
      ...(q.from === undefined ? {} : { from: new Date(q.from) }),
      ...(q.to === undefined ? {} : { to: new Date(q.to) }),
      ...(q.agency === undefined ? {} : { agency: q.agency }),
      ...(q.stage === undefined ? {} : { stage: q.stage }),
      ...(q.cursor === undefined ? {} : { cursor: q.cursor }),
      ...(exact ? {} : { bboxDecimals: PUBLIC_DECIMALS }),
    });
    const incidents = exact ? page.incidents : page.incidents.map(publicIncident);
    return c.json({ incidents, nextCursor: page.nextCursor, positions: exact ? ('exact' as const) : ('public' as const) }, 200);
  });
  app.openapi(kpiRoute, async (c) => {
    const q = c.req.valid('query');
    const { from, to } = resolveKpiWindow(q, deps.now());
    const agencies = q.agency === undefined ? AGENCIES : [q.agency];
    const kpis = await Promise.all(agencies.map((agency) =>
      deps.incidents.kpis({ from: new Date(from), to: new Date(to), agency, ...(q.district === undefined ? {} : { district: q.district }) })));
    return c.json({ kpis, asOf: new Date(deps.now()).toISOString() }, 200);
  });
  app.openapi(oneRoute, async (c) => {
    const { id } = c.req.valid('param');
    const incident = await deps.incidents.get(id);
    if (incident === null) throw notFound(`no incident ${id}`);
    return c.json(seesExactPositions(principalOf(c)) ? incident : publicIncident(incident), 200);
  });
}
