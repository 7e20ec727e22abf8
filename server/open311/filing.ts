/**
 * @module open311/filing
 * A POST request's fields checked against the spec and the complaint contract: `service_code`
 * (required, a served service), a location (`lat`+`long` within Korea, or `address_string`, or
 * `address_id`), `description` up to 4000 characters, the person (`email`, `first_name`,
 * `last_name`, `phone`) as the complaint's reporter, `media_url`, `device_id`, `account_id`, and
 * the answers to the service's attributes. Every problem is reported at once; an unknown
 * service_code alone is a 404, as the spec says. Pure.
 */
import { z } from 'zod';
import { ReporterSchema, type Reporter } from '../contracts/complaint.ts';
import { badRequest, notFound } from './format.ts';
import { attributeAnswers, single, type Fields } from './fields.ts';
import type { NewRequest, ServiceAttribute, ServiceCategory } from './port.ts';

export const MAX_DESCRIPTION = 4000;
const MAX_ANSWER = 1000;
/** The complaint contract's bounds for positions (Korea). */
const LAT = { min: 33, max: 39 };
const LON = { min: 124, max: 132 };

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const Email = z.email();
const HttpUrl = z.url({ protocol: /^https?$/ });
const W3cDateTime = z.iso.datetime({ offset: true });
const HANGUL = /^[\p{Script=Hangul}\s]+$/u;

function coordinate(raw: string | undefined, name: string, range: { min: number; max: number }, problems: string[]): number | null {
  if (raw === undefined) return null;
  const n = NUMBER.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(n) || n < range.min || n > range.max) {
    problems.push(`${name} must be a WGS84 number from ${range.min} to ${range.max} (this jurisdiction is in Korea; got "${raw}")`);
    return null;
  }
  return n;
}

function capped(fields: Fields, name: string, max: number, problems: string[]): string | null {
  const v = single(fields, name, problems);
  if (v === undefined) return null;
  if (v.length > max) {
    problems.push(`${name} may be at most ${max} characters (got ${v.length})`);
    return null;
  }
  return v;
}

/** Korean names are written family name first, without a space; others given name first. */
export function personName(first: string | null, last: string | null): string | null {
  if (first === null || last === null) return first ?? last;
  return HANGUL.test(first) && HANGUL.test(last) ? `${last}${first}` : `${first} ${last}`;
}

function reporterOf(fields: Fields, problems: string[]): Reporter {
  const max = ReporterSchema.shape;
  const email = capped(fields, 'email', max.email.unwrap().maxLength ?? 120, problems);
  if (email !== null && !Email.safeParse(email).success) problems.push(`email is not an e-mail address: "${email}"`);
  const phone = capped(fields, 'phone', max.phone.unwrap().maxLength ?? 40, problems);
  if (phone !== null && !/^[0-9+()\-. ]{3,}$/.test(phone)) problems.push('phone may hold digits, spaces and + ( ) - . only');
  const name = personName(capped(fields, 'first_name', 80, problems), capped(fields, 'last_name', 80, problems));
  const nameMax = max.name.unwrap().maxLength ?? 80;
  if (name !== null && name.length > nameMax) problems.push(`first_name and last_name together may be at most ${nameMax} characters`);
  return { name, phone, email };
}

function answerProblem(a: ServiceAttribute, values: readonly string[]): string | null {
  const field = `attribute[${a.code}]`;
  if (!a.variable) return `${field} is information only and takes no answer`;
  if (values.length > 1 && a.datatype !== 'multivaluelist') return `${field} takes one value (got ${values.length})`;
  const long = values.find((v) => v.length > (a.datatype === 'text' ? MAX_DESCRIPTION : MAX_ANSWER));
  if (long !== undefined) return `${field} is too long (${long.length} characters)`;
  const keys = a.values.map((v) => v.key);
  for (const v of values) {
    if (a.datatype === 'number' && !(NUMBER.test(v) && Number.isFinite(Number(v)))) return `${field} must be a number (got "${v}")`;
    if (a.datatype === 'datetime' && !W3cDateTime.safeParse(v).success) return `${field} must be a W3C datetime with a time zone (got "${v}")`;
    if (a.datatype === 'string' && /[\r\n]/.test(v)) return `${field} must be one line`;
    if ((a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') && !keys.includes(v)) {
      return `${field}: "${v}" is not one of ${keys.join(', ')}`;
    }
  }
  return null;
}

function attributesOf(fields: Fields, cat: ServiceCategory, problems: string[]): Record<string, string[]> {
  const given = attributeAnswers(fields);
  const known = new Map((cat.attributes ?? []).map((a) => [a.code, a]));
  const out: Record<string, string[]> = {};
  for (const [code, values] of given) {
    const a = known.get(code);
    const problem = a === undefined ? `attribute[${code}]: service ${cat.code} has no such attribute` : answerProblem(a, values);
    if (problem !== null) problems.push(problem);
    else out[code] = [...new Set(values)];
  }
  for (const a of known.values()) {
    if (a.variable && a.required && !given.has(a.code)) problems.push(`attribute[${a.code}] is required for service ${cat.code}: ${a.description}`);
  }
  return out;
}

function locationOf(fields: Fields, problems: string[]): Pick<NewRequest, 'lat' | 'lon' | 'addressString' | 'addressId'> {
  const latRaw = single(fields, 'lat', problems);
  const lonRaw = single(fields, 'long', problems);
  const lat = coordinate(latRaw, 'lat', LAT, problems);
  const lon = coordinate(lonRaw, 'long', LON, problems);
  if ((latRaw === undefined) !== (lonRaw === undefined)) problems.push('lat and long must be sent together');
  const addressString = capped(fields, 'address_string', 200, problems);
  const addressId = capped(fields, 'address_id', 80, problems);
  if (latRaw === undefined && lonRaw === undefined && addressString === null && addressId === null && !problems.some((p) => p.startsWith('address'))) {
    problems.push('a location is required: lat and long, or address_string, or address_id');
  }
  return { lat: lat !== null && lon !== null ? lat : null, lon: lat !== null && lon !== null ? lon : null, addressString, addressId };
}

/** A checked request; throws `Open311Error` (400 listing every problem, or 404 for an unknown service_code alone). */
export function parseNewRequest(fields: Fields, categories: readonly ServiceCategory[]): { input: NewRequest; category: ServiceCategory } {
  const problems: string[] = [];
  const code = single(fields, 'service_code', problems);
  if (code === undefined) problems.push('service_code is required (see services.json)');
  const cat = code === undefined ? undefined : categories.find((c) => c.code === code);
  const location = locationOf(fields, problems);
  const description = capped(fields, 'description', MAX_DESCRIPTION, problems) ?? '';
  const reporter = reporterOf(fields, problems);
  const mediaUrl = capped(fields, 'media_url', 500, problems);
  if (mediaUrl !== null && !HttpUrl.safeParse(mediaUrl).success) problems.push('media_url must be an http or https URL');
  const deviceId = capped(fields, 'device_id', 80, problems);
  const accountId = capped(fields, 'account_id', 80, problems);
  const attributes = cat === undefined ? {} : attributesOf(fields, cat, problems);
  const unknownCode = code !== undefined && cat === undefined ? `service_code: no such service: ${code} (see services.json)` : null;
  if (unknownCode !== null && problems.length === 0) throw notFound(unknownCode);
  if (unknownCode !== null) problems.push(unknownCode);
  // Without a service there is always a problem listed above.
  if (problems.length > 0 || cat === undefined) throw badRequest(...problems);
  return { input: { serviceCode: cat.code, ...location, description, reporter, mediaUrl, deviceId, accountId, attributes }, category: cat };
}
