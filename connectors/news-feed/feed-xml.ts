/**
 * @module connectors/news-feed/feed-xml
 * Pure: the XML of an RSS 2.0 (and 0.9x), Atom 1.0 or RDF (RSS 1.0) feed → its entries as plain strings.
 *   well-formedness  bare `&` (`AT&T`, `?a=1&b=2`, common in hand-made feeds) is escaped first; anything else that
 *                    is not well-formed XML (a truncated download, an HTML page) makes the page unreadable
 *   text             CDATA and entities resolved, HTML stripped (`html.ts`); Atom `type="html"`, `"xhtml"` and `"text"`
 *                    each read as the standard says (Atom elements are read verbatim, then unwrapped)
 *   links            resolved against `xml:base`, the channel's own link (RSS) or the feed's address; http(s) only
 *   guid             RSS `guid`, Atom `id`, RDF `rdf:about`; a permalink guid stands in for a missing link
 * Missing values are null; checking what an entry must have is `parse.ts`'s.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ParseError } from '../_kit/errors.ts';
import { collapseWhitespace, stripHtml, unwrapXml } from './html.ts';

export type FeedFormat = 'rss' | 'atom' | 'rdf';

export interface FeedEntry {
  guid: string | null;
  title: string | null;
  summary: string | null;
  link: string | null;
  date: string | null;
  author: string | null;
  language: string | null;
  categories: string[];
}

export interface FeedMeta {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  language: string | null;
  /** The feed's own date (lastBuildDate, pubDate, dc:date, updated): stands in for an entry without one. */
  date: string | null;
  categories: string[];
}

export interface FeedDocument {
  meta: FeedMeta;
  entries: FeedEntry[];
}

type Rec = Record<string, unknown>;

const ATOM_VERBATIM = ['feed.title', 'feed.entry.title', 'feed.entry.summary', 'feed.entry.content'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  stopNodes: ATOM_VERBATIM,
});

const rec = (n: unknown): Rec => (Array.isArray(n) ? rec(n[0]) : typeof n === 'object' && n !== null ? (n as Rec) : {});
const arr = (n: unknown): unknown[] => (n === undefined || n === null ? [] : Array.isArray(n) ? n : [n]);

/** The text of an element: a string, `#text`, or the text of its children (markup left unescaped in a feed). */
const textOf = (n: unknown): string | null => {
  if (n === undefined || n === null) return null;
  if (typeof n === 'string') return n;
  if (typeof n === 'number' || typeof n === 'boolean') return String(n);
  if (Array.isArray(n)) return textOf(n[0]);
  const o = n as Rec;
  if ('#text' in o) return textOf(o['#text']);
  const parts = Object.entries(o).flatMap(([k, v]) => (k.startsWith('@_') ? [] : arr(v).map(textOf)));
  const joined = parts.filter((p): p is string => p !== null && p !== '').join(' ');
  return joined === '' ? null : joined;
};

const attr = (n: unknown, name: string): string | null => {
  const v = rec(n)[`@_${name}`];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
};

const plain = (n: unknown): string | null => {
  const t = textOf(n);
  const s = t === null ? '' : stripHtml(t);
  return s === '' ? null : s;
};

const raw = (n: unknown): string | null => {
  const t = textOf(n)?.trim();
  return t === undefined || t === '' ? null : t;
};

/** An Atom text construct read verbatim: `type` says how. */
const atomText = (n: unknown): string | null => {
  const inner = textOf(n);
  if (inner === null) return null;
  const type = attr(n, 'type') ?? 'text';
  const s = type === 'xhtml' ? stripHtml(inner) : type === 'html' || type.includes('html') ? stripHtml(unwrapXml(inner)) : collapseWhitespace(unwrapXml(inner));
  return s === '' ? null : s;
};

/** An absolute http(s) address, or null. */
export const absoluteUrl = (href: string | null, base: string): string | null => {
  if (href === null || href.trim() === '') return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
};

const baseOf = (n: unknown, parent: string): string => absoluteUrl(attr(n, 'xml:base'), parent) ?? parent;

const categoriesOf = (list: unknown, attrName?: string): string[] =>
  arr(list).flatMap((c) => {
    const v = (attrName ? attr(c, attrName) : null) ?? raw(c);
    return v === null ? [] : [v];
  });

