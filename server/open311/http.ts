/**
 * @module open311/http
 * The Hono side of the Open311 routes: what they need (`Open311Deps`), answering in a format,
 * translating every failure into the spec's error format once (`open311Handler`), the caller's
 * API key (form field, query or header) and the view of complaints it is entitled to, and the
 * `jurisdiction_id` check.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import type { Complaint } from '../contracts/complaint.ts';
import { extractApiKey } from '../keys/extract.ts';
import {
  CONTENT_TYPES, formatOfPath, forbidden, notFound, Open311Error, renderDocument, renderErrors, type Open311Format,
} from './format.ts';
import type { Filer, Open311Port } from './port.ts';
import type { XmlValue } from './xml.ts';

export interface Open311Deps {
  port: Open311Port;
  /** The filer of a presented API key; null when the key is not valid (unknown, expired, revoked). */
  authorize(apiKey: string | undefined): Promise<Filer | null>;
  /** A complaint as the public may see it (server/privacy): applied for every caller but privileged ones. */
  publicView(c: Complaint): Complaint;
  /** Whether a caller sees complaints unredacted (null: no key presented). */
  isPrivileged(filer: Filer | null): boolean;
  now(): number;
  log: Logger;
  /** The jurisdiction served (e.g. `seoul.go.kr`); when set, another `jurisdiction_id` is a 404. */
  jurisdictionId?: string;
}

export function send(c: Context, format: Open311Format, status: ContentfulStatusCode, root: string, value: XmlValue): Response {
  return c.body(renderDocument(format, root, value), status, { 'content-type': CONTENT_TYPES[format] });
}

export function sendErrors(c: Context, err: Open311Error): Response {
  const format = formatOfPath(c.req.path);
  return c.body(renderErrors(format, err.errors), err.status, { 'content-type': CONTENT_TYPES[format] });
}

/** Runs a route; an `Open311Error` becomes its answer, anything else is logged and answered 500. */
export function open311Handler(deps: Pick<Open311Deps, 'log'>, run: (c: Context) => Promise<Response>): (c: Context) => Promise<Response> {
  return async (c) => {
    try {
      return await run(c);
    } catch (err) {
      if (err instanceof Open311Error) return sendErrors(c, err);
      deps.log.error({ err, path: c.req.path, method: c.req.method }, 'open311 request failed');
      return sendErrors(c, new Open311Error(500, [{ code: 500, description: 'the server could not complete this request; try again later' }]));
    }
  };
}

const nonBlank = (v: string | null | undefined): string | undefined => (v === null || v === undefined || v.trim() === '' ? undefined : v.trim());

/** The API key presented: `api_key` in the body, else in the query, else `Authorization: Bearer` / `X-API-Key`. */
export function presentedKey(c: Context, bodyKey?: string): string | undefined {
  const fromParams = nonBlank(bodyKey) ?? nonBlank(c.req.query('api_key'));
  if (fromParams !== undefined) return fromParams;
  const header = extractApiKey((name) => c.req.header(name));
  if (header.kind === 'malformed') throw forbidden(`Invalid api_key: ${header.reason}`);
  return header.kind === 'key' ? header.key : undefined;
}

/** The filer behind a presented key; a key that is presented but refused is a 403, never anonymous. */
export async function filerOf(deps: Pick<Open311Deps, 'authorize'>, key: string | undefined): Promise<Filer | null> {
  if (key === undefined) return null;
  const filer = await deps.authorize(key);
  if (filer === null) throw forbidden('Invalid api_key received: it is unknown, expired or revoked');
  return filer;
}

/** A key scoped to districts is privileged for complaints in them only (none means all 25 gu). */
const inDistricts = (filer: Filer, x: Complaint): boolean =>
  filer.scope.districts.length === 0 || (x.district !== null && filer.scope.districts.includes(x.district));

/**
 * How complaints are shown to this caller: unredacted for a privileged key within its districts,
 * the public view for everything else.
 */
export async function viewFor(c: Context, deps: Open311Deps): Promise<(x: Complaint) => Complaint> {
  const filer = await filerOf(deps, presentedKey(c));
  if (filer === null || !deps.isPrivileged(filer)) return (x) => deps.publicView(x);
  return (x) => (inDistricts(filer, x) ? x : deps.publicView(x));
}

/** A `jurisdiction_id` other than the one served is a 404; none (or a blank one) is fine. */
export function checkJurisdiction(deps: Pick<Open311Deps, 'jurisdictionId'>, given: string | undefined): void {
  const id = nonBlank(given);
  if (id === undefined || deps.jurisdictionId === undefined || id === deps.jurisdictionId) return;
  throw notFound(`jurisdiction_id not found: ${id} (this endpoint serves ${deps.jurisdictionId})`);
}
