/**
 * @module scripts/simulator/news/simulator
 * A SYNTHETIC city-news RSS 2.0 feed over HTTP (fixed seed), for the citizen-opinion screen:
 *   GET /news/rss.xml?days=<1..31>&limit=<1..1000>
 * The feed holds the items published up to the current data time, newest first: without `days`, those of the
 * last ten wall minutes, at least one data day and at most eight (so a reader polling every ten minutes misses
 * nothing at any speed-up); with `days`, those of the last `days` data days. `limit` (default 500) keeps the
 * newest. 400 with `{ error }` for bad parameters, 404 for other paths.
 */
import { listen, type Listening } from '../http-adapter.ts';
import {
  DEFAULT_LIMIT, DEFAULT_NEWS_SEED, DEFAULT_NEWS_SPEEDUP, DEFAULT_WINDOW_WALL_MS, MAX_DAYS, MAX_LIMIT, MAX_WINDOW_MS, MIN_WINDOW_MS,
  NEWS_FEED_PATH, NEWS_SITE,
} from './defaults.ts';
import { createNewsGenerator, type NewsGenerator } from './generator.ts';
import { renderRss } from './rss.ts';

export interface NewsSimulatorOptions {
  speedup?: number;
  now?: () => number;
  seed?: number;
  /** Data time to start at (ISO 8601); default the wall clock at start. */
  startAt?: string;
  englishShare?: number;
  burstChance?: number;
}

export interface NewsSimulator {
  handler(req: Request): Promise<Response>;
  listen(port: number, host?: string): Promise<Listening>;
  generator: NewsGenerator;
}

export const NEWS_CHANNEL_TITLE = '서울시 뉴스·보도자료 (합성 데이터)';
export const NEWS_CHANNEL_DESCRIPTION =
  '합성(synthetic) 데이터: 서울시 보도자료 형식으로 고정 시드에서 만든 시험용 뉴스이며 실제 보도자료가 아닙니다. ' +
  'Synthetic city news in the style of Seoul press releases, made from a fixed seed for testing; none of it is real.';

const DAY_MS = 86_400_000;

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

class BadQuery extends Error {
  override name = 'BadQuery';
}

const intParam = (params: URLSearchParams, name: string, max: number): number | null => {
  const v = params.get(name);
  if (v === null || v === '') return null;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > max) throw new BadQuery(`${name} must be an integer from 1 to ${max}: ${v}`);
  return n;
};

const parseStartAt = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) throw new RangeError(`startAt must be an ISO 8601 time: ${s}`);
  return ms;
};

export const createNewsSimulator = (o: NewsSimulatorOptions = {}): NewsSimulator => {
  const now = o.now ?? Date.now;
  const generator = createNewsGenerator({
    seed: o.seed ?? DEFAULT_NEWS_SEED,
    speedup: o.speedup ?? DEFAULT_NEWS_SPEEDUP,
    startedAt: now(),
    dataStart: parseStartAt(o.startAt),
    ...(o.englishShare === undefined ? {} : { englishShare: o.englishShare }),
    ...(o.burstChance === undefined ? {} : { burstChance: o.burstChance }),
  });

  const feed = (url: URL): string => {
    const wall = now();
    const dataNow = Math.floor(generator.dataOf(wall));
    const days = intParam(url.searchParams, 'days', MAX_DAYS);
    const limit = intParam(url.searchParams, 'limit', MAX_LIMIT) ?? DEFAULT_LIMIT;
    const recent = dataNow - Math.floor(generator.dataOf(wall - DEFAULT_WINDOW_WALL_MS));
    const span = days !== null ? days * DAY_MS : Math.min(MAX_WINDOW_MS, Math.max(MIN_WINDOW_MS, recent));
    const items = generator.itemsBetween(dataNow - span, dataNow + 1).slice(-limit);
    const channel = { title: NEWS_CHANNEL_TITLE, link: `${NEWS_SITE}/`, description: NEWS_CHANNEL_DESCRIPTION, self: `${url.origin}${NEWS_FEED_PATH}`, lastBuildDate: dataNow };
    return renderRss(channel, items);
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (req.method !== 'GET' || url.pathname !== NEWS_FEED_PATH) return json(404, { error: 'not found' });
    try {
      return new Response(feed(url), { status: 200, headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
    } catch (err) {
      if (err instanceof BadQuery) return json(400, { error: err.message });
      throw err;
    }
  };

  return { handler, listen: (port, host = '127.0.0.1') => listen(handler, port, host), generator };
};
