/**
 * @module connectors/seoul-air/fetch
 * I/O only: requests pages from the Seoul Open API and maps HTTP statuses and RESULT codes to the kit's
 * error classes. It reads only the envelope (code, total) to page; rows are left to `parse`.
 */
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { FetchError, ParseError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { classifyResult, DEFAULT_BASE_URL, PAGE_SIZE, readEnvelope, SERVICES, type ServiceName } from './api.ts';
import { daysOf, type SeoulAirParams } from './params.ts';

export const KEY_ENV = 'SEOUL_OPENAPI_KEY';
export const BASE_URL_ENV = 'SEOUL_AIR_BASE_URL';
const TIMEOUT_MS = 15_000;

const retryAfterMs = (header: string | null): number => {
  const secs = header === null ? NaN : Number(header);
  if (Number.isFinite(secs)) return secs * 1000;
  const date = header === null ? NaN : Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 60_000;
};

const checkStatus = (res: Response, shownUrl: string): void => {
  if (res.ok) return;
  const what = `HTTP ${res.status} from ${shownUrl}`;
  if (res.status === 429) throw new RateLimitedError(retryAfterMs(res.headers.get('retry-after')), what);
  if ([400, 401, 403, 404, 410].includes(res.status)) throw new UnrecoverableSourceError(what);
  throw new FetchError(what);
};

const getPage = async (ctx: FetchContext<SeoulAirParams>, url: string, shownUrl: string): Promise<RawPage> => {
  let res: Response;
  try {
    res = await ctx.fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new FetchError(`request to ${shownUrl} failed: ${(err as Error).message}`, { cause: err });
  }
  checkStatus(res, shownUrl);
  const body = await res.text().catch((err: unknown) => {
    throw new FetchError(`reading ${shownUrl} failed`, { cause: err });
  });
  return { body, contentType: res.headers.get('content-type') ?? 'application/json', url: shownUrl };
};

/** Checks the page's RESULT code; true when another page follows. */
const nextPageFollows = (page: RawPage, end: number): boolean => {
  let env;
  try {
    env = readEnvelope(page.body);
  } catch (err) {
    if (err instanceof ParseError) return false;
    throw err;
  }
  const kind = classifyResult(env.code);
  const what = `${env.code} ${env.message} from ${page.url}`;
  if (kind === 'unrecoverable') throw new UnrecoverableSourceError(what);
  if (kind === 'transient') throw new FetchError(what);
  return kind === 'ok' && end < env.total;
};

async function* pagesOf(ctx: FetchContext<SeoulAirParams>, service: ServiceName, tail: string[]): AsyncIterable<RawPage> {
  const key = ctx.config[KEY_ENV];
  if (!key) throw new UnrecoverableSourceError(`${KEY_ENV} is not set`);
  const base = (ctx.config[BASE_URL_ENV] || DEFAULT_BASE_URL).replace(/\/+$/, '');
  const suffix = tail.map((t) => `${encodeURIComponent(t)}/`).join('');
  for (let start = 1; ; start += PAGE_SIZE) {
    const end = start + PAGE_SIZE - 1;
    const path = `json/${service}/${start}/${end}/${suffix}`;
    const page = await getPage(ctx, `${base}/${encodeURIComponent(key)}/${path}`, `${base}/***/${path}`);
    const more = nextPageFollows(page, end);
    yield page;
    if (!more) return;
  }
}

export async function* fetchSeoulAir(ctx: FetchContext<SeoulAirParams>): AsyncIterable<RawPage> {
  if (ctx.params.mode === 'realtime') {
    yield* pagesOf(ctx, SERVICES.realtime, []);
    return;
  }
  for (const day of daysOf(ctx.params)) yield* pagesOf(ctx, SERVICES.daily, [day]);
}
