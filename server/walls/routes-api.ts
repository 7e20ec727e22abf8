/**
 * @module walls/routes-api
 * The OpenAPI description of the command and wall routes (handlers in routes.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import {
  InterpretRequestSchema, InterpretResponseSchema, IssueCommandsRequestSchema, IssueCommandsResponseSchema,
  PairingOfferSchema, PairingSchema, PairRequestSchema, WallIdSchema, WallTargetsSchema,
} from '../contracts/index.ts';
import { problemResponses } from '../http/problem.ts';

const json = <S extends z.ZodType>(description: string, schema: S) => ({ description, content: { 'application/json': { schema } } });
const body = <S extends z.ZodType>(schema: S) => ({ required: true, content: { 'application/json': { schema } } });

export const WallParams = z.object({
  wall: z.string().pipe(WallIdSchema).openapi({ param: { name: 'wall', in: 'path' }, description: "a wall: a role's (`mayor`, `situation-room`) or a district head's (`gu-11680`)", example: 'situation-room' }),
});

const RegistrySchema = z
  .object({
    version: z.literal(1),
    sources: z.array(z.string()),
    permissions: z.record(z.string(), z.array(z.string())),
    commands: z.array(
      z.object({
        type: z.string(),
        description: z.object({ ko: z.string(), en: z.string() }),
        permission: z.string(),
        roles: z.array(z.string()),
        params: z.record(z.string(), z.unknown()).openapi({ description: "JSON Schema of the command's parameters" }),
        patterns: z.object({ ko: z.array(z.string()), en: z.array(z.string()) }),
      }),
    ),
  })
  .openapi('CommandRegistry');

export const registryRoute = createRoute({
  method: 'get', path: '/api/v1/commands', tags: ['commands'],
  summary: 'Every wall command: parameters, who may issue it, what it does, how to say it (ko, en)',
  responses: { 200: json('The command registry', RegistrySchema) },
});

export const interpretRoute = createRoute({
  method: 'post', path: '/api/v1/commands/interpret', tags: ['commands'],
  summary: 'Words (a voice transcript or typed text, Korean or English) to a command, without issuing it',
  request: { body: body(InterpretRequestSchema) },
  responses: { 200: json('The command, a clarifying question, or why nothing fits', InterpretResponseSchema), ...problemResponses },
});

export const issueRoute = createRoute({
  method: 'post', path: '/api/v1/walls/{wall}/commands', tags: ['commands'],
  summary: 'Issues commands to a wall (audited); the wall receives them on walls/wall/{wall}',
  request: { params: WallParams, body: body(IssueCommandsRequestSchema) },
  responses: { 202: json('Issued, with the ids the wall will see', IssueCommandsResponseSchema), ...problemResponses },
});

export const offerRoute = createRoute({
  method: 'post', path: '/api/v1/walls/{wall}/pairing', tags: ['commands'],
  summary: 'A six-digit code for pairing a tablet with this wall (shown on the wall)',
  request: { params: WallParams },
  responses: { 201: json('The code and until when it can be entered', PairingOfferSchema), ...problemResponses },
});

export const unpairRoute = createRoute({
  method: 'delete', path: '/api/v1/walls/{wall}/pairing', tags: ['commands'],
  summary: "Ends the caller's pairing with this wall",
  request: { params: WallParams },
  responses: { 204: { description: 'Unpaired' }, ...problemResponses },
});

export const pairRoute = createRoute({
  method: 'post', path: '/api/v1/pairings', tags: ['commands'],
  summary: 'Pairs the caller (a tablet) with the wall showing the code',
  request: { body: body(PairRequestSchema) },
  responses: { 201: json('Paired', PairingSchema), ...problemResponses },
});

export const wallsRoute = createRoute({
  method: 'get', path: '/api/v1/walls', tags: ['commands'],
  summary: 'The walls the caller may drive or send a view to',
  responses: { 200: json('Walls', WallTargetsSchema), ...problemResponses },
});
