/**
 * @module open311/query
 * The filters of GET requests, checked: `service_request_id` (comma list; overrides every other
 * filter, as the spec says), `service_code` and `status` (comma lists or repeated), `start_date` and
 * `end_date` (W3C datetimes with a zone, at most 90 days apart; the last 90 days when neither is
 * given), and this server's paging: `page` and `page_size` (or `limit`). Empty parameters count as
 * absent (the spec's rule for optional arguments). Every problem found is reported at once. Pure.
 */
import { z } from 'zod';
import { ComplaintIdSchema } from '../contracts/complaint.ts';
import { badRequest } from './format.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_RANGE_DAYS, type RequestQuery } from './port.ts';

const DAY_MS = 86_400_000;
export const MAX_PAGE = 100_000;

const W3cDateTime = z.iso.datetime({ offset: true });

/** All values of a parameter, comma lists split, blanks dropped. */
export function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The one value of a parameter; a second, different one is a problem. */
function singleParam(params: URLSearchParams, name: string, problems: string[]): string | undefined {
  const values = [...new Set(params.getAll(name).map((v) => v.trim()).filter((v) => v !== ''))];
  if (values.length > 1) problems.push(`${name} is given more than once with different values`);
  return values[0];
}

function intParam(params: URLSearchParams, name: string, max: number, problems: string[]): number | undefined {
  const raw = singleParam(params, name, problems);
  if (raw === undefined) return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    problems.push(`${name} must be a whole number from 1 to ${max} (got "${raw}")`);
    return undefined;
  }
  return n;
}

function dateParam(params: URLSearchParams, name: string, problems: string[]): number | undefined {
  const raw = singleParam(params, name, problems);
  if (raw === undefined) return undefined;
  if (!W3cDateTime.safeParse(raw).success) {
    problems.push(`${name} must be a W3C datetime with a time zone, such as 2026-11-01T00:00:00+09:00 (got "${raw}")`);
    return undefined;
  }
  return Date.parse(raw);
}

function idsOf(params: URLSearchParams): RequestQuery {
  const ids = [...new Set(listParam(params, 'service_request_id'))];
  const bad = ids.filter((id) => !ComplaintIdSchema.safeParse(id).success);
  const problems: string[] = [];
  if (bad.length > 0) problems.push(`service_request_id: not a request id: ${bad.slice(0, 5).join(', ')} (ids look like dasan-120:2026-000123)`);
  if (ids.length > MAX_PAGE_SIZE) problems.push(`service_request_id: at most ${MAX_PAGE_SIZE} ids at once (got ${ids.length})`);
  if (problems.length > 0) throw badRequest(...problems);
  return { ids, limit: ids.length, page: 1 };
}

function statusOf(params: URLSearchParams, problems: string[]): 'open' | 'closed' | undefined {
  const statuses = new Set(listParam(params, 'status'));
  const bad = [...statuses].filter((s) => s !== 'open' && s !== 'closed');
  if (bad.length > 0) problems.push(`status must be open or closed (got ${bad.join(', ')})`);
  return statuses.size === 1 && bad.length === 0 ? ([...statuses][0] as 'open' | 'closed') : undefined;
}

function windowOf(params: URLSearchParams, now: number, problems: string[]): { from: number; to: number } | undefined {
  const before = problems.length;
  const start = dateParam(params, 'start_date', problems);
  const end = dateParam(params, 'end_date', problems);
  if (problems.length > before) return undefined;
  const to = end ?? (start === undefined ? now : Math.min(start + MAX_RANGE_DAYS * DAY_MS, now));
  const from = start ?? to - MAX_RANGE_DAYS * DAY_MS;
  if (from > to) problems.push(start !== undefined && end === undefined ? 'start_date is in the future' : 'start_date must not be after end_date');
  else if (to - from > MAX_RANGE_DAYS * DAY_MS) problems.push(`start_date and end_date may be at most ${MAX_RANGE_DAYS} days apart`);
  return problems.length > before ? undefined : { from, to };
}

function pageSizeOf(params: URLSearchParams, problems: string[]): number {
  const size = intParam(params, 'page_size', MAX_PAGE_SIZE, problems);
  const limit = intParam(params, 'limit', MAX_PAGE_SIZE, problems);
  if (size !== undefined && limit !== undefined && size !== limit) problems.push('page_size and limit are the same setting; give one');
  return size ?? limit ?? DEFAULT_PAGE_SIZE;
}

/**
 * The query for GET requests; throws a 400 `Open311Error` listing every problem. `knownCodes`:
 * the service codes served (an unknown one is a mistake worth saying, not an empty answer).
 */
export function parseRequestQuery(params: URLSearchParams, ctx: { now: number; knownCodes: ReadonlySet<string> }): RequestQuery {
  if (listParam(params, 'service_request_id').length > 0) return idsOf(params);
  const problems: string[] = [];
  const codes = [...new Set(listParam(params, 'service_code'))];
  const unknown = codes.filter((code) => !ctx.knownCodes.has(code));
  if (unknown.length > 0) problems.push(`service_code: no such service: ${unknown.join(', ')} (see services.json)`);
  const status = statusOf(params, problems);
  const limit = pageSizeOf(params, problems);
  const page = intParam(params, 'page', MAX_PAGE, problems) ?? 1;
  const window = windowOf(params, ctx.now, problems);
  if (problems.length > 0 || window === undefined) throw badRequest(...problems);
  return {
    ...(codes.length > 0 ? { serviceCodes: codes } : {}),
    ...(status === undefined ? {} : { status }),
    from: new Date(window.from),
    to: new Date(window.to),
    limit,
    page,
  };
}
