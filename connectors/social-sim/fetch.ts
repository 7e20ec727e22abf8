/**
 * @module connectors/social-sim/fetch
 * I/O only: `GET {base}/posts?limit=…[&since=…]`, then the `next` of each answer (`since` and `after`) until there is
 * none or `maxPages` were read. HTTP statuses map to the kit's error classes; an answer that is not the stream's JSON
 * is yielded as it is, for `parse` to call unreadable.
 */
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import type { SocialSimParams } from './params.ts';

export const BASE_URL_ENV = 'SOCIAL_SIM_BASE_URL';
const TIMEOUT_MS = 15_000;

const baseUrlOf = (config: Readonly<Record<string, string>>): string => {
  const raw = config[BASE_URL_ENV];
  if (!raw) throw new UnrecoverableSourceError(`${BASE_URL_ENV} is not set`);
  if (!/^https?:\/\/\S+$/.test(raw)) throw new UnrecoverableSourceError(`${BASE_URL_ENV} is not an http(s) address: ${raw}`);
  return raw.replace(/\/+$/, '');
};

const checkStatus = (res: Response, url: string): void => {
  if (res.ok) return;
  const what = `HTTP ${res.status} from ${url}`;
  if (res.status === 429) {
    const secs = Number(res.headers.get('retry-after') ?? '');
    throw new RateLimitedError(Number.isFinite(secs) && secs > 0 ? secs * 1000 : 60_000, what);
  }
  if ([400, 401, 403, 404, 410].includes(res.status)) throw new UnrecoverableSourceError(what);
  throw new FetchError(what);
};

const getPage = async (ctx: FetchContext<SocialSimParams>, url: string): Promise<RawPage> => {
  let res: Response;
  try {
    res = await ctx.fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new FetchError(`request to ${url} failed: ${(err as Error).message}`, { cause: err });
  }
  checkStatus(res, url);
  const body = await res.text().catch((err: unknown) => {
    throw new FetchError(`reading ${url} failed`, { cause: err });
  });
  return { body, contentType: res.headers.get('content-type') ?? 'application/json', url };
};

/** The `next` of an answer, or null (also when the answer cannot be read: `parse` reports it). */
const nextOf = (page: RawPage): { since: string; after: string } | null => {
  try {
    const next = (JSON.parse(String(page.body)) as { next?: unknown }).next;
    if (typeof next !== 'object' || next === null) return null;
    const { since, after } = next as Record<string, unknown>;
    return typeof since === 'string' && typeof after === 'string' ? { since, after } : null;
  } catch {
    return null;
  }
};

export async function* fetchSocialSim(ctx: FetchContext<SocialSimParams>): AsyncIterable<RawPage> {
  const base = baseUrlOf(ctx.config);
  const first = new URLSearchParams({ limit: String(ctx.params.limit) });
  if (ctx.params.since !== undefined) first.set('since', ctx.params.since);
  let query = first;
  for (let n = 0; n < ctx.params.maxPages; n++) {
    const page = await getPage(ctx, `${base}/posts?${query.toString()}`);
    yield page;
    const next = nextOf(page);
    if (next === null) return;
    query = new URLSearchParams({ since: next.since, after: next.after, limit: String(ctx.params.limit) });
  }
}
