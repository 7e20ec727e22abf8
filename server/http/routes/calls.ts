/**
 * @module http/routes/calls
 * /api/v1/calls — placing a video call, reading it (its parties only) and hanging it up; the call
 * itself is signalled over /live (server/calls/). A call that is not yours reads as not found.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Principal, UserPrincipal } from '../../contracts/access.ts';
import { CallError, type CallService } from '../../calls/service.ts';
import { ProblemError } from '../problem.ts';
import { getRoute, hangUpRoute, placeRoute } from './calls-api.ts';

export interface CallRouteDeps {
  calls: CallService;
  principalOf(c: Context): Principal;
}

const TITLES: Record<CallError['status'], string> = { 400: 'The request is not valid', 403: 'Forbidden', 404: 'Not found', 409: 'Conflict' };

/** A refusal of the call service as a problem. */
async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CallError) throw new ProblemError(err.status, err.status === 409 ? 'call-conflict' : 'about:blank', TITLES[err.status], err.message, undefined, { cause: err });
    throw err;
  }
}

/** The route rules let only people through; this narrows the type. */
function person(p: Principal): UserPrincipal {
  if (p.kind !== 'user') throw new ProblemError(403, 'about:blank', 'Forbidden', 'calls are for signed-in people');
  return p;
}

export function registerCallRoutes(app: OpenAPIHono, deps: CallRouteDeps): void {
  app.openapi(placeRoute, async (c) => {
    const call = await answering(() => deps.calls.place(person(deps.principalOf(c)), c.req.valid('json')));
    return c.json(call, 201, { location: `/api/v1/calls/${call.id}` });
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await answering(() => deps.calls.get(person(deps.principalOf(c)), id)), 200, { 'cache-control': 'no-store' });
  });

  app.openapi(hangUpRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await answering(() => deps.calls.hangUp(person(deps.principalOf(c)), id)), 200);
  });
}
