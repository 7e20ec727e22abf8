/**
 * @module scripts/simulator/social/simulator
 * A SYNTHETIC social stream over HTTP (fixed seed), for the citizen-opinion screen:
 *   GET /social/posts?since=<time>&until=<time>&after=<id>&limit=<n>
 * Times are data times (ISO 8601 with a zone, or epoch ms): posts with since ≤ postedAt < until, oldest first, never
 * beyond the current data time; `after` continues within the same millisecond (the `next` of a previous answer).
 * Without `since`: the posts of the last ten wall minutes, at most seven data days. 400 with `{ error }` for bad
 * parameters, 404 for other paths.
 */
import { listen, type Listening } from '../http-adapter.ts';
import {
  DEFAULT_LIMIT,
  DEFAULT_POSTS_PER_HOUR,
  DEFAULT_SOCIAL_SEED,
  DEFAULT_SOCIAL_SPEEDUP,
  DEFAULT_WINDOW_WALL_MS,
  MAX_DEFAULT_WINDOW_MS,
  MAX_LIMIT,
  SOCIAL_PREFIX,
} from './defaults.ts';
import { createSocialGenerator, MAX_RANGE_MS, type GeneratedPost, type SocialGenerator, type SocialPost } from './generator.ts';

export interface SocialSimulatorOptions {
  speedup?: number;
  now?: () => number;
  seed?: number;
  postsPerHour?: number;
  /** Data time to start at (ISO 8601); default the wall clock at start. */
  startAt?: string;
  englishShare?: number;
  burstChance?: number;
}

export interface SocialSimulator {
  handler(req: Request): Promise<Response>;
  listen(port: number, host?: string): Promise<Listening>;
  generator: SocialGenerator;
}

export interface PostsPage {
  posts: SocialPost[];
  /** Parameters for the following page, or null when this one reached `until`. */
  next: { since: string; after: string } | null;
  dataTime: string;
  serverTime: string;
  speedup: number;
  synthetic: true;
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

class BadQuery extends Error {
  override name = 'BadQuery';
}

const timeParam = (params: URLSearchParams, name: string): number | null => {
  const v = params.get(name);
  if (v === null || v === '') return null;
  const ms = /^\d{10,15}$/.test(v) ? Number(v) : /(?:Z|[+-]\d{2}:?\d{2})$/i.test(v) ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms)) throw new BadQuery(`${name} must be an ISO 8601 time with a zone or epoch milliseconds: ${v}`);
  return ms;
};

const limitParam = (params: URLSearchParams): number => {
  const v = params.get('limit');
  if (v === null || v === '') return DEFAULT_LIMIT;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) throw new BadQuery(`limit must be an integer from 1 to ${MAX_LIMIT}: ${v}`);
  return n;
};

const afterParam = (params: URLSearchParams): string | null => {
  const v = params.get('after');
  if (v === null || v === '') return null;
  if (!/^p-\d{10}-\d{3}$/.test(v)) throw new BadQuery(`after must be a post id: ${v}`);
  return v;
};

const publicPost = ({ topic: _topic, at: _at, ...post }: GeneratedPost): SocialPost => post;

const parseStartAt = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) throw new RangeError(`startAt must be an ISO 8601 time: ${s}`);
  return ms;
};

export const createSocialSimulator = (o: SocialSimulatorOptions = {}): SocialSimulator => {
  const now = o.now ?? Date.now;
  const speedup = o.speedup ?? DEFAULT_SOCIAL_SPEEDUP;
  const generator = createSocialGenerator({
    seed: o.seed ?? DEFAULT_SOCIAL_SEED,
    postsPerHour: o.postsPerHour ?? DEFAULT_POSTS_PER_HOUR,
    speedup,
    startedAt: now(),
    dataStart: parseStartAt(o.startAt),
    ...(o.englishShare === undefined ? {} : { englishShare: o.englishShare }),
    ...(o.burstChance === undefined ? {} : { burstChance: o.burstChance }),
  });

  const posts = (params: URLSearchParams): PostsPage => {
    const wall = now();
    const dataNow = Math.floor(generator.dataOf(wall));
    const until = Math.min(timeParam(params, 'until') ?? dataNow, dataNow);
    const since = timeParam(params, 'since') ?? Math.max(Math.floor(generator.dataOf(wall - DEFAULT_WINDOW_WALL_MS)), dataNow - MAX_DEFAULT_WINDOW_MS);
    const after = afterParam(params);
    const limit = limitParam(params);
    if (until - since > MAX_RANGE_MS) throw new BadQuery('since … until may span at most 31 days');
    const all = since >= until ? [] : generator.postsBetween(since, until).filter((p) => after === null || p.at > since || p.id > after);
    const page = all.slice(0, limit);
    const last = page.at(-1);
    return {
      posts: page.map(publicPost),
      next: all.length > limit && last ? { since: last.postedAt, after: last.id } : null,
      dataTime: new Date(dataNow).toISOString(),
      serverTime: new Date(wall).toISOString(),
      speedup,
      synthetic: true,
    };
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (req.method !== 'GET' || (url.pathname !== `${SOCIAL_PREFIX}/posts` && url.pathname !== `${SOCIAL_PREFIX}/posts/`)) return json(404, { error: 'not found' });
    try {
      return json(200, posts(url.searchParams));
    } catch (err) {
      if (err instanceof BadQuery) return json(400, { error: err.message });
      throw err;
    }
  };

  return { handler, listen: (port, host = '127.0.0.1') => listen(handler, port, host), generator };
};
