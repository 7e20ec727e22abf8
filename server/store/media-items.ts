/**
 * @module server/store/media-items
 * News articles and social posts (`MediaItem`), one row per item. Writes upsert by id: the same item again
 * changes nothing, an edited one (new title or text) replaces the row, so redeliveries are harmless. Each row
 * carries the item's terms (`mediaItemTerms`: the words and adjacent pairs the trend board counts) for the
 * query from a term of the board to its items (GIN index). Reads: every item published in a window (to seed
 * the trend actor and to compute a past day's board), the items behind a term, and counts.
 * Rows hold authors: officials only.
 */
import { and, arrayContains, asc, count, desc, gte, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { mediaItems } from '../../db/schema/media-items.ts';
import { DistrictCodeSchema, MediaItemSchema, TrendDaySchema, type MediaItem } from '../contracts/index.ts';
import { termSetsOf } from '../trends/keywords.ts';
import { excludedColumns } from './excluded.ts';

export class MediaItemDocumentError extends Error {
  override name = 'MediaItemDocumentError';
}

export const MAX_TERM_ITEMS = 500;
const KST_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** The distinct terms of an item (title and text read together, as the trend board reads them), sorted. */
export const mediaItemTerms = (item: Pick<MediaItem, 'title' | 'text'>): string[] => {
  const { words, bigrams } = termSetsOf(`${item.title ?? ''}\n${item.text}`);
  return [...new Set([...words, ...bigrams])].sort();
};

/** `[from, to)` of a day in Seoul. */
export const kstDayBounds = (day: string): { from: Date; to: Date } => {
  const from = Date.parse(`${TrendDaySchema.parse(day)}T00:00:00Z`) - KST_MS;
  return { from: new Date(from), to: new Date(from + DAY_MS) };
};

export const TermQuerySchema = z.object({
  /** A term as the board shows it: a word or two words joined by one space. */
  term: z.string().trim().min(1).max(80),
  day: TrendDaySchema.optional(),
  district: DistrictCodeSchema.optional(),
  limit: z.number().int().min(1).max(MAX_TERM_ITEMS),
});
export type TermQuery = z.input<typeof TermQuerySchema>;

type Row = typeof mediaItems.$inferSelect;

const UPDATED_COLUMNS = [
  'source', 'kind', 'outlet', 'title', 'text', 'url', 'author', 'publishedAt', 'language', 'districts', 'synthetic', 'terms',
] as const;

const toItem = (r: Row): MediaItem => {
  const { terms: _terms, ...rest } = r;
  const parsed = MediaItemSchema.safeParse({ ...rest, publishedAt: r.publishedAt.toISOString() });
  if (!parsed.success) throw new MediaItemDocumentError(`stored media item ${r.id} is not a valid item: ${parsed.error.message}`);
  return parsed.data;
};

const toRow = (i: MediaItem): typeof mediaItems.$inferInsert => ({ ...i, publishedAt: new Date(i.publishedAt), terms: mediaItemTerms(i) });

/** Inserts items, or updates those whose stored row differs; the last of a batch with the same id wins. */
export const upsertMediaItems = async (db: Database, items: readonly MediaItem[]): Promise<void> => {
  const byId = new Map<string, MediaItem>();
  for (const raw of items) {
    const i = MediaItemSchema.parse(raw);
    byId.set(i.id, i);
  }
  if (byId.size === 0) return;
  const t = mediaItems;
  await db.orm
    .insert(t)
    .values([...byId.values()].map(toRow))
    .onConflictDoUpdate({
      target: t.id,
      set: excludedColumns(t, UPDATED_COLUMNS),
      setWhere: sql`(${t.source}, ${t.kind}, ${t.outlet}, ${t.title}, ${t.text}, ${t.url}, ${t.author}, ${t.publishedAt}, ${t.language}, ${t.districts}, ${t.synthetic})
        is distinct from (excluded.source, excluded.kind, excluded.outlet, excluded.title, excluded.text, excluded.url, excluded.author,
          excluded.published_at, excluded.language, excluded.districts, excluded.synthetic)`,
    });
};

/**
 * Items published at or after `since` (and before `until`), oldest first. When `limit` (default 200,000)
 * bites, the oldest are left out.
 */
export const mediaItemsSince = async (db: Database, since: Date, opts: { until?: Date; limit?: number } = {}): Promise<MediaItem[]> => {
  const rows = await db.orm
    .select()
    .from(mediaItems)
    .where(and(gte(mediaItems.publishedAt, since), opts.until === undefined ? undefined : lt(mediaItems.publishedAt, opts.until)))
    .orderBy(desc(mediaItems.publishedAt), desc(mediaItems.id))
    .limit(opts.limit ?? 200_000);
  return rows.reverse().map(toItem);
};

/** The normalized form of a term as asked: lowercase, single spaces. */
export const normalizeTerm = (term: string): string => term.trim().toLowerCase().replace(/\s+/g, ' ');

/** The items that carry a term (a day in Seoul and a gu optional), newest first. */
export const itemsByTerm = async (db: Database, query: TermQuery): Promise<MediaItem[]> => {
  const q = TermQuerySchema.parse(query);
  const day = q.day === undefined ? null : kstDayBounds(q.day);
  const where: Array<SQL | undefined> = [
    arrayContains(mediaItems.terms, [normalizeTerm(q.term)]),
    day === null ? undefined : gte(mediaItems.publishedAt, day.from),
    day === null ? undefined : lt(mediaItems.publishedAt, day.to),
    q.district === undefined ? undefined : arrayContains(mediaItems.districts, [q.district]),
  ];
  const rows = await db.orm
    .select()
    .from(mediaItems)
    .where(and(...where))
    .orderBy(desc(mediaItems.publishedAt), asc(mediaItems.id))
    .limit(q.limit);
  return rows.map(toItem);
};

/** How many items were published in `[from, to)`, optionally only those that mention a gu. */
export const countMediaItems = async (db: Database, q: { from: Date; to: Date; district?: string }): Promise<number> => {
  const [r] = await db.orm
    .select({ n: count() })
    .from(mediaItems)
    .where(and(
      gte(mediaItems.publishedAt, q.from),
      lt(mediaItems.publishedAt, q.to),
      q.district === undefined ? undefined : arrayContains(mediaItems.districts, [DistrictCodeSchema.parse(q.district)]),
    ));
  return r?.n ?? 0;
};
