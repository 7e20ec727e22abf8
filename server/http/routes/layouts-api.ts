/**
 * @module http/routes/layouts-api
 * The OpenAPI description of /api/v1/layouts: parameters, bodies and responses (handlers in layouts.ts).
 * Contract schemas are used as they are; parameters wrap them with this module's `z`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { LanguageSchema, LayoutOwnerSchema, LayoutSchema, LocalizedSchema, StoredLayoutSchema, WallRoleSchema } from '../../contracts/index.ts';
import { ProblemSchema, problemResponses } from '../problem.ts';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
const etag = { ETag: { description: 'The revision, quoted; send it back in If-Match', schema: { type: 'string' as const } } };

export const WhoseParams = z.object({
  scope: z.enum(['role', 'user']).openapi({ param: { name: 'scope', in: 'path' }, example: 'role' }),
  owner: z
    .string()
    .pipe(LayoutOwnerSchema)
    .openapi({ param: { name: 'owner', in: 'path' }, description: 'a role (scope role) or a user id (scope user)', example: 'mayor' }),
});

export const IfMatchHeaders = z.object({
  'if-match': z
    .string()
    .regex(/^"\d{1,9}"$/, 'a quoted revision such as "3" ("0": nothing stored yet)')
    .optional()
    .openapi({ param: { name: 'if-match', in: 'header' }, description: 'Write only if the stored revision is this one', example: '"3"' }),
});

const ResolveQuery = z.object({
  role: z.string().pipe(WallRoleSchema).openapi({ param: { name: 'role', in: 'query' }, example: 'district-head' }),
  user: z.string().pipe(LayoutOwnerSchema).optional().openapi({ param: { name: 'user', in: 'query' }, example: 'kim.minsu' }),
  district: z
    .string()
    .regex(/^11\d{3}$/, 'a 5-digit MOIS gu code such as 11680')
    .optional()
    .openapi({ param: { name: 'district', in: 'query' }, description: "the gu a district head's wall centres on", example: '11680' }),
});

const SummarySchema = z
  .object({
    scope: z.enum(['role', 'user']),
    owner: z.string(),
    name: LocalizedSchema,
    language: LanguageSchema,
    revision: z.number().int(),
    updatedAt: z.string().nullable(),
  })
  .openapi('LayoutSummary');

const ListSchema = z.object({
  layouts: z.array(SummarySchema),
  builtIn: z.array(WallRoleSchema).openapi({ description: 'roles with a built-in layout of their own; the others fall back to the mayor’s' }),
  roles: z.array(WallRoleSchema),
});

const stored = { 'application/json': { schema: StoredLayoutSchema } };

export const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/layouts',
  tags: ['layouts'],
  summary: 'Stored wall layouts, and the roles that have a built-in one',
  responses: { 200: { description: 'Stored layouts by scope and owner', content: { 'application/json': { schema: ListSchema } } } },
});

export const resolveRoute = createRoute({
  method: 'get',
  path: '/api/v1/layouts/resolve',
  tags: ['layouts'],
  summary: "The layout a wall shows: the user's, else the role's, else the role's built-in",
  request: { query: ResolveQuery },
  responses: { 200: { description: 'The effective layout', content: stored }, ...problemResponses },
});

export const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/layouts/{scope}/{owner}',
  tags: ['layouts'],
  summary: "A role's or a user's layout (a role with none stored gets its built-in, revision 0)",
  request: { params: WhoseParams },
  responses: { 200: { description: 'The layout', headers: etag, content: stored }, ...problemResponses },
});

export const putRoute = createRoute({
  method: 'put',
  path: '/api/v1/layouts/{scope}/{owner}',
  tags: ['layouts'],
  summary: 'Store a layout; the change goes live on channel layouts/{scope}/{owner}',
  request: {
    params: WhoseParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: LayoutSchema } } },
  },
  responses: {
    200: { description: 'The stored layout and its new revision', headers: etag, content: stored },
    ...problemResponses,
    412: problem('The stored revision is not the one in If-Match'),
  },
});

export const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/v1/layouts/{scope}/{owner}',
  tags: ['layouts'],
  summary: 'Delete a stored layout (a role reverts to its built-in)',
  request: { params: WhoseParams, headers: IfMatchHeaders },
  responses: {
    204: { description: 'Deleted, or nothing was stored' },
    ...problemResponses,
    412: problem('The stored revision is not the one in If-Match'),
  },
});
