/**
 * @module contracts/trend
 * What the city is talking about: news and social items as published (`media.published`, one event per
 * item, its id the natural key), and the trend board computed from them for one day: the terms and
 * phrases counted against their own baseline, city-wide and per gu, each term listing its items.
 * The author of an item is kept for officials only; nothing public shows it.
 */
import { z } from 'zod';
import { DistrictCodeSchema } from './envelope.ts';
import { LanguageSchema } from './layout.ts';

export const MEDIA_KINDS = ['news', 'social'] as const;
export const MediaKindSchema = z.enum(MEDIA_KINDS);
export type MediaKind = z.infer<typeof MediaKindSchema>;

export const MEDIA_EVENT_KINDS = { published: 'media.published' } as const;

/** `<connector>:<key>`, e.g. `news-feed:3f9a0c…` (a hash of the item's guid) or `social-sim:p-20240501-…`. */
export const MediaItemIdSchema = z.string().regex(/^[a-z][a-z0-9-]*:[A-Za-z0-9_.-]{1,120}$/, 'connector:key');

/** A KST calendar day, `YYYY-MM-DD`. */
export const TrendDaySchema = z.iso.date();

const HttpUrlSchema = z.url({ protocol: /^https?$/ }).max(2000);

/** Payload of `media.published`: one news article or social post as the city reads it. */
export const MediaItemSchema = z.object({
  id: MediaItemIdSchema,
  /** The connector that read it. */
  source: z.string().min(1).max(48),
  kind: MediaKindSchema,
  /** Who published it: the feed's own title (`서울특별시 보도자료`) or the social network. */
  outlet: z.string().min(1).max(200).nullable(),
  /** Headline; null for social posts, which have none. */
  title: z.string().min(1).max(500).nullable(),
  /** Plain text: the summary of an article (tags stripped, entities decoded) or the whole post. */
  text: z.string().max(4000),
  /** Where to read it; null when the source gives no usable http(s) address. */
  url: HttpUrlSchema.nullable(),
  /** Byline or account name. Officials only: never shown publicly. */
  author: z.string().min(1).max(200).nullable(),
  publishedAt: z.iso.datetime(),
  language: LanguageSchema,
  /** Gu mentioned in the text (MOIS codes, in order of first mention). */
  districts: z.array(DistrictCodeSchema),
  synthetic: z.boolean(),
});
export type MediaItem = z.infer<typeof MediaItemSchema>;

/** A term (word or phrase) on one day, against its own baseline. */
export const TrendTermSchema = z.object({
  /** The normalized form: `미세먼지`, `불법 주정차`, `pothole`. */
  term: z.string().min(1).max(80),
  language: LanguageSchema,
  /** True for a two-word phrase. */
  phrase: z.boolean(),
  /** Items of the day that mention it. */
  count: z.number().int().nonnegative(),
  /** Mean items a day that mentioned it over the baseline days. */
  baseline: z.number().nonnegative(),
  /** How far the day stands above the baseline: (count − baseline) / √(baseline + 1). */
  score: z.number(),
  /** Clearly more than usual: at least the minimum count, a multiple of the baseline and a high score (defaults: 3 items, twice the baseline, score 3). */
  rising: z.boolean(),
  /** The day's items that mention it, newest first. */
  items: z.array(MediaItemIdSchema),
  /** Gu those items mention, most often first. */
  districts: z.array(DistrictCodeSchema),
});
export type TrendTerm = z.infer<typeof TrendTermSchema>;

/** The trends of one day, city-wide and per gu. */
export const TrendBoardSchema = z.object({
  day: TrendDaySchema,
  baselineDays: z.number().int().nonnegative(),
  /** Items published on the day. */
  itemCount: z.number().int().nonnegative(),
  terms: z.array(TrendTermSchema),
  /** Per gu: the terms of the day's items that mention that gu, against that gu's own baseline. */
  byDistrict: z.record(DistrictCodeSchema, z.array(TrendTermSchema)),
});
export type TrendBoard = z.infer<typeof TrendBoardSchema>;
