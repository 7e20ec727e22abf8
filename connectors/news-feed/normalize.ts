/**
 * @module connectors/news-feed/normalize
 * Pure: one `media.published` event per feed entry. Id `<connector>:<key>` (the entry's natural key, see
 * `parse.ts`), `observedAt` the publication time in UTC, the gu its text mentions (`districts.ts`); the event's
 * district is that gu when there is exactly one, else null (the item then travels on `city.media.published.all`).
 * Texts longer than the contract allows are cut with an ellipsis. An item in neither Korean nor English, or dated
 * more than a day after the run started, is quarantined.
 */
import type { EventEnvelope } from '../../server/contracts/index.ts';
import { MEDIA_EVENT_KINDS, MediaItemSchema, type MediaItem } from '../../server/contracts/trend.ts';
import type { NormalizeContext } from '../_kit/define-connector.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { detectDistricts } from './districts.ts';
import { truncate } from './html.ts';
import { languageOf } from './language.ts';
import type { NewsRecord } from './parse.ts';

/** How far ahead of the run an item may be dated (clock skew, zones written wrong). */
export const MAX_AHEAD_MS = 86_400_000;

const orNull = (s: string | null, max: number): string | null => (s === null || s.trim() === '' ? null : truncate(s.trim(), max));

export const mediaItemOf = (r: NewsRecord, ctx: NormalizeContext): MediaItem => {
  const id = `${ctx.source}:${r.key}`;
  const whole = [r.title ?? '', r.text].join('\n');
  const language = languageOf(whole, r.declaredLanguage);
  if (language === null) throw new RecordRejectedError(`item ${id} of ${r.feedUrl} is in neither Korean nor English`);
  if (r.publishedAt > ctx.runStartedAt + MAX_AHEAD_MS) {
    throw new RecordRejectedError(`item ${id} of ${r.feedUrl} is dated ${new Date(r.publishedAt).toISOString()}, more than a day after the run`);
  }
  const item = {
    id,
    source: ctx.source,
    kind: 'news',
    outlet: orNull(r.outlet, 200),
    title: orNull(r.title, 500),
    text: truncate(r.text, 4000),
    url: r.url !== null && r.url.length <= 2000 ? r.url : null,
    author: orNull(r.author, 200),
    publishedAt: new Date(r.publishedAt).toISOString(),
    language,
    districts: detectDistricts(whole),
    synthetic: r.synthetic,
  } satisfies MediaItem;
  const checked = MediaItemSchema.safeParse(item);
  if (!checked.success) throw new RecordRejectedError(`item ${id} of ${r.feedUrl}: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return checked.data;
};

/** The event of a media item (shared with the other media connectors). */
export const mediaEvent = (item: MediaItem): EventEnvelope => ({
  v: 1,
  id: item.id,
  source: item.source,
  kind: MEDIA_EVENT_KINDS.published,
  observedAt: item.publishedAt,
  entity: `media:${item.id}`,
  district: item.districts.length === 1 ? (item.districts[0] as string) : null,
  payload: item,
});

export const normalizeNewsFeed = (r: NewsRecord, ctx: NormalizeContext): EventEnvelope[] => [mediaEvent(mediaItemOf(r, ctx))];
