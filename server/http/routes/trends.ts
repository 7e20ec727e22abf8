/**
 * @module http/routes/trends
 * GET /api/v1/trends?day=&district= — the trend board of a day in Seoul (default today): today's as the
 *   platform keeps it live, other days computed from the stored items; narrowed to one gu on request;
 * GET /api/v1/trends/items?term=&day=&district=&limit= — the items behind a term, newest first.
 * Both are published. Authors are for signed-in city staff only: everyone else (API keys too) gets items
 * without their author, and with personal data redacted from titles and texts (`redactText`).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { MediaItem, Principal, TrendBoard } from '../../contracts/index.ts';
import { isRole, STAFF } from '../../access/decision.ts';
import { redactText } from '../../privacy/index.ts';
import { kstDayOf } from '../../trends/trending.ts';
import { invalidRequest } from '../problem.ts';
import { boardRoute, itemsRoute } from './trends-api.ts';

export interface TrendItemsQuery {
  /** As the board shows it. */
  term: string;
  /** `YYYY-MM-DD` in Seoul. */
  day: string;
  district?: string;
  limit: number;
}

/** A day's board, city-wide or narrowed to one gu (`terms` the gu's, `itemCount` the items that mention it). */
export type TrendBoardView = TrendBoard & { district: string | null; source: 'live' | 'store' };

/** What the routes need: the boards and the stored items (`trends-port.ts` builds one over the store or memory). */
export interface TrendsPort {
  board(day: string, district?: string): Promise<TrendBoardView>;
  items(q: TrendItemsQuery): Promise<MediaItem[]>;
}

export interface TrendRouteDeps {
  trends: TrendsPort;
  /** Who is asking, as the access middleware resolved it. */
  principalOf(c: Context): Principal;
  now(): number;
}

/** Whether a principal sees authors and texts as published: signed-in city staff. */
export const seesAuthors = (p: Principal): boolean => isRole(p, STAFF);

/** What the public sees of an item: no author; names, phone numbers, e-mail and address numbers redacted. */
export const publicMediaItem = (i: MediaItem): MediaItem => {
  const title = i.title === null ? null : redactText(i.title).trim();
  return { ...i, author: null, title: title === '' ? null : title, text: redactText(i.text) };
};

const today = (now: number): string => kstDayOf(new Date(now).toISOString());

/** The day asked for, today by default; a day after today in Seoul is refused. */
const dayOf = (asked: string | undefined, now: number): string => {
  const t = today(now);
  if (asked === undefined) return t;
  if (asked > t) throw invalidRequest([{ path: ['day'], message: `${asked} is after today in Seoul (${t})` }], 'query');
  return asked;
};

export function registerTrendRoutes(app: OpenAPIHono, deps: TrendRouteDeps): void {
  app.openapi(boardRoute, async (c) => {
    const q = c.req.valid('query');
    const day = dayOf(q.day, deps.now());
    const view = await deps.trends.board(day, q.district);
    return c.json(view, 200);
  });

  app.openapi(itemsRoute, async (c) => {
    const q = c.req.valid('query');
    const day = dayOf(q.day, deps.now());
    const items = await deps.trends.items({ term: q.term, day, limit: q.limit, ...(q.district === undefined ? {} : { district: q.district }) });
    const staff = seesAuthors(deps.principalOf(c));
    return c.json({
      term: q.term,
      day,
      district: q.district ?? null,
      authors: staff ? ('shown' as const) : ('removed' as const),
      items: staff ? items : items.map(publicMediaItem),
    }, 200);
  });
}
