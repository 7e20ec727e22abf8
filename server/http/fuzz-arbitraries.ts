/**
 * @module http/fuzz-arbitraries
 * For tests: fast-check arbitraries of the requests an OpenAPI operation takes — path parameters,
 * query strings, headers and JSON bodies shaped by the operation's schemas, mixed with hostile
 * input (arbitrary JSON, broken JSON, huge and odd Unicode strings, `__proto__` keys).
 */
import fc from 'fast-check';

export type JsonSchema = { [k: string]: unknown };

export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

/** A request body as it goes on the wire. */
export interface FuzzBody {
  text: string;
  contentType: string;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Strings that have broken parsers before: control characters, surrogates, RTL, long runs, JSON look-alikes. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202e\u0041',
  '😀'.repeat(50),
  '강남구'.repeat(100),
  '../../etc/passwd',
  '%00',
  '%',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '99999999999999999999',
  '__proto__',
  'constructor',
  '{"a":1}',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  'x'.repeat(5000),
];

const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 20 }));

/** The schema a `$ref` points at (only local component refs occur). */
const resolve = (schema: JsonSchema, doc: OpenApiDoc): JsonSchema => {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const name = ref.slice(ref.lastIndexOf('/') + 1);
  return doc.components?.schemas?.[name] ?? {};
};

function stringOf(s: JsonSchema): fc.Arbitrary<string> {
  if (typeof s['pattern'] === 'string') return fc.stringMatching(new RegExp(s['pattern']));
  if (s['format'] === 'date-time') {
    return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
  }
  const minLength = num(s['minLength']) ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(num(s['maxLength']) ?? 24, 24)) });
}

function ofType(type: string, s: JsonSchema, doc: OpenApiDoc, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringOf(s);
    case 'integer':
      return fc.integer({ min: num(s['minimum']) ?? -1_000_000, max: num(s['maximum']) ?? 1_000_000 });
    case 'number':
      return fc.double({ min: num(s['minimum']) ?? -1e6, max: num(s['maximum']) ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = typeof s['items'] === 'object' && s['items'] !== null ? (s['items'] as JsonSchema) : {};
      const minLength = num(s['minItems']) ?? 0;
      return fc.array(shaped(items, doc, depth + 1), { minLength, maxLength: Math.max(minLength, Math.min(num(s['maxItems']) ?? 3, 3)) });
    }
    case 'object': {
      const props = (s['properties'] ?? {}) as Record<string, JsonSchema>;
      const required = Array.isArray(s['required']) ? (s['required'] as string[]) : [];
      const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, shaped(v, doc, depth + 1)]));
      return fc.record(model, { requiredKeys: required.filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values that follow a JSON Schema (as the OpenAPI document gives it); deep nesting turns to plain JSON. */
export function shaped(schema: JsonSchema, doc: OpenApiDoc, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  if (depth > 8) return fc.jsonValue({ maxDepth: 1 });
  if (Array.isArray(s['enum'])) return fc.constantFrom(...(s['enum'] as unknown[]));
  if ('const' in s) return fc.constant(s['const']);
  const alternatives = (s['anyOf'] ?? s['oneOf']) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives)) return fc.oneof(...alternatives.map((a) => shaped(a, doc, depth + 1)));
  const type = s['type'];
  const any = Array.isArray(type) ? fc.oneof(...(type as string[]).map((t) => ofType(t, s, doc, depth))) : ofType(typeof type === 'string' ? type : 'any', s, doc, depth);
  // The documented example is a value the route knows (a real gu, a real source): it gets past lookups.
  return 'example' in s ? fc.oneof({ weight: 1, arbitrary: fc.constant(s['example']) }, { weight: 1, arbitrary: any }) : any;
}

/** A value for a path, query or header parameter: shaped by its schema, or anything at all. */
export function parameterValue(p: Parameter, doc: OpenApiDoc): fc.Arbitrary<string> {
  const fromSchema = shaped(p.schema ?? {}, doc).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? ''));
  return fc.oneof({ weight: 3, arbitrary: fromSchema }, { weight: 1, arbitrary: hostileString() });
}

/** Keys that pollute `Object.prototype` when a body is merged into an object carelessly. */
export const POLLUTION = '"__proto__":{"polluted":true,"role":"administrator"},"constructor":{"prototype":{"polluted":true}},';

const withPollution = (json: string): string => (json.startsWith('{') && json !== '{}' ? `{${POLLUTION}${json.slice(1)}` : `{${POLLUTION.slice(0, -1)}}`);

/** A JSON value with one field replaced by something of another shape, or with a hostile string. */
const mangled = (schema: JsonSchema, doc: OpenApiDoc): fc.Arbitrary<unknown> =>
  fc.tuple(shaped(schema, doc), fc.string({ maxLength: 12 }), fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileString())).map(([v, key, junk]) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return junk;
    const keys = Object.keys(v);
    const target = keys.length > 0 ? keys[key.length % keys.length]! : key;
    return { ...v, [target]: junk };
  });

/** Bodies for an operation: mostly well-shaped JSON, then mangled, arbitrary, broken, polluting or huge. */
export function bodyOf(op: Operation, doc: OpenApiDoc): fc.Arbitrary<FuzzBody | null> {
  const schema = op.requestBody?.content['application/json']?.schema ?? {};
  const json = (a: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzBody> => a.map((v) => ({ text: JSON.stringify(v) ?? 'null', contentType: 'application/json' }));
  const good = json(shaped(schema, doc));
  return fc.oneof(
    { weight: 5, arbitrary: good },
    { weight: 2, arbitrary: json(mangled(schema, doc)) },
    { weight: 2, arbitrary: json(fc.jsonValue({ maxDepth: 3 })) },
    { weight: 2, arbitrary: good.map((b) => ({ ...b, text: withPollution(b.text) })) },
    { weight: 1, arbitrary: fc.tuple(good, fc.nat()).map(([b, n]) => ({ ...b, text: b.text.slice(0, n % Math.max(1, b.text.length)) })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((text) => ({ text, contentType: 'application/json' })) },
    { weight: 1, arbitrary: good.map((b) => ({ ...b, contentType: 'text/plain' })) },
    { weight: 1, arbitrary: fc.constantFrom(300_000, 2_000_000).map((n) => ({ text: JSON.stringify({ name: 'x'.repeat(n) }), contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.constant('['.repeat(5000)).map((text) => ({ text, contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** Header values must be visible ASCII; anything else is dropped to printable characters. */
export const headerSafe = (v: string): string => v.replace(/[^\x20-\x7e]/g, '').trim();
