/**
 * @module connectors/news-feed/fetch
 * I/O only: every feed of `NEWS_FEED_URLS` (a comma-separated list of http(s) addresses), four at a time, as raw
 * bytes (the encoding is `parse.ts`'s to find). A feed that fails while others answer does not stop the run: it is
 * handed on as a page of its own (`FEED_ERROR_CONTENT_TYPE`) that `parse` reports unreadable, so it is quarantined
 * with its error and the next run tries it again. When every feed fails, the run fails with the error that calls
 * for the gentlest retry: rate limited, else transient, else unrecoverable.
 */
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { describeError, FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { FEED_ERROR_CONTENT_TYPE } from './parse.ts';

export const URLS_ENV = 'NEWS_FEED_URLS';
export const MAX_FEEDS = 50;
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const TIMEOUT_MS = 15_000;
const CONCURRENCY = 4;
const DEFAULT_RETRY_AFTER_MS = 60_000;
const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/** The feed addresses of the config; unrecoverable when unset, not http(s), or too many. */
export const feedUrlsOf = (config: Readonly<Record<string, string>>): string[] => {
  const raw = config[URLS_ENV]?.trim();
  if (!raw) throw new UnrecoverableSourceError(`${URLS_ENV} is not set`);
  const urls = [...new Set(raw.split(',').map((u) => u.trim()).filter((u) => u !== ''))];
  for (const u of urls) {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(u).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new UnrecoverableSourceError(`${URLS_ENV}: not an http(s) address: ${u}`);
  }
  if (urls.length > MAX_FEEDS) throw new UnrecoverableSourceError(`${URLS_ENV} lists ${urls.length} feeds; at most ${MAX_FEEDS}`);
  return urls;
};

const retryAfterMs = (header: string | null, now: number): number => {
  if (header === null || header.trim() === '') return DEFAULT_RETRY_AFTER_MS;
  const secs = Number(header);
  if (Number.isFinite(secs)) return secs * 1000;
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

const getFeed = async (ctx: FetchContext<unknown>, url: string): Promise<RawPage> => {
  let res: Response;
  try {
    res = await ctx.fetch(url, { headers: { accept: ACCEPT }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new FetchError(`request to ${url} failed: ${(err as Error).message}`, { cause: err });
  }
  checkStatus(res, url, ctx.now());
  const body = Buffer.from(
    await res.arrayBuffer().catch((err: unknown) => {
      throw new FetchError(`reading ${url} failed`, { cause: err });
    }),
  );
  if (body.length > MAX_FEED_BYTES) throw new UnrecoverableSourceError(`${url} sent ${body.length} bytes; a feed may have at most ${MAX_FEED_BYTES}`);
  return { body, contentType: res.headers.get('content-type') ?? 'application/xml', url };
};

const settleAll = async <T>(items: readonly string[], fn: (s: string) => Promise<T>): Promise<PromiseSettledResult<T>[]> => {
  const out: PromiseSettledResult<T>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) {
      out[i] = await fn(items[i] as string).then(
        (value): PromiseFulfilledResult<T> => ({ status: 'fulfilled', value }),
        (reason: unknown): PromiseRejectedResult => ({ status: 'rejected', reason }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return out;
};

/** When every feed failed: the error whose retry is gentlest, naming every failure. */
const allFailed = (errors: unknown[]): Error => {
  const message = `every feed failed: ${errors.map(describeError).join('; ')}`;
  const limited = errors.filter((e): e is RateLimitedError => e instanceof RateLimitedError);
  if (limited.length > 0) return new RateLimitedError(Math.max(...limited.map((e) => e.retryAfterMs)), message);
  if (errors.some((e) => !(e instanceof UnrecoverableSourceError))) return new FetchError(message, { cause: errors[0] });
  return new UnrecoverableSourceError(message, { cause: errors[0] });
};

export async function* fetchNewsFeeds(ctx: FetchContext<unknown>): AsyncIterable<RawPage> {
  const urls = feedUrlsOf(ctx.config);
  const settled = await settleAll(urls, (u) => getFeed(ctx, u));
  const errors = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  if (errors.length === settled.length) throw allFailed(errors);
  for (const [i, s] of settled.entries()) {
    if (s.status === 'fulfilled') yield s.value;
    else yield { body: JSON.stringify({ url: urls[i], error: describeError(s.reason) }), contentType: FEED_ERROR_CONTENT_TYPE, url: urls[i] as string };
  }
}
