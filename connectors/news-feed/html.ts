/**
 * @module connectors/news-feed/html
 * Pure: HTML fragments (an RSS description, an Atom `content type="html"`) to plain text. Scripts, styles and
 * comments go; inline tags (`<b>`, `<a>`, `<span>` …) vanish without a gap so a Korean particle stays on its word
 * (`<b>미세먼지</b>가` → `미세먼지가`); block tags end a line. Entities are decoded once, after the tags are gone,
 * so escaped markup (`&lt;b&gt;`) stays text: named ones of HTML that feeds use, and numeric ones in decimal and hex.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', zwnj: '', zwj: '', shy: '',
  middot: '·', bull: '•', hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', prime: '′', Prime: '″', copy: '©', reg: '®', trade: '™',
  times: '×', divide: '÷', deg: '°', plusmn: '±', micro: 'µ', para: '¶', sect: '§', cent: '¢', pound: '£', yen: '¥',
  euro: '€', curren: '¤', iexcl: '¡', iquest: '¿', frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', hearts: '♥', star: '☆', check: '✓', minus: '−', le: '≤', ge: '≥',
  ne: '≠', asymp: '≈', infin: '∞', ordm: 'º', ordf: 'ª', acute: '´', uml: '¨', cedil: '¸', macr: '¯', not: '¬', brvbar: '¦',
};

const codePoint = (n: number): string | null => (Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : null);

/** Decodes character references once; unknown names are left as they are. */
export const decodeEntities = (s: string): string =>
  s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return codePoint(n) ?? '\uFFFD';
    }
    return NAMED[ref] ?? whole;
  });

const INLINE = 'a|abbr|b|bdi|bdo|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr';
const INLINE_TAG = new RegExp(`<\\/?(?:${INLINE})(?:\\s[^>]*)?\\/?>`, 'gi');
const BLOCK_END = /<(?:br|hr)\b[^>]*>|<\/(?:p|div|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|header|footer|dd|dt|figcaption)\s*>/gi;

/** Collapses spaces within lines and drops blank lines. */
export const collapseWhitespace = (s: string): string =>
  s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, '')
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/[\s\u00A0\u3000]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');

/** An HTML fragment as plain text: one line per block, single spaces. */
export const stripHtml = (html: string): string =>
  collapseWhitespace(
    decodeEntities(
      html
        .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
        .replace(BLOCK_END, '\n')
        .replace(INLINE_TAG, '')
        .replace(/<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^>]*)?\/?>/g, ' '),
    ),
  );

/**
 * Raw XML content (an Atom element read verbatim): CDATA sections kept as they are, XML character references
 * decoded elsewhere. The result is the element's text, still HTML when the element says `type="html"`.
 */
export const unwrapXml = (raw: string): string =>
  raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : part.replace(/&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/g, (w) => decodeEntities(w))))
    .join('');

/** Cuts text to `max` characters at a space where one is near, with an ellipsis. */
export const truncate = (s: string, max: number): string => {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`;
};
