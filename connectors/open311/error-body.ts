/**
 * @module connectors/open311/error-body
 * Pure: the spec's error format, in JSON `[{ "code": 403, "description": "..." }]` or XML
 * `<errors><error><code>403</code><description>...</description></error></errors>`, and the bare
 * `<error>text</error>` some servers send instead (the Code for America fixture `403.xml` does).
 */
import { ParseError } from '../_kit/errors.ts';
import { Open311ErrorSchema, type Open311Error } from './api.ts';
import { readBody, xmlList, type Body } from './body.ts';

const SHAPE_KEYS = ['service_code', 'service_request_id', 'service_name', 'token', 'attributes'];

const looksLikeError = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'description' in v && 'code' in v && !SHAPE_KEYS.some((k) => k in v);

const errorItems = (b: Body): unknown[] | null => {
  if (b.format === 'xml') {
    if (b.root === 'errors') return xmlList(b.value, 'error');
    if (b.root === 'error') return [typeof b.value === 'object' && b.value !== null ? b.value : { code: null, description: b.value }];
    return null;
  }
  const v = b.value;
  if (Array.isArray(v)) return v.length > 0 && v.every(looksLikeError) ? v : null;
  if (looksLikeError(v)) return [v];
  if (typeof v === 'object' && v !== null && 'errors' in v) return Array.isArray(v.errors) ? v.errors : [v.errors];
  return null;
};

/** The errors of an already read body, or null when it is not an error body. */
export const errorsOf = (b: Body): Open311Error[] | null => {
  const items = errorItems(b);
  if (items === null) return null;
  return items.map((i) => {
    const res = Open311ErrorSchema.safeParse(i);
    return res.success ? res.data : { code: null, description: JSON.stringify(i) ?? '' };
  });
};

/**
 * The errors in a body, or `[]` when it is readable but not an error body.
 * Throws `ParseError` when the body is not XML or JSON at all (an HTML error page, for one).
 */
export const parseErrors = (body: string | Buffer): Open311Error[] => errorsOf(readBody(body)) ?? [];

/** `403 Invalid api_key; 400 service_code missing` (at most three). */
export const describeErrors = (errors: readonly Open311Error[]): string =>
  errors
    .slice(0, 3)
    .map((e) => (e.code === null ? e.description : `${e.code} ${e.description}`).trim())
    .join('; ');

/** Throws `ParseError` when a body expected to hold data is an error body instead. */
export const throwIfErrorBody = (b: Body): void => {
  const errors = errorsOf(b);
  if (errors !== null) throw new ParseError(`the server answered with an error: ${describeErrors(errors)}`);
};
