/**
 * @module connectors/open311/services
 * Pure: `GET services.{fmt}` (the service list) and `GET services/{service_code}.{fmt}` (a service
 * definition), each read from XML or JSON whatever the request asked for.
 */
import type { Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { Open311ServiceDefinitionSchema, Open311ServiceSchema, reasonOf, type Open311Service, type Open311ServiceDefinition } from './api.ts';
import { jsonList, readBody, xmlList, type Body } from './body.ts';
import { throwIfErrorBody } from './error-body.ts';

export interface ServicesResult {
  records: Open311Service[];
  rejects: Reject[];
}

const wrongRoot = (b: Body, expected: string): ParseError => new ParseError(`expected <${expected}>, found <${b.root ?? ''}>`);

/** The raw entries of a service list body. */
export const serviceItems = (b: Body): unknown[] => {
  throwIfErrorBody(b);
  if (b.format === 'xml') {
    if (b.root !== 'services') throw wrongRoot(b, 'services');
    return xmlList(b.value, 'service');
  }
  const v = b.value;
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && 'services' in v) return jsonList(v.services);
  return jsonList(v);
};

/** The services of an already read body; an entry that does not fit the spec is a reject with its reason. */
export const servicesOf = (b: Body): ServicesResult => {
  const records: Open311Service[] = [];
  const rejects: Reject[] = [];
  for (const raw of serviceItems(b)) {
    const res = Open311ServiceSchema.safeParse(raw);
    if (res.success) records.push(res.data);
    else rejects.push({ reason: `bad Open311 service: ${reasonOf(res.error)}`, raw: JSON.stringify(raw) ?? String(raw) });
  }
  return { records, rejects };
};

/** The service list, entries that do not fit the spec apart. Throws `ParseError` for an unreadable or error body. */
export const readServices = (body: string | Buffer): ServicesResult => servicesOf(readBody(body));

/** The service list, strictly: throws `ParseError` naming the first entries that do not fit the spec. */
export const parseServices = (body: string | Buffer): Open311Service[] => {
  const { records, rejects } = readServices(body);
  if (rejects.length > 0) throw new ParseError(`${rejects.length} service(s) do not fit GeoReport v2: ${rejects.slice(0, 3).map((r) => r.reason).join(' | ')}`);
  return records;
};

/** A service definition; throws `ParseError` with the reason when it cannot be read or does not fit the spec. */
export const parseServiceDefinition = (body: string | Buffer): Open311ServiceDefinition => {
  const b = readBody(body);
  throwIfErrorBody(b);
  if (b.format === 'xml' && b.root !== 'service_definition') throw wrongRoot(b, 'service_definition');
  const raw = b.format === 'json' && Array.isArray(b.value) && b.value.length === 1 ? b.value[0] : b.value;
  const res = Open311ServiceDefinitionSchema.safeParse(raw);
  if (!res.success) throw new ParseError(`bad Open311 service definition: ${reasonOf(res.error)}`, { cause: res.error });
  return res.data;
};
