/**
 * @module open311/file-route
 * POST requests.{fmt}: a district system files a complaint. The body is a form
 * (`application/x-www-form-urlencoded`, as the spec sends it, or `multipart/form-data` without
 * files) or a JSON object with the same field names. The API key (`api_key`, or the platform's
 * `Authorization: Bearer` / `X-API-Key`) is checked before the fields: none, or one refused by the
 * key store, or one without write access to `complaints`, is a 403. The answer is
 * `[{service_request_id, service_notice, account_id}]`, status 200 as the spec's clients expect.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { keyMay } from '../access/decision.ts';
import { fieldsFromForm, fieldsFromJson, single, type Fields } from './fields.ts';
import { parseNewRequest } from './filing.ts';
import { badRequest, forbidden, notFound, splitFormat } from './format.ts';
import { checkJurisdiction, filerOf, open311Handler, presentedKey, send, type Open311Deps } from './http.ts';
import type { Filer } from './port.ts';
import { OPEN311_BASE } from './read-routes.ts';
import { filedDocument } from './serialize.ts';

/** The resource family a key's scope must name, with write access, to file requests. */
export const COMPLAINTS_RESOURCE = 'complaints';

export const mayFile = (filer: Filer): boolean => keyMay(filer.scope, COMPLAINTS_RESOURCE, 'write');

async function readFields(c: Context): Promise<Fields> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/x-www-form-urlencoded') return fieldsFromForm(new URLSearchParams(await c.req.text()).entries());
  if (type === 'multipart/form-data') {
    const form = await c.req.formData().catch(() => null);
    if (form === null) throw badRequest('the multipart/form-data body could not be read');
    return fieldsFromForm(form.entries());
  }
  if (type === 'application/json') {
    const text = await c.req.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw badRequest('the body is not valid JSON');
    }
    return fieldsFromJson(body);
  }
  if (type === '' && (await c.req.text()).length === 0) return new Map();
  const what = type === '' ? 'a body without a Content-Type' : `a body of type "${type}"`;
  throw badRequest(`${what} is not read here: send application/x-www-form-urlencoded (as the spec does) or application/json`);
}

async function fileRequest(c: Context, deps: Open311Deps): Promise<Response> {
  const { name, format } = splitFormat(c.req.param('resource') ?? '');
  if (name !== 'requests') throw notFound(`only requests.${format} accepts POST`);
  const fields = await readFields(c);
  const problems: string[] = [];
  const jurisdiction = single(fields, 'jurisdiction_id', problems) ?? c.req.query('jurisdiction_id');
  const bodyKey = single(fields, 'api_key', problems);
  if (problems.length > 0) throw badRequest(...problems);
  checkJurisdiction(deps, jurisdiction);
  const key = presentedKey(c, bodyKey);
  if (key === undefined) throw forbidden('api_key is required to file a request');
  const filer = await filerOf(deps, key);
  if (filer === null || !mayFile(filer)) throw forbidden(`this api_key may not file requests: it needs write access to ${COMPLAINTS_RESOURCE}`);
  const { input, category } = parseNewRequest(fields, await deps.port.categories());
  const complaint = await deps.port.file(input, filer);
  deps.log.info({ complaint: complaint.id, key: filer.id, service: category.code }, 'open311 request filed');
  return send(c, format, 200, 'service_requests', filedDocument(complaint, category, input.accountId));
}

export function registerOpen311FileRoute(app: OpenAPIHono, deps: Open311Deps): void {
  app.post(`${OPEN311_BASE}/:resource`, open311Handler(deps, (c) => fileRequest(c, deps)));
}
