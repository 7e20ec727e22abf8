/**
 * @module open311/fields
 * The fields of a POST request, whichever way they came: a form (`application/x-www-form-urlencoded`
 * as the spec sends it, or `multipart/form-data` without files) or a JSON object with the same
 * names. Attributes become `attribute[CODE]` with one or more values (`attribute[CODE][]` in forms,
 * a string or an array under `attribute.CODE` in JSON). Pure.
 */
import { badRequest } from './format.ts';

/** Field name → every value given for it, in order. */
export type Fields = ReadonlyMap<string, readonly string[]>;

const ATTRIBUTE_KEY = /^attribute\[([^\][]+)\](\[\])?$/;

function add(map: Map<string, string[]>, name: string, value: string): void {
  const list = map.get(name);
  if (list) list.push(value);
  else map.set(name, [value]);
}

/** `attribute[A][]` and `attribute[A]` are the same field. */
const fieldName = (key: string): string => {
  const m = ATTRIBUTE_KEY.exec(key);
  return m ? `attribute[${m[1] ?? ''}]` : key;
};

export function fieldsFromForm(entries: Iterable<[string, string | File]>): Fields {
  const map = new Map<string, string[]>();
  for (const [key, value] of entries) {
    if (typeof value !== 'string') {
      throw badRequest(`${key}: files are not accepted here; put the media at a URL and send media_url`);
    }
    add(map, fieldName(key), value);
  }
  return map;
}

const scalarText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'boolean' ? String(v) : undefined;

function addJsonValue(map: Map<string, string[]>, name: string, v: unknown, problems: string[]): void {
  if (v === null || v === undefined) return;
  const values = Array.isArray(v) && name.startsWith('attribute[') ? v : [v];
  for (const item of values) {
    const text = scalarText(item);
    if (text === undefined) problems.push(`${name} must be a string or a number`);
    else add(map, name, text);
  }
}

export function fieldsFromJson(body: unknown): Fields {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('the JSON body must be an object of request fields');
  const map = new Map<string, string[]>();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key === 'attribute') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push('attribute must be an object of answers by attribute code');
        continue;
      }
      for (const [code, answer] of Object.entries(value)) addJsonValue(map, `attribute[${code}]`, answer, problems);
      continue;
    }
    addJsonValue(map, fieldName(key), value, problems);
  }
  if (problems.length > 0) throw badRequest(...problems);
  return map;
}

/** Values of a field with blanks dropped (a blank optional field is an absent one). */
export const valuesOf = (fields: Fields, name: string): string[] =>
  (fields.get(name) ?? []).map((v) => v.trim()).filter((v) => v !== '');

/** The one value of a field; a second, different value is a problem. */
export function single(fields: Fields, name: string, problems: string[]): string | undefined {
  const values = [...new Set(valuesOf(fields, name))];
  if (values.length > 1) problems.push(`${name} is given more than once with different values`);
  return values[0];
}

/** The attribute answers given, by code. */
export function attributeAnswers(fields: Fields): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of fields.keys()) {
    const m = ATTRIBUTE_KEY.exec(name);
    if (!m?.[1]) continue;
    const values = valuesOf(fields, name);
    if (values.length > 0) out.set(m[1], values);
  }
  return out;
}
