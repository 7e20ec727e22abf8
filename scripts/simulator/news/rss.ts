/**
 * @module scripts/simulator/news/rss
 * Pure: SYNTHETIC news items as an RSS 2.0 document, in the shape of Seoul's press-release feed: newest first,
 * HTML paragraphs in CDATA descriptions, the department as `dc:creator`, the permalink as `guid`, RFC 822 dates
 * in Seoul time. The channel says it is synthetic in its title and description, and the channel and every item
 * carry the category `합성데이터`, which the news connector reads as `synthetic: true`.
 */
import type { NewsItem } from './generator.ts';

export const SYNTHETIC_CATEGORY = '합성데이터';

export interface RssChannel {
  title: string;
  link: string;
  description: string;
  /** The feed's own address (`atom:link rel="self"`). */
  self: string;
  /** Epoch ms of the newest data time the feed covers. */
  lastBuildDate: number;
}

const KST_MS = 9 * 3_600_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 in Seoul time: `Wed, 13 May 2026 09:30:00 +0900`. */
export const rfc822Kst = (ms: number): string => {
  const t = new Date(Math.floor(ms / 1000) * 1000 + KST_MS);
  const p = (v: number): string => String(v).padStart(2, '0');
  return `${WEEKDAYS[t.getUTCDay()]}, ${p(t.getUTCDate())} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())} +0900`;
};

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A CDATA section holding any text (a `]]>` inside is split across two sections). */
const cdata = (s: string): string => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** The body as HTML paragraphs, one per sentence. */
const paragraphs = (body: string): string =>
  body.split(/(?<=[.!?])\s+(?=\S)/u).map((s) => `<p>${escapeXml(s)}</p>`).join('');

const itemXml = (i: NewsItem): string => [
  '    <item>',
  `      <title>${escapeXml(i.title)}</title>`,
  `      <link>${escapeXml(i.link)}</link>`,
  `      <description>${cdata(paragraphs(i.body))}</description>`,
  `      <dc:creator>${escapeXml(i.author)}</dc:creator>`,
  `      <category>${SYNTHETIC_CATEGORY}</category>`,
  `      <guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
  `      <pubDate>${rfc822Kst(i.at)}</pubDate>`,
  '    </item>',
].join('\n');

/** The feed of `items` (given in any order; written newest first). */
export const renderRss = (channel: RssChannel, items: readonly NewsItem[]): string => {
  const newest = [...items].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>ko</language>',
    `    <category>${SYNTHETIC_CATEGORY}</category>`,
    `    <lastBuildDate>${rfc822Kst(channel.lastBuildDate)}</lastBuildDate>`,
    ...newest.map(itemXml),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
};
