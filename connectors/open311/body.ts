/**
 * @module connectors/open311/body
 * Pure: reading a GeoReport v2 response body whatever its declared format. Servers answer XML to a `.json`
 * request and the reverse, send a UTF-8 BOM, or an HTML error page with status 200, so the body itself is
 * sniffed: `<` → XML (HTML → `ParseError`), `[` or `{` → JSON, anything else → `ParseError`.
 * XML is read with fast-xml-parser, every value kept as text (`006` stays `006`), list elements always
 * arrays, and an empty element (`<service_requests></service_requests>`, `<keywords/>`) an empty string.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ParseError } from '../_kit/errors.ts';

export type BodyFormat = 'json' | 'xml';

export interface Body {
  format: BodyFormat;
  /** XML: the root element's name (`services`, `service_requests`, `errors`...); JSON: null. */
  root: string | null;
  /** XML: the root element's content; JSON: the parsed value. */
  value: unknown;
}

/** Elements that are lists in GeoReport v2 XML, by their path. */
const LIST_PATHS = new Set([
  'services.service',
  'service_requests.request',
  'service_definition.attributes.attribute',
  'service_definition.attributes.attribute.values.value',
  'errors.error',
]);

const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (_name: string, jpath: unknown) => LIST_PATHS.has(String(jpath)),
});

const text = (body: string | Buffer): string => (typeof body === 'string' ? body : body.toString('utf8')).replace(/^\uFEFF/, '');

const snippet = (s: string): string => JSON.stringify(s.trim().slice(0, 80));

const isHtml = (s: string): boolean => /^<!doctype\s+html|^<html[\s>]/i.test(s) || /^<(head|body|title)[\s>]/i.test(s);

const readXml = (s: string): Body => {
  if (isHtml(s)) throw new ParseError(`an HTML page, not a GeoReport response: ${snippet(s.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '))}`);
  const valid = XMLValidator.validate(s);
  if (valid !== true) throw new ParseError(`XML that cannot be read (${valid.err.msg}, line ${valid.err.line})`);
  const doc = xml.parse(s) as Record<string, unknown>;
  const roots = Object.keys(doc);
  const root = roots[0];
  if (root === undefined || roots.length !== 1) throw new ParseError(`XML without a single root element: ${snippet(s)}`);
  if (root.toLowerCase() === 'html') throw new ParseError('an HTML page, not a GeoReport response');
  return { format: 'xml', root, value: doc[root] };
};

const readJson = (s: string): Body => {
  try {
    return { format: 'json', root: null, value: JSON.parse(s) as unknown };
  } catch (err) {
    throw new ParseError(`JSON that cannot be read (${(err as Error).message})`, { cause: err });
  }
};

/** Sniffs and reads a body; throws `ParseError` for an empty, HTML or unreadable one. */
export const readBody = (body: string | Buffer): Body => {
  const s = text(body).trim();
  if (s === '') throw new ParseError('an empty body');
  const first = s[0];
  if (first === '<') return readXml(s);
  if (first === '[' || first === '{') return readJson(s);
  throw new ParseError(`neither XML nor JSON: ${snippet(s)}`);
};

/** The elements of an XML list container (`<service_requests>` content, `{ request: [...] }`): `''` is empty. */
export const xmlList = (container: unknown, element: string): unknown[] => {
  if (container === '' || container === null || container === undefined) return [];
  if (typeof container !== 'object' || Array.isArray(container)) throw new ParseError(`expected <${element}> elements, found ${snippet(String(container))}`);
  const items = (container as Record<string, unknown>)[element];
  if (items === undefined) return [];
  return Array.isArray(items) ? items : [items];
};

/** A JSON list that some servers send as a single object. */
export const jsonList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === null ? [] : [value]);
