/**
 * @module keys/routes-api
 * The OpenAPI description of /api/v1/keys: bodies, parameters and responses (handlers in routes.ts).
 * Contract schemas are used as they are; everything named here is built with this module's `z`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { KeyScopeSchema } from '../contracts/access.ts';
import { ProblemSchema, problemResponses } from '../http/problem.ts';
import { KEY_ID_PATTERN } from './key-material.ts';
import { DEFAULT_LIFETIME_DAYS, DEFAULT_RATE_LIMIT, MAX_LIFETIME_DAYS, MAX_NAME_LENGTH, MAX_RATE_LIMIT } from './rules.ts';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
const denied = { 403: problem('Only an administrator manages API keys') };

export const ApiKeySchema = z
  .object({
    id: z.string().openapi({ example: 'key_3f9a0c1be2d84a71' }),
    name: z.string().openapi({ example: 'Gangnam-gu air dashboard' }),
    prefix: z.string().openapi({ description: 'The first 12 characters of the key, to recognise it', example: 'scpm_q8ZrT1x' }),
    scope: KeyScopeSchema,
    rateLimit: z.number().int().openapi({ description: 'Requests per minute' }),
    createdBy: z.string().openapi({ example: 'user:admin' }),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable().openapi({ description: 'Recorded at most once a minute' }),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .openapi('ApiKey');

export const CreateKeyBody = z
  .strictObject({
    name: z.string().min(1).max(MAX_NAME_LENGTH).openapi({ example: 'Gangnam-gu air dashboard' }),
    scope: KeyScopeSchema,
    expiresAt: z.iso.datetime({ offset: true }).optional().openapi({ description: `When the key stops working; at most ${MAX_LIFETIME_DAYS} days ahead` }),
    days: z
      .number()
      .int()
      .min(1)
      .max(MAX_LIFETIME_DAYS)
      .optional()
      .openapi({ description: `Lifetime in days instead of expiresAt (default ${DEFAULT_LIFETIME_DAYS})` }),
    rateLimit: z.number().int().min(1).max(MAX_RATE_LIMIT).optional().openapi({ description: `Requests per minute (default ${DEFAULT_RATE_LIMIT})` }),
  })
  .openapi('CreateApiKey');

const CreatedSchema = z
  .object({
    key: z.string().openapi({ description: 'The key itself. It is not stored and cannot be shown again.', example: 'scpm_q8ZrT1x…' }),
    warning: z.string(),
    apiKey: ApiKeySchema,
  })
  .openapi('CreatedApiKey');

const IdParams = z.object({
  id: z
    .string()
    .regex(KEY_ID_PATTERN, 'a key id such as key_3f9a0c1be2d84a71')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'key_3f9a0c1be2d84a71' }),
});

export const createKeyRoute = createRoute({
  method: 'post',
  path: '/api/v1/keys',
  tags: ['keys'],
  summary: 'Create an API key for a district system (the key is in this response only)',
  description:
    'scope.districts: the gu codes the key may ask about (an empty list: all 25); scope.resources: resource families such as air, ' +
    'districts, stations, sources, layouts; scope.access: read, or write (which includes read). Present the key as ' +
    '`Authorization: Bearer scpm_…` or `X-API-Key: scpm_…`.',
  request: { body: { required: true, content: { 'application/json': { schema: CreateKeyBody } } } },
  responses: {
    201: {
      description: 'The key, shown once',
      headers: {
        Location: { description: 'The key’s URL', schema: { type: 'string' as const } },
        'Cache-Control': { description: 'no-store: the key must not be kept by any cache', schema: { type: 'string' as const } },
      },
      content: { 'application/json': { schema: CreatedSchema } },
    },
    ...problemResponses,
    ...denied,
  },
});

export const listKeysRoute = createRoute({
  method: 'get',
  path: '/api/v1/keys',
  tags: ['keys'],
  summary: 'Every API key, active or not (never the keys themselves)',
  responses: { 200: { description: 'The keys', content: { 'application/json': { schema: z.object({ keys: z.array(ApiKeySchema) }) } } }, ...denied },
});

export const getKeyRoute = createRoute({
  method: 'get',
  path: '/api/v1/keys/{id}',
  tags: ['keys'],
  summary: 'One API key (never the key itself)',
  request: { params: IdParams },
  responses: { 200: { description: 'The key', content: { 'application/json': { schema: ApiKeySchema } } }, ...problemResponses, ...denied },
});

export const revokeKeyRoute = createRoute({
  method: 'delete',
  path: '/api/v1/keys/{id}',
  tags: ['keys'],
  summary: 'Revoke an API key: it is refused from now on (revoking twice changes nothing)',
  request: { params: IdParams },
  responses: { 204: { description: 'Revoked' }, ...problemResponses, ...denied },
});
