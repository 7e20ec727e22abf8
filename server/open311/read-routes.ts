/**
 * @module open311/read-routes
 * GET services.{fmt}, services/{code}.{fmt}, requests.{fmt}, requests/{id}.{fmt} and the history
 * extension requests/{id}/history.{fmt}. Hono cannot route `services.:format` within a segment, so
 * each route takes the whole last segment and splits the format off itself (./format.ts): an
 * unknown resource or format is a 404 in the spec's error format. Every complaint goes through the
 * caller's view (./http.ts) before it is written out.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ComplaintIdSchema } from '../contracts/complaint.ts';
import { notFound, splitFormat } from './format.ts';
import { checkJurisdiction, open311Handler, send, viewFor, type Open311Deps } from './http.ts';
import { parseRequestQuery } from './query.ts';
import { historyDocument, requestsDocument, serviceDefinition, servicesDocument } from './serialize.ts';

export const OPEN311_BASE = '/open311/v2';

/** The path parameter, checked as a complaint id; anything else cannot name one (404). */
function requestId(raw: string): string {
  if (!ComplaintIdSchema.safeParse(raw).success) throw notFound(`service_request_id not found: ${raw}`);
  return raw;
}

async function listing(c: Context, deps: Open311Deps): Promise<Response> {
  const { name, format } = splitFormat(c.req.param('resource') ?? '');
  if (name !== 'services' && name !== 'requests') throw notFound(`no Open311 resource "${name}": use services or requests`);
  checkJurisdiction(deps, c.req.query('jurisdiction_id'));
  const cats = await deps.port.categories();
  if (name === 'services') return send(c, format, 200, 'services', servicesDocument(cats));
  const view = await viewFor(c, deps);
  const q = parseRequestQuery(new URL(c.req.url).searchParams, { now: deps.now(), knownCodes: new Set(cats.map((cat) => cat.code)) });
  const list = await deps.port.query(q);
  return send(c, format, 200, 'service_requests', requestsDocument(list.map(view), cats));
}

async function definition(c: Context, deps: Open311Deps): Promise<Response> {
  const { name: code, format } = splitFormat(c.req.param('file') ?? '');
  checkJurisdiction(deps, c.req.query('jurisdiction_id'));
  const cat = (await deps.port.categories()).find((x) => x.code === code);
  if (cat === undefined) throw notFound(`service_code not found: ${code}`);
  return send(c, format, 200, 'service_definition', serviceDefinition(cat));
}

async function oneRequest(c: Context, deps: Open311Deps): Promise<Response> {
  const { name, format } = splitFormat(c.req.param('file') ?? '');
  checkJurisdiction(deps, c.req.query('jurisdiction_id'));
  const id = requestId(name);
  const view = await viewFor(c, deps);
  const [found, cats] = await Promise.all([deps.port.get(id), deps.port.categories()]);
  if (found === null) throw notFound(`service_request_id not found: ${id}`);
  return send(c, format, 200, 'service_requests', requestsDocument([view(found)], cats));
}

async function history(c: Context, deps: Open311Deps): Promise<Response> {
  const { name, format } = splitFormat(c.req.param('file') ?? '');
  if (name !== 'history') throw notFound(`no Open311 resource "${name}" under a request: use history`);
  checkJurisdiction(deps, c.req.query('jurisdiction_id'));
  const id = requestId(c.req.param('id') ?? '');
  const view = await viewFor(c, deps);
  const found = await deps.port.get(id);
  if (found === null) throw notFound(`service_request_id not found: ${id}`);
  return send(c, format, 200, 'service_request_history', historyDocument(view(found)));
}

export function registerOpen311ReadRoutes(app: OpenAPIHono, deps: Open311Deps): void {
  app.get(`${OPEN311_BASE}/:resource`, open311Handler(deps, (c) => listing(c, deps)));
  app.get(`${OPEN311_BASE}/services/:file`, open311Handler(deps, (c) => definition(c, deps)));
  app.get(`${OPEN311_BASE}/requests/:file`, open311Handler(deps, (c) => oneRequest(c, deps)));
  app.get(`${OPEN311_BASE}/requests/:id/:file`, open311Handler(deps, (c) => history(c, deps)));
}
