/**
 * @module open311/format
 * The format of an Open311 answer comes from the path (`services.json`, `requests/x.xml`), and
 * errors take the spec's shape in that format: `[{"code":400,"description":"…"}]` or
 * `<errors><error><code>400</code><description>…</description></error></errors>`. Pure.
 */
import { jsonValue, xmlDocument, xmlList, type XmlValue } from './xml.ts';

export const OPEN311_FORMATS = ['json', 'xml'] as const;
export type Open311Format = (typeof OPEN311_FORMATS)[number];

export const CONTENT_TYPES: Readonly<Record<Open311Format, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** One entry of the spec's error list. */
export interface SpecError {
  code: number;
  description: string;
}

export type Open311Status = 400 | 403 | 404 | 500;

/** An answer in the spec's error format: the HTTP status and one entry per problem found. */
export class Open311Error extends Error {
  override name = 'Open311Error';
  constructor(
    readonly status: Open311Status,
    readonly errors: readonly SpecError[],
    options?: ErrorOptions,
  ) {
    super(errors.map((e) => e.description).join('; '), options);
  }
}

const withCode = (status: Open311Status, descriptions: readonly string[]): Open311Error =>
  new Open311Error(status, descriptions.map((description) => ({ code: status, description })));

export const badRequest = (...descriptions: string[]): Open311Error => withCode(400, descriptions);
export const forbidden = (...descriptions: string[]): Open311Error => withCode(403, descriptions);
export const notFound = (...descriptions: string[]): Open311Error => withCode(404, descriptions);

/** `pot-hole.json` → name `pot-hole`, format `json`. The name may hold dots; the format is after the last. */
export function splitFormat(file: string): { name: string; format: Open311Format } {
  const dot = file.lastIndexOf('.');
  const ext = dot < 0 ? '' : file.slice(dot + 1);
  if (dot <= 0) throw notFound(`no format in "${file}": append .json or .xml to the resource`);
  if (!(OPEN311_FORMATS as readonly string[]).includes(ext)) throw notFound(`format "${ext}" is not served: use .json or .xml`);
  return { name: file.slice(0, dot), format: ext as Open311Format };
}

/** The format named by the end of a path, for errors; XML (the format the spec requires) when none is. */
export function formatOfPath(path: string): Open311Format {
  const last = path.split('/').at(-1) ?? '';
  return last.endsWith('.json') ? 'json' : 'xml';
}

/** A document in a format: `root` names the XML root element; JSON is the value itself. */
export function renderDocument(format: Open311Format, root: string, value: XmlValue): string {
  return format === 'xml' ? xmlDocument(root, value) : JSON.stringify(jsonValue(value));
}

export const renderErrors = (format: Open311Format, errors: readonly SpecError[]): string =>
  renderDocument(format, 'errors', xmlList('error', errors.map((e) => ({ code: e.code, description: e.description }))));
