/**
 * @module connectors/news-feed/parse
 * A fetched feed → records. The page is decoded (`decode.ts`) and read (`feed-xml.ts`); a page that is not a
 * well-formed RSS, Atom or RDF feed, or a feed that could not be fetched (`fetch.ts` hands those on as pages of
 * their own), is unreadable (`ParseError`) and quarantined whole. An entry without title and description, or
 * without a readable date (its own, else the feed's), is a reject with its reason; the others still flow.
 *
 * The key of an entry is a hash of its guid (a guid that is a URI is unique by itself, any other only within its
 * feed, so the feed's address is hashed with it), or of its link and title when it has no guid.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ParseResult, RawPage, Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { parseFeedDate } from './dates.ts';
import { decodeFeed } from './decode.ts';
import { readFeed, type FeedEntry, type FeedFormat, type FeedMeta } from './feed-xml.ts';

/** Pages that stand for a feed that could not be fetched (body: `{ url, error }`). */
export const FEED_ERROR_CONTENT_TYPE = 'application/vnd.scpm.feed-error+json';

/** Category values that mark a feed or an item as generated (the fixtures and simulators use them). */
export const SYNTHETIC_CATEGORIES: readonly string[] = ['synthetic', '합성데이터'];

export interface NewsRecord {
  /** 24 hex digits: the natural key within the connector. */
  key: string;
  feedUrl: string;
  format: FeedFormat;
  outlet: string | null;
  title: string | null;
  text: string;
  url: string | null;
  author: string | null;
  /** Epoch ms. */
  publishedAt: number;
  /** What the item or the feed declares (`ko`, `en-US`, …), if anything. */
  declaredLanguage: string | null;
  synthetic: boolean;
}

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 24);

/** The natural key of an entry in a feed. */
export const entryKey = (e: Pick<FeedEntry, 'guid' | 'link' | 'title'>, feedUrl: string): string => {
  if (e.guid !== null) return hash(/^[A-Za-z][A-Za-z0-9+.-]*:/.test(e.guid) ? e.guid : `${feedUrl}\n${e.guid}`);
  return hash(`${e.link ?? ''}\n${e.title ?? ''}`);
};

const isSynthetic = (categories: readonly string[]): boolean => categories.some((c) => SYNTHETIC_CATEGORIES.includes(c.trim().toLowerCase()));

const EntrySchema = z
  .object({
    guid: z.string().nullable(),
    title: z.string().nullable(),
    summary: z.string().nullable(),
    link: z.string().nullable(),
    date: z.string().nullable(),
    author: z.string().nullable(),
    language: z.string().nullable(),
    categories: z.array(z.string()),
  })
  .refine((e) => e.title !== null || e.summary !== null, { message: 'neither a title nor a description', path: ['title'] });

const failedFeed = (page: RawPage): never => {
  const body = typeof page.body === 'string' ? page.body : page.body.toString('utf8');
  const info = z.object({ error: z.string() }).safeParse(JSON.parse(body));
  throw new ParseError(`the feed could not be fetched: ${info.success ? info.data.error : body}`);
};

const toRecord = (e: z.infer<typeof EntrySchema>, meta: FeedMeta, feedUrl: string): NewsRecord | string => {
  const dateText = e.date ?? meta.date;
  if (dateText === null) return 'no date: neither the entry nor the feed has one';
  const publishedAt = parseFeedDate(dateText);
  if (publishedAt === null) return `date: not a date ("${dateText.slice(0, 60)}")`;
  return {
    key: entryKey(e, feedUrl),
    feedUrl,
    format: meta.format,
    outlet: meta.title,
    title: e.title,
    text: e.summary ?? '',
    url: e.link,
    author: e.author,
    publishedAt,
    declaredLanguage: e.language ?? meta.language,
    synthetic: isSynthetic(meta.categories) || isSynthetic(e.categories),
  };
};

/** Parses one fetched feed. */
export const parseNewsFeedPage = (page: RawPage): ParseResult<NewsRecord> => {
  if (page.contentType === FEED_ERROR_CONTENT_TYPE) return failedFeed(page);
  const { text } = decodeFeed(page.body, page.contentType);
  const doc = readFeed(text, page.url);
  const records: NewsRecord[] = [];
  const rejects: Reject[] = [];
  for (const entry of doc.entries) {
    const checked = EntrySchema.safeParse(entry);
    const result = checked.success ? toRecord(checked.data, doc.meta, page.url) : checked.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ');
    if (typeof result === 'string') rejects.push({ reason: `bad ${doc.meta.format} entry in ${page.url}: ${result}`, raw: JSON.stringify(entry) });
    else records.push(result);
  }
  return { records, rejects };
};
