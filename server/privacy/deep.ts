/**
 * @module privacy/deep
 * Redacts any JSON value for a public route: every string value passes through `redactText`, except
 * - object keys (never changed: a public value must not be keyed by personal data);
 * - values under `skipKeys` (identifiers, codes and enumerations: `id`, `code`, `status`, `district`…,
 *   see DEFAULT_SKIP_KEYS), taken as they are;
 * - ISO 8601 dates and date-times (`2026-12-07`, `2026-12-07T01:02:03.000Z`).
 * Other identifiers and codes (`dasan-120:2026-000123`, `road-pothole`, `11680`) come out unchanged
 * because no detector matches them. Values under `nullKeys` (the reporter, Open311's `first_name`,
 * `last_name`, `email`, `phone`, `device_id`, `account_id`) become null, and the names they held are
 * redacted wherever else they appear. Strings under `addressKeys` are coarsened to the block first.
 * Numbers are left alone unless `coarsenPoints` asks for `{lat, lon}` pairs to be put on the 150 m grid.
 * The value is copied, never changed; a cycle or a non-JSON value (function, bigint, Map…) is an error.
 */
import { coarsenAddress } from './address.ts';
import { coarsenPoint } from './point.ts';
import { redactText } from './redact.ts';

export const DEFAULT_SKIP_KEYS = [
  'id', 'complaint', 'code', 'category', 'status', 'channel', 'source', 'district', 'kind', 'type', 'agency',
  'severity', 'stage', 'service_code', 'service_request_id', 'lang', 'locale', 'unit',
];
export const DEFAULT_NULL_KEYS = ['reporter', 'first_name', 'last_name', 'email', 'phone', 'device_id', 'account_id'];
export const DEFAULT_ADDRESS_KEYS = ['address', 'address_string'];

export interface DeepRedactOptions {
  readonly skipKeys?: readonly string[];
  readonly nullKeys?: readonly string[];
  readonly addressKeys?: readonly string[];
  /** Put objects' numeric `lat`/`lon` (or `latitude`/`longitude`) on the ~150 m grid. Default: no. */
  readonly coarsenPoints?: boolean;
  /** Names to redact wherever they appear, besides those found under `nullKeys`. */
  readonly knownNames?: readonly string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isPlainObject = (v: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** The names held under the null keys (`reporter.name`, `first_name` and `last_name`). */
function harvestNames(value: unknown, nullKeys: ReadonlySet<string>, out: Set<string>, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  const first = nullKeys.has('first_name') ? record['first_name'] : undefined;
  const last = nullKeys.has('last_name') ? record['last_name'] : undefined;
  for (const n of [first, last]) if (typeof n === 'string') out.add(n);
  if (typeof first === 'string' && typeof last === 'string') out.add(`${first} ${last}`).add(`${last} ${first}`).add(`${last}${first}`);
  const reporter = nullKeys.has('reporter') ? record['reporter'] : undefined;
  if (typeof reporter === 'object' && reporter !== null) {
    const name = (reporter as Record<string, unknown>)['name'];
    if (typeof name === 'string') out.add(name);
  }
  for (const v of Array.isArray(value) ? value : Object.values(record)) harvestNames(v, nullKeys, out, seen);
}

/**
 * The redacted copy has `value`'s shape, except that values under `nullKeys` are null and `Date`s are
 * ISO strings: type the input so that those may be (Reporter's fields are nullable).
 */
export function deepRedact<T>(value: T, opts: DeepRedactOptions = {}): T {
  const skip = new Set(opts.skipKeys ?? DEFAULT_SKIP_KEYS);
  const nullKeys = new Set(opts.nullKeys ?? DEFAULT_NULL_KEYS);
  const addressKeys = new Set(opts.addressKeys ?? DEFAULT_ADDRESS_KEYS);
  const names = new Set(opts.knownNames ?? []);
  harvestNames(value, nullKeys, names);
  const scan = { knownNames: [...names] };
  const text = (s: string): string => (ISO_DATE.test(s) ? s : redactText(s, scan));
  const ancestors = new Set<object>();

  const walk = (v: unknown, key: string | null): Json => {
    if (key !== null && nullKeys.has(key)) return null;
    if (v === null || typeof v === 'boolean' || typeof v === 'number') return v;
    if (typeof v === 'string') {
      if (key !== null && skip.has(key)) return v;
      return key !== null && addressKeys.has(key) ? text(coarsenAddress(v)) : text(v);
    }
    if (v instanceof Date) return v.toISOString();
    if (typeof v !== 'object' || (!Array.isArray(v) && !isPlainObject(v))) {
      throw new TypeError(`deepRedact: ${key ?? 'the value'} is not a JSON value (${Object.prototype.toString.call(v)})`);
    }
    if (ancestors.has(v)) throw new TypeError(`deepRedact: ${key ?? 'the value'} refers to itself`);
    ancestors.add(v);
    const out = Array.isArray(v) ? v.map((x) => walk(x, null)) : objectOf(v as Record<string, unknown>);
    ancestors.delete(v);
    return out;
  };

  const objectOf = (o: Record<string, unknown>): { [k: string]: Json } => {
    const entries = Object.entries(o).filter(([, x]) => x !== undefined).map(([k, x]) => [k, walk(x, k)] as const);
    const out: { [k: string]: Json } = Object.fromEntries(entries);
    return opts.coarsenPoints ? withCoarsePoint(out) : out;
  };

  return walk(value, null) as T;
}

function withCoarsePoint(o: { [k: string]: Json }): { [k: string]: Json } {
  for (const [la, lo] of [['lat', 'lon'], ['latitude', 'longitude'], ['lat', 'long']] as const) {
    const lat = o[la];
    const lon = o[lo];
    if (typeof lat === 'number' && typeof lon === 'number') {
      const p = coarsenPoint(lat, lon);
      return { ...o, [la]: p.lat, [lo]: p.lon };
    }
  }
  return o;
}
