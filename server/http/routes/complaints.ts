/**
 * @module http/routes/complaints
 * GET /api/v1/complaints — stored civil complaints, filtered (gu, category, status, filing time),
 *   newest first, a page at a time;
 * GET /api/v1/complaints/categories — the categories and the answer time the city promises for each;
 * GET /api/v1/complaints/{id} — one complaint with its status history.
 * City staff (and keys given `complaints-private`, within their districts) read complaints as filed; everyone else reads them
 * redacted (server/privacy: no reporter, names, phone numbers, resident numbers or e-mail addresses,
 * addresses to the block, positions to a 150 m grid).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  ANONYMOUS, COMPLAINT_STATUSES, ComplaintCategorySchema, ComplaintIdSchema, ComplaintSchema,
  type Complaint, type ComplaintCategory, type Principal,
} from '../../contracts/index.ts';
import { isRole, keyDistrictOk, keyMay, STAFF } from '../../access/decision.ts';
import { publicComplaint } from '../../privacy/index.ts';
import { decodeComplaintCursor, MAX_COMPLAINT_PAGE, type ComplaintPage, type ComplaintQuery } from '../../store/complaints.ts';
import { notFound, problemResponses } from '../problem.ts';

/** What the routes need: the stored complaints (server/store/complaints.ts) and the categories. */
export interface ComplaintPort {
  query(q: ComplaintQuery): Promise<ComplaintPage>;
  get(id: string): Promise<Complaint | null>;
  categories(): readonly ComplaintCategory[];
}

/** The key resource that reads complaints unredacted (within the key's districts). */
export const COMPLAINTS_PRIVATE = 'complaints-private';

/** Whether a principal reads this complaint as filed: city staff, and keys given `complaints-private` within their districts. */
export const readsAsFiled = (p: Principal, c: Pick<Complaint, 'district'>): boolean =>
  p.kind === 'key' ? keyMay(p.scope, COMPLAINTS_PRIVATE, 'read') && keyDistrictOk(p.scope, c.district ?? '') : isRole(p, STAFF);

/** The complaint as this principal may read it. */
export const viewOf = (p: Principal, c: Complaint): Complaint => (readsAsFiled(p, c) ? c : publicComplaint(c));

const District = z.string().regex(/^11\d{3}$/, 'a 5-digit MOIS gu code such as 11680');
const Time = z.iso.datetime({ offset: true });

const ListQuerySchema = z
  .object({
    district: District.optional().openapi({ example: '11440' }),
    category: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/).optional().openapi({ example: 'noise' }),
    status: z.enum([...COMPLAINT_STATUSES, 'open']).optional().openapi({ description: 'A status, or open (an answer is still owed)' }),
    from: Time.optional().openapi({ description: 'Filed at or after (ISO 8601)' }),
    to: Time.optional().openapi({ description: 'Filed before (ISO 8601)' }),
    limit: z.coerce.number().int().min(1).max(MAX_COMPLAINT_PAGE).default(100),
    cursor: z.string().max(400).refine((c) => decodeComplaintCursor(c) !== null, 'not a cursor from a previous page').optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || Date.parse(q.from) < Date.parse(q.to), { message: 'must be before `to`', path: ['from'] });

const IdParam = z.object({
  id: z.string().max(120).refine((s) => ComplaintIdSchema.safeParse(s).success, 'a complaint id source:number such as dasan-120:2026-000123')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'dasan-120:2026-000123' }),
});

const PageSchema = z
  .object({
    complaints: z.array(ComplaintSchema),
    nextCursor: z.string().nullable(),
    view: z.enum(['as-filed', 'redacted']).openapi({ description: 'redacted: personal data removed, as everyone but officials sees it' }),
  })
  .openapi('ComplaintPage');

const listRoute = createRoute({
  method: 'get', path: '/api/v1/complaints', tags: ['complaints'],
  summary: 'Civil complaints (120 Dasan, Open311), newest first, filtered and paged',
  request: { query: ListQuerySchema },
  responses: { 200: { description: 'One page', content: { 'application/json': { schema: PageSchema } } }, ...problemResponses },
});

const categoriesRoute = createRoute({
  method: 'get', path: '/api/v1/complaints/categories', tags: ['complaints'],
  summary: 'Complaint categories, the department that answers each and the days it has to answer',
  responses: { 200: { description: 'The categories', content: { 'application/json': { schema: z.object({ categories: z.array(ComplaintCategorySchema) }) } } } },
});

const oneRoute = createRoute({
  method: 'get', path: '/api/v1/complaints/{id}', tags: ['complaints'],
  summary: 'One complaint with its status history',
  request: { params: IdParam },
  responses: { 200: { description: 'The complaint', content: { 'application/json': { schema: ComplaintSchema } } }, ...problemResponses },
});

const principalOf = (c: Context): Principal => (c.get('principal') as Principal | undefined) ?? ANONYMOUS;

export function registerComplaintRoutes(app: OpenAPIHono, deps: { complaints: ComplaintPort }): void {
  app.openapi(categoriesRoute, (c) => c.json({ categories: [...deps.complaints.categories()] }, 200));
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await deps.complaints.query({
      limit: q.limit,
      ...(q.district === undefined ? {} : { district: q.district }),
      ...(q.category === undefined ? {} : { category: q.category }),
      ...(q.status === undefined ? {} : { status: q.status }),
      ...(q.from === undefined ? {} : { from: new Date(q.from) }),
      ...(q.to === undefined ? {} : { to: new Date(q.to) }),
      ...(q.cursor === undefined ? {} : { cursor: q.cursor }),
    });
    const p = principalOf(c);
    const asFiled = page.complaints.every((x) => readsAsFiled(p, x));
    return c.json({ complaints: page.complaints.map((x) => viewOf(p, x)), nextCursor: page.nextCursor, view: asFiled ? ('as-filed' as const) : ('redacted' as const) }, 200);
  });
  app.openapi(oneRoute, async (c) => {
    const { id } = c.req.valid('param');
    const complaint = await deps.complaints.get(id);
    if (complaint === null) throw notFound(`no complaint ${id}`);
    return c.json(viewOf(principalOf(c), complaint), 200);
  });
}
