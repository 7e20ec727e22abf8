/**
 * @module connectors/open311/client
 * I/O: one GET to a GeoReport v2 endpoint through the `fetch` passed in, its failures mapped to the kit's
 * error classes, the api_key redacted from every address and message that leaves this module.
 *   HTTP 401, 403, other 4xx          UnrecoverableSourceError (bad key, bad request, gone)
 *   HTTP 429                          RateLimitedError (Retry-After, seconds or a date; 60 s when absent)
 *   HTTP 408, 5xx, network, timeout   FetchError
 *   status 200 with an error body     by the error's code, as above (no code: FetchError)
 * The spec's error body (or an HTML page's text) is quoted in the message.
 */
import type { RawPage } from '../_kit/define-connector.ts';
import { FetchError, ParseError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { retryAfterMs } from '../_safety/http.ts';
import { readBody, type Body } from './body.ts';
import { describeErrors, errorsOf } from './error-body.ts';
import { envNamesOf, type Open311EnvNames } from './manifest.ts';

export const TIMEOUT_MS = 20_000;
export const FORMATS = ['json', 'xml'] as const;
export type Open311Format = (typeof FORMATS)[number];

export interface Open311Endpoint {
  base: string;
  format: Open311Format;
  jurisdiction: string | null;
  apiKey: string | null;
}

/** The endpoint from the connector config; unrecoverable when the base URL is missing or the format unknown. */
export const endpointOf = (config: Readonly<Record<string, string>>, env: Open311EnvNames = envNamesOf()): Open311Endpoint => {
  const raw = config[env.baseUrl];
  if (!raw) throw new UnrecoverableSourceError(`${env.baseUrl} is not set`);
  if (!/^https?:\/\/\S+$/.test(raw)) throw new UnrecoverableSourceError(`${env.baseUrl} is not an http(s) address: ${raw}`);
  const format = (config[env.format] || 'json').trim().toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new UnrecoverableSourceError(`${env.format} must be json or xml, not "${format}"`);
  return {
    base: raw.replace(/\/+$/, ''),
    format: format as Open311Format,
    jurisdiction: config[env.jurisdiction]?.trim() || null,
    apiKey: config[env.apiKey] || null,
  };
};

export interface Open311Url {
  /** What is requested. */
  url: string;
  /** The same with the api_key as `***`: the only one that reaches pages, logs and errors. */
  shown: string;
}

/** `{base}/{path}.{format}?{query}&jurisdiction_id=…&api_key=…`; undefined query values are left out. */
export const open311Url = (ep: Open311Endpoint, path: string, query: Readonly<Record<string, string | number | undefined>> = {}): Open311Url => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) q.set(k, String(v));
  if (ep.jurisdiction !== null) q.set('jurisdiction_id', ep.jurisdiction);
  const head = `${ep.base}/${path}.${ep.format}`;
  const shownQuery = q.toString();
  if (ep.apiKey !== null) q.set('api_key', ep.apiKey);
  const join = (s: string): string => (s === '' ? head : `${head}?${s}`);
  return { url: join(q.toString()), shown: join(ep.apiKey === null ? shownQuery : `${shownQuery}${shownQuery ? '&' : ''}api_key=***`) };
};

const redact = (s: string, key: string | null): string => (key ? s.split(key).join('***').split(encodeURIComponent(key)).join('***') : s);

/** What an error body says: the spec's errors, or the text of an HTML page, shortened. */
const detailOf = (body: string): string => {
  try {
    const errors = errorsOf(readBody(body));
    if (errors !== null && errors.length > 0) return describeErrors(errors);
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
  return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 160);
};

/** The error class a GeoReport status (HTTP, or an error body's code) calls for. */
export const errorForStatus = (status: number | null, what: string, retryAfter: string | null, now: number): Error => {
  if (status === 429) return new RateLimitedError(retryAfterMs(retryAfter, now), what);
  if (status === null || status === 408 || status >= 500 || status < 400) return new FetchError(what);
  return new UnrecoverableSourceError(what);
};

/** GET one page; throws the kit's error classes (see the module header). */
export const getOpen311 = async (fetchFn: typeof fetch, u: Open311Url, now: () => number, key: string | null): Promise<RawPage> => {
  let res: Response;
  try {
    res = await fetchFn(u.url, { headers: { accept: 'application/json, application/xml;q=0.9, text/xml;q=0.8' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new FetchError(`request to ${u.shown} failed: ${redact((err as Error).message, key)}`, { cause: err });
  }
  const body = await res.text().catch((err: unknown) => {
    throw new FetchError(`reading ${u.shown} failed`, { cause: err });
  });
  if (!res.ok) {
    const detail = redact(detailOf(body), key);
    throw errorForStatus(res.status, `HTTP ${res.status} from ${u.shown}${detail ? `: ${detail}` : ''}`, res.headers.get('retry-after'), now());
  }
  return { body, contentType: res.headers.get('content-type') ?? '', url: u.shown };
};

/**
 * The page's body once read, after an error body sent with status 200 was turned into its error class.
 * Null when the page cannot be read at all: it is yielded all the same and `parse` quarantines it.
 */
export const checkedBody = (page: RawPage, now: number, key: string | null): Body | null => {
  let body: Body;
  try {
    body = readBody(page.body);
  } catch (err) {
    if (err instanceof ParseError) return null;
    throw err;
  }
  const errors = errorsOf(body);
  if (errors === null) return body;
  const code = errors.reduce<number | null>((max, e) => (e.code !== null && (max === null || e.code > max) ? e.code : max), null);
  throw errorForStatus(code, `error body from ${page.url}: ${redact(describeErrors(errors), key)}`, null, now);
};
