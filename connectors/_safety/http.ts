/**
 * @module connectors/safety/http
 * I/O for the safety connectors: one GET through `ctx.fetch`, HTTP statuses and the envelope's result code
 * mapped to the kit's error classes. No secret is ever part of these URLs.
 */
import type { RawPage } from '../_kit/define-connector.ts';
import { FetchError, ParseError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { classifyResultCode, readEnvelope, type Envelope } from './envelope.ts';

export const TIMEOUT_MS = 15_000;
/** How long to pause when the source says "too many requests" without saying how long. */
export const DEFAULT_RETRY_AFTER_MS = 60_000;

export const retryAfterMs = (header: string | null, now: number): number => {
  if (header === null) return DEFAULT_RETRY_AFTER_MS;
  const secs = Number(header);
  if (header.trim() !== '' && Number.isFinite(secs)) return secs * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now) : DEFAULT_RETRY_AFTER_MS;
};

const checkStatus = (res: Response, url: string, now: number): void => {
  if (res.ok) return;
  const what = `HTTP ${res.status} from ${url}`;
  if (res.status === 429) throw new RateLimitedError(retryAfterMs(res.headers.get('retry-after'), now), what);
  if ([400, 401, 403, 404, 410].includes(res.status)) throw new UnrecoverableSourceError(what);
  throw new FetchError(what);
};

/** GET one page; network failures, timeouts and 5xx are transient. */
export const getPage = async (fetchFn: typeof fetch, url: string, now: () => number): Promise<RawPage> => {
  let res: Response;
  try {
    res = await fetchFn(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new FetchError(`request to ${url} failed: ${(err as Error).message}`, { cause: err });
  }
  checkStatus(res, url, now());
  const body = await res.text().catch((err: unknown) => {
    throw new FetchError(`reading ${url} failed`, { cause: err });
  });
  return { body, contentType: res.headers.get('content-type') ?? 'application/json', url };
};

/**
 * The page's envelope, after its result code was checked: throws the error class the code calls for.
 * Null when the page cannot be read at all (it is yielded and `parse` quarantines it whole).
 */
export const checkedEnvelope = (page: RawPage): Envelope | null => {
  let env: Envelope;
  try {
    env = readEnvelope(page.body);
  } catch (err) {
    if (err instanceof ParseError) return null;
    throw err;
  }
  const what = `result ${env.code} ${env.message} from ${page.url}`;
  switch (classifyResultCode(env.code)) {
    case 'unrecoverable':
      throw new UnrecoverableSourceError(what);
    case 'rate-limited':
      throw new RateLimitedError(DEFAULT_RETRY_AFTER_MS, what);
    case 'transient':
      throw new FetchError(what);
    default:
      return env;
  }
};

/** The base URL from the connector config, without trailing slashes; unrecoverable when unset or not http(s). */
export const baseUrlOf = (config: Readonly<Record<string, string>>, env: string): string => {
  const raw = config[env];
  if (!raw) throw new UnrecoverableSourceError(`${env} is not set`);
  if (!/^https?:\/\/\S+$/.test(raw)) throw new UnrecoverableSourceError(`${env} is not an http(s) address: ${raw}`);
  return raw.replace(/\/+$/, '');
};
