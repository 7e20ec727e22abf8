/**
 * @module connectors/open311/requests
 * Pure: service requests (`GET requests.{fmt}`, `GET requests/{id}.{fmt}`) and the receipts of
 * `POST requests.{fmt}`, each read from XML or JSON whatever was asked for. Tolerated: a single request
 * sent as an object instead of a list, `<service_requests>` empty, numbers as texts, blank optional
 * fields. A request that does not fit the spec is a reject with its reason; the others still flow.
 */
import type { z } from 'zod';
import type { Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { Open311RequestReceiptSchema, reasonOf, serviceRequestSchema, type Open311RequestReceipt, type Open311ServiceRequest } from './api.ts';
import { jsonList, readBody, xmlList, type Body } from './body.ts';
import { throwIfErrorBody } from './error-body.ts';
import { assertTimeZone, DEFAULT_TIME_ZONE } from './time.ts';

export interface RequestsResult {
  records: Open311ServiceRequest[];
  rejects: Reject[];
}

export interface RequestsOptions {
  /** IANA zone of datetimes that carry no offset (default Asia/Seoul). */
  timeZone?: string;
}

/** The raw entries of a request list body (XML `<service_requests>` or a bare `<request>`; JSON list or object). */
export const requestItems = (b: Body): unknown[] => {
  throwIfErrorBody(b);
  if (b.format === 'xml') {
    if (b.root === 'service_requests') return xmlList(b.value, 'request');
    if (b.root === 'request') return [b.value];
    throw new ParseError(`expected <service_requests>, found <${b.root ?? ''}>`);
  }
  const v = b.value;
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    if ('service_requests' in v) return jsonList(v.service_requests);
    if ('requests' in v) return jsonList(v.requests);
  }
  return jsonList(v);
};

const schemas = new Map<string, ReturnType<typeof serviceRequestSchema>>();

const schemaFor = (timeZone: string): ReturnType<typeof serviceRequestSchema> => {
  let s = schemas.get(timeZone);
  if (!s) {
    s = serviceRequestSchema(assertTimeZone(timeZone));
    schemas.set(timeZone, s);
  }
  return s;
};

const split = <T>(items: readonly unknown[], schema: z.ZodType<T>, what: string): { records: T[]; rejects: Reject[] } => {
  const records: T[] = [];
  const rejects: Reject[] = [];
  for (const raw of items) {
    const res = schema.safeParse(raw);
    if (res.success) records.push(res.data);
    else rejects.push({ reason: `bad Open311 ${what}: ${reasonOf(res.error)}`, raw: JSON.stringify(raw) ?? String(raw) });
  }
  return { records, rejects };
};

/** The requests of an already read body. */
export const requestsOf = (b: Body, o: RequestsOptions = {}): RequestsResult => split(requestItems(b), schemaFor(o.timeZone ?? DEFAULT_TIME_ZONE), 'service request');

/** Service requests with the rejects apart. Throws `ParseError` for an unreadable, HTML or error body. */
export const parseRequests = (body: string | Buffer, o: RequestsOptions = {}): RequestsResult => requestsOf(readBody(body), o);

/** Receipts of `POST requests.{fmt}`, strictly: throws `ParseError` when one has neither id nor token. */
export const parseRequestReceipts = (body: string | Buffer): Open311RequestReceipt[] => {
  const { records, rejects } = split(requestItems(readBody(body)), Open311RequestReceiptSchema, 'receipt');
  if (rejects.length > 0) throw new ParseError(rejects.map((r) => r.reason).slice(0, 3).join(' | '));
  return records;
};
