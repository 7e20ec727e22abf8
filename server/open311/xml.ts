/**
 * @module open311/xml
 * The one document model behind both Open311 formats: records (element per key, in key order),
 * lists (one element per item, named by the list) and scalars. `xmlDocument` writes XML with the
 * declaration and escaping the spec asks for; `jsonValue` maps the same tree the way the spec's
 * JSON does (a list becomes an array, the item element name disappears). Pure.
 */

export type XmlScalar = string | number | boolean | null;
export type XmlValue = XmlScalar | XmlList | XmlRecord;
export interface XmlRecord {
  readonly [element: string]: XmlValue;
}

/** Repeated child elements `<item>…</item>`; an array in JSON. */
export class XmlList {
  constructor(
    readonly item: string,
    readonly items: readonly XmlValue[],
  ) {}
}

export const xmlList = (item: string, items: readonly XmlValue[]): XmlList => new XmlList(item, items);

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Characters XML 1.0 cannot carry at all (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/F). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as element content: `& < > " '` as entities, CR as a character reference (parsers would
 * turn it into LF), and characters XML cannot carry replaced by U+FFFD rather than dropped.
 */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

const scalarText = (v: XmlScalar): string =>
  v === null ? '' : typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : escapeXml(String(v));

function element(name: string, value: XmlValue, depth: number, out: string[]): void {
  if (!NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
  const pad = '  '.repeat(depth);
  if (value instanceof XmlList) {
    if (value.items.length === 0) {
      out.push(`${pad}<${name}></${name}>`);
      return;
    }
    out.push(`${pad}<${name}>`);
    for (const item of value.items) element(value.item, item, depth + 1, out);
    out.push(`${pad}</${name}>`);
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      out.push(`${pad}<${name}></${name}>`);
      return;
    }
    out.push(`${pad}<${name}>`);
    for (const [child, v] of entries) element(child, v, depth + 1, out);
    out.push(`${pad}</${name}>`);
    return;
  }
  out.push(`${pad}<${name}>${scalarText(value)}</${name}>`);
}

/** A whole document: the declaration, then `<root>` holding `value`. */
export function xmlDocument(root: string, value: XmlValue): string {
  const out = [XML_DECLARATION];
  element(root, value, 0, out);
  return `${out.join('\n')}\n`;
}

export type JsonValue = XmlScalar | JsonValue[] | { [key: string]: JsonValue };

/** The same tree as the spec's JSON: lists become arrays, records objects, scalars stay. */
export function jsonValue(value: XmlValue): JsonValue {
  if (value instanceof XmlList) return value.items.map(jsonValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v)]));
  }
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
