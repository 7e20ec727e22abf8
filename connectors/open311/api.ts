/**
 * @module connectors/open311/api
 * The GeoReport v2 shapes (services, service definitions, service requests, POST receipts, errors) as zod
 * schemas that accept both wire formats: XML gives every value as text and lists as `{ element: [...] }`,
 * JSON gives numbers and booleans and arrays. The parsed objects keep the spec's field names; texts are
 * trimmed and an empty text is `null`, numbers are numbers, datetimes are ISO 8601 in UTC.
 */
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, parseW3cTime } from './time.ts';

const scalar = (v: unknown): unknown => (typeof v === 'number' || typeof v === 'bigint' ? String(v) : v);

/** Optional text: absent, null or blank → null. */
const optText = z.preprocess((v) => {
  const s = scalar(v);
  return typeof s === 'string' && s.trim() === '' ? null : s;
}, z.string().trim().nullish().transform((s) => s ?? null));

/** Required text (numbers accepted: `service_request_id` 638344). */
const reqText = z.preprocess(scalar, z.string('required').trim().min(1, 'required'));

const bool = z.preprocess((v) => {
  if (typeof v === 'string') return { true: true, false: false, '1': true, '0': false, '': undefined }[v.trim().toLowerCase()] ?? v;
  return v === null ? undefined : v;
}, z.boolean('true or false').optional());

/** A number or a numeric text (`"37.5"`); blank → null. */
const optNumber = z.preprocess((v) => {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
  if (typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) return Number(v);
  return v;
}, z.number('a number').finite().nullable());

/** A list as JSON sends it (array, or one object) or as XML does (`''` or `{ [element]: [...] }`). */
const listOf = <T extends z.ZodType>(element: string, item: T) =>
  z.preprocess((v) => {
    if (v === undefined || v === null || v === '') return [];
    if (Array.isArray(v)) return v;
    if (typeof v === 'object' && element in v) {
      const inner = (v as Record<string, unknown>)[element];
      return Array.isArray(inner) ? inner : inner === '' || inner === undefined ? [] : [inner];
    }
    return [v];
  }, z.array(item));

const keywords = z.preprocess((v) => (Array.isArray(v) ? v.join(',') : scalar(v) ?? ''), z.string()).transform((s) =>
  s
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== ''),
);

export const SERVICE_TYPES = ['realtime', 'batch', 'blackbox'] as const;

/** One entry of `GET services.{fmt}`. */
export const Open311ServiceSchema = z.object({
  service_code: reqText,
  service_name: reqText,
  description: optText,
  /** True when `GET services/{code}.{fmt}` has a definition with attributes. */
  metadata: bool.transform((b) => b ?? false),
  type: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() || null : v), z.enum(SERVICE_TYPES, 'realtime, batch or blackbox').nullish()).transform((t) => t ?? null),
  keywords,
  group: optText,
});
export type Open311Service = z.infer<typeof Open311ServiceSchema>;

export const ATTRIBUTE_DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;

export const Open311AttributeValueSchema = z.object({ key: reqText, name: reqText });

export const Open311AttributeSchema = z.object({
  /** False for an attribute that is information only (no answer expected). */
  variable: bool.transform((b) => b ?? true),
  code: reqText,
  datatype: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(ATTRIBUTE_DATATYPES, `one of ${ATTRIBUTE_DATATYPES.join(', ')}`)),
  required: bool.transform((b) => b ?? false),
  datatype_description: optText,
  order: optNumber.pipe(z.number().int('an integer').nullable()).optional().transform((n) => n ?? null),
  description: reqText,
  /** The choices of a singlevaluelist or multivaluelist. */
  values: listOf('value', Open311AttributeValueSchema),
});
export type Open311Attribute = z.infer<typeof Open311AttributeSchema>;

/** `GET services/{service_code}.{fmt}`. */
export const Open311ServiceDefinitionSchema = z.object({
  service_code: reqText,
  attributes: listOf('attribute', Open311AttributeSchema),
});
export type Open311ServiceDefinition = z.infer<typeof Open311ServiceDefinitionSchema>;

const time = (timeZone: string, required: boolean) => {
  const t = z.preprocess(scalar, z.string().trim().nullish()).transform((s, ctx) => {
    if (s === null || s === undefined || s === '') {
      if (required) ctx.addIssue({ code: 'custom', message: 'required' });
      return null;
    }
    const ms = parseW3cTime(s, timeZone);
    if (ms === null) ctx.addIssue({ code: 'custom', message: `not a W3C datetime: ${JSON.stringify(s.slice(0, 40))}` });
    return ms === null ? null : new Date(ms).toISOString();
  });
  return t;
};

const status = z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(['open', 'closed'], 'open or closed'));

/** One service request as `GET requests.{fmt}` and `GET requests/{id}.{fmt}` return it; zoneless times read in `timeZone`. */
export const serviceRequestSchema = (timeZone: string = DEFAULT_TIME_ZONE) =>
  z.object({
    service_request_id: reqText,
    status,
    status_notes: optText,
    service_name: optText,
    service_code: reqText,
    description: optText,
    agency_responsible: optText,
    service_notice: optText,
    requested_datetime: time(timeZone, true).transform((s) => s as string),
    updated_datetime: time(timeZone, false),
    expected_datetime: time(timeZone, false),
    address: optText,
    address_id: optText,
    zipcode: optText,
    lat: optNumber.pipe(z.number().min(-90).max(90).nullable()).optional().transform((n) => n ?? null),
    long: optNumber.pipe(z.number().min(-180).max(180).nullable()).optional().transform((n) => n ?? null),
    media_url: optText,
  });

export const Open311ServiceRequestSchema = serviceRequestSchema();
export type Open311ServiceRequest = z.infer<typeof Open311ServiceRequestSchema>;

/** One entry of a `POST requests.{fmt}` answer (or of `GET tokens/{token}.{fmt}`): an id, a token, or both. */
export const Open311RequestReceiptSchema = z
  .object({ service_request_id: optText, token: optText, service_notice: optText, account_id: optText })
  .refine((r) => r.service_request_id !== null || r.token !== null, 'neither service_request_id nor token');
export type Open311RequestReceipt = z.infer<typeof Open311RequestReceiptSchema>;

/** One entry of the spec's error format; `code` is the HTTP status it stands for, null when the server gave none. */
export const Open311ErrorSchema = z.object({
  code: optNumber.pipe(z.number().int().nullable()).optional().transform((n) => n ?? null),
  description: z.preprocess(scalar, z.string().trim()).catch(''),
});
export type Open311Error = z.infer<typeof Open311ErrorSchema>;

/** `path: message` of the first issues, for reject reasons. */
export const reasonOf = (err: z.ZodError): string =>
  err.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'value'}: ${i.message}`)
    .join('; ');