const rssEntry = (item: Rec, base: string): FeedEntry => {
  const guid = raw(item.guid);
  const permaLink = attr(item.guid, 'isPermaLink') !== 'false';
  return {
    guid,
    title: plain(item.title),
    summary: plain(item.description) ?? plain(item['content:encoded']),
    link: absoluteUrl(raw(item.link), base) ?? (permaLink && guid !== null && /^https?:\/\//i.test(guid) ? absoluteUrl(guid, base) : null),
    date: raw(item.pubDate) ?? raw(item['dc:date']),
    author: plain(item.author) ?? plain(item['dc:creator']),
    language: raw(item['dc:language']),
    categories: [...categoriesOf(item.category), ...categoriesOf(item['dc:subject'])],
  };
};

const readRss = (root: Rec, pageUrl: string): FeedDocument => {
  if (!('channel' in root)) throw new ParseError('an RSS document without a channel');
  const ch = rec(root.channel);
  const link = absoluteUrl(raw(ch.link), pageUrl);
  const base = link ?? pageUrl;
  return {
    meta: {
      format: 'rss',
      title: plain(ch.title),
      link,
      language: raw(ch.language) ?? raw(ch['dc:language']),
      date: raw(ch.lastBuildDate) ?? raw(ch.pubDate) ?? raw(ch['dc:date']),
      categories: categoriesOf(ch.category),
    },
    entries: arr(ch.item).map((i) => rssEntry(rec(i), base)),
  };
};

const atomLink = (links: unknown, base: string): string | null => {
  const all = arr(links).map((l) => ({ rel: attr(l, 'rel') ?? 'alternate', type: attr(l, 'type'), href: attr(l, 'href') }));
  const alternate = all.filter((l) => l.rel === 'alternate');
  const pick = alternate.find((l) => l.type === null || l.type.includes('html')) ?? alternate[0];
  return absoluteUrl(pick?.href ?? null, base);
};

const atomAuthors = (list: unknown): string | null => {
  const names = arr(list).flatMap((a) => {
    const n = plain(rec(a).name) ?? plain(a);
    return n === null ? [] : [n];
  });
  return names.length === 0 ? null : names.join(', ');
};

const readAtom = (feed: Rec, pageUrl: string): FeedDocument => {
  const base = baseOf(feed, pageUrl);
  const feedAuthor = atomAuthors(feed.author);
  return {
    meta: { format: 'atom', title: atomText(feed.title), link: atomLink(feed.link, base), language: attr(feed, 'xml:lang'), date: raw(feed.updated), categories: categoriesOf(feed.category, 'term') },
    entries: arr(feed.entry).map((n) => {
      const e = rec(n);
      const eb = baseOf(e, base);
      return {
        guid: raw(e.id),
        title: atomText(e.title),
        summary: atomText(e.summary) ?? atomText(e.content),
        link: atomLink(e.link, eb),
        date: raw(e.published) ?? raw(e.updated),
        author: atomAuthors(e.author) ?? feedAuthor,
        language: attr(e, 'xml:lang'),
        categories: categoriesOf(e.category, 'term'),
      };
    }),
  };
};

const readRdf = (root: Rec, pageUrl: string): FeedDocument => {
  const ch = rec(root.channel);
  const link = absoluteUrl(raw(ch.link), pageUrl);
  const base = link ?? pageUrl;
  return {
    meta: { format: 'rdf', title: plain(ch.title), link, language: raw(ch['dc:language']), date: raw(ch['dc:date']), categories: categoriesOf(ch['dc:subject']) },
    entries: arr(root.item).map((n) => {
      const i = rec(n);
      const about = attr(i, 'rdf:about');
      return {
        guid: about,
        title: plain(i.title),
        summary: plain(i.description) ?? plain(i['content:encoded']),
        link: absoluteUrl(raw(i.link), base) ?? absoluteUrl(about, base),
        date: raw(i['dc:date']),
        author: plain(i['dc:creator']),
        language: raw(i['dc:language']),
        categories: categoriesOf(i['dc:subject']),
      };
    }),
  };
};

/** Escapes `&` that starts no character reference. */
export const escapeBareAmpersands = (xml: string): string => xml.replace(/&(?!(?:[A-Za-z][A-Za-z0-9._-]*|#[0-9]+|#x[0-9A-Fa-f]+);)/g, '&amp;');

/** Reads a feed document; throws `ParseError` when it is not well-formed XML or not a feed. */
export const readFeed = (xml: string, pageUrl: string): FeedDocument => {
  const text = escapeBareAmpersands(xml);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new ParseError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  const doc = rec(parser.parse(text));
  const roots = Object.keys(doc).filter((k) => !k.startsWith('?') && !k.startsWith('#'));
  if (roots.includes('rss')) return readRss(rec(doc.rss), pageUrl);
  if (roots.includes('feed')) return readAtom(rec(doc.feed), pageUrl);
  if (roots.includes('rdf:RDF')) return readRdf(rec(doc['rdf:RDF']), pageUrl);
  throw new ParseError(`not an RSS, Atom or RDF feed: the document is <${roots[0] ?? 'nothing'}>`);
};
