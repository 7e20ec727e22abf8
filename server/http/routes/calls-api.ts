/**
 * @module http/routes/calls-api
 * The OpenAPI description of /api/v1/calls: placing a call, reading one, hanging up (handlers in calls.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { CallIdSchema, CallSchema, PlaceCallSchema } from '../../contracts/index.ts';
import { ProblemSchema, problemResponses } from '../problem.ts';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });

export const CallParams = z.object({
  id: z.string().pipe(CallIdSchema).openapi({ param: { name: 'id', in: 'path' }, example: 'c-abcdefghijklmnopqrstuvwxyz' }),
});

const refusals = { 403: problem('You may not call them, or are not a party of this call') };

export const placeRoute = createRoute({
  method: 'post',
  path: '/api/v1/calls',
  tags: ['calls'],
  summary: 'Place a video call; it rings for 45 s for every callee found, the first to answer gets it',
  description:
    'Whom to call: `{"to":{"login":"kim.fire"}}`, an official role (`{"to":{"role":"district-head","district":"11680"}}`, ' +
    '`{"to":{"role":"department-head","department":"air-policy"}}`), or the unit responsible for an incident (`{"to":{"incident":"fire-119:20210101-0001"}}`), ' +
    'with the incident the call is about and a reason if wanted. Callees come from the call directory (server/calls/directory.ts) and the calling rules (server/calls/rules.ts). ' +
    'The call is then signalled over the /live WebSocket (`{"type":"signal","call":…,"kind":"offer","sdp":…}`); ' +
    'its state is on the live channel `calls/call/{id}`, each party\'s calls on `calls/user/{login}`. Placed and refused calls are audited.',
  request: { body: { required: true, content: { 'application/json': { schema: PlaceCallSchema } } } },
  responses: {
    201: { description: 'The call, ringing', content: { 'application/json': { schema: CallSchema } } },
    ...problemResponses,
    ...refusals,
    404: problem('Nobody can be reached for that target, or no such incident'),
  },
});

export const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/calls/{id}',
  tags: ['calls'],
  summary: 'One call, for its parties',
  request: { params: CallParams },
  responses: { 200: { description: 'The call', content: { 'application/json': { schema: CallSchema } } }, ...problemResponses },
});

export const hangUpRoute = createRoute({
  method: 'post',
  path: '/api/v1/calls/{id}/hang-up',
  tags: ['calls'],
  summary: 'End a call (the caller cancels a ringing one; a callee who has not answered declines it)',
  request: { params: CallParams },
  responses: {
    200: { description: 'The call as it ended', content: { 'application/json': { schema: CallSchema } } },
    ...problemResponses,
    ...refusals,
    409: problem('The call has already ended'),
  },
});
