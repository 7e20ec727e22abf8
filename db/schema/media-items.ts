/**
 * @module db/schema/media-items
 * News articles and social posts as published (`media.published`, contracts/trend.ts), one row per item,
 * upserted by its id. `terms` holds the item's extracted words and two-word phrases (server/trends, title and
 * text read together) so that the items behind a term of the trend board are found through a GIN index.
 * `author` is for officials only: nothing public shows it.
 */
import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const mediaItems = pgTable(
  'media_items',
  {
    /** `<connector>:<key>`. */
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    /** `news` or `social`. */
    kind: text('kind').notNull(),
    outlet: text('outlet'),
    title: text('title'),
    text: text('text').notNull(),
    url: text('url'),
    author: text('author'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    /** `ko` or `en`. */
    language: text('language').notNull(),
    /** Gu codes the item mentions, in order of first mention. */
    districts: text('districts').array().notNull(),
    synthetic: boolean('synthetic').notNull(),
    /** Distinct words and adjacent word pairs of title and text, normalized as the trend board counts them. */
    terms: text('terms').array().notNull(),
  },
  (t) => [
    index('media_items_published_idx').on(t.publishedAt),
    index('media_items_terms_idx').using('gin', t.terms),
  ],
);
