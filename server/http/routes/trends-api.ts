/**
 * @module http/routes/trends-api
 * The OpenAPI description of /api/v1/trends: parameters and responses (handlers in trends.ts).
 * Contract schemas are used as they are; parameters and views wrap them with this module's `z`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { MediaItemSchema, TrendBoardSchema } from '../../contracts/index.ts';
import { problemResponses } from '../problem.ts';

const GU = z.string().regex(/^11\d{3}$/, 'a 5-digit MOIS gu code such as 11680');
const DAY = z.iso.date();

export const MAX_TERM_ITEMS_PAGE = 200;

export const BoardQuery = z.object({
  day: DAY.optional().openapi({ param: { name: 'day', in: 'query' }, description: 'A day in Seoul (default: today)', example: '2026-05-13' }),
  district: GU.optional().openapi({ param: { name: 'district', in: 'query' }, description: 'Narrow the board to one gu', example: '11440' }),
});

export const ItemsQuery = z.object({
  term: z.string().trim().min(1).max(80).openapi({ param: { name: 'term', in: 'query' }, description: 'A term as the board shows it', example: '불법 주정차' }),
  day: DAY.optional().openapi({ param: { name: 'day', in: 'query' }, description: 'A day in Seoul (default: today)', example: '2026-05-13' }),
  district: GU.optional().openapi({ param: { name: 'district', in: 'query' }, example: '11440' }),
  limit: z.coerce.number().int().min(1).max(MAX_TERM_ITEMS_PAGE).default(50).openapi({ param: { name: 'limit', in: 'query' } }),
});

export const TrendBoardViewSchema = z
  .object({
    ...TrendBoardSchema.shape,
    district: GU.nullable().openapi({
      description: 'When given: `terms` are that gu\'s, against its own baseline, and `itemCount` counts the items that mention it',
    }),
    source: z.enum(['live', 'store']).openapi({ description: 'live: the board the platform keeps current; store: computed from the stored items' }),
  })
  .openapi('TrendBoardView');

export const TrendItemsSchema = z
  .object({
    term: z.string(),
    day: DAY,
    district: GU.nullable(),
    authors: z.enum(['shown', 'removed']).openapi({ description: 'removed: authors nulled and personal data redacted from titles and texts (everyone but signed-in city staff)' }),
    items: z.array(MediaItemSchema),
  })
  .openapi('TrendItems');

export const boardRoute = createRoute({
  method: 'get',
  path: '/api/v1/trends',
  tags: ['trends'],
  summary: 'What the city is talking about: the trend board of a day in news and social media, city-wide or for one gu',
  description: 'Terms and phrases counted against their own baseline (the days before); each term lists the ids of its items.',
  request: { query: BoardQuery },
  responses: { 200: { description: 'The board', content: { 'application/json': { schema: TrendBoardViewSchema } } }, ...problemResponses },
});

export const itemsRoute = createRoute({
  method: 'get',
  path: '/api/v1/trends/items',
  tags: ['trends'],
  summary: 'The news and social items behind a term of the board, newest first',
  request: { query: ItemsQuery },
  responses: { 200: { description: 'The items', content: { 'application/json': { schema: TrendItemsSchema } } }, ...problemResponses },
});
