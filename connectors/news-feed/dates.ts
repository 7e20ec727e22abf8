/**
 * @module connectors/news-feed/dates
 * Pure: the dates feeds write, to epoch milliseconds.
 *   RFC 822 / 1123 (RSS)   `Wed, 01 May 2024 09:30:00 +0900`, `1 May 2024 09:30 KST`, `Wed, 01 May 24 00:30:00 GMT`
 *   ISO 8601 / RFC 3339    `2024-05-01T09:30:00+09:00`, `2024-05-01T00:30:00.120Z`, `2024-05-01 09:30:00`, `2024-05-01`
 *   Korean dotted          `2024.05.01 09:30`, `2024. 5. 1.`
 * Zones: numeric offsets (`+0900`, `+09:00`, `+09`), `Z`, `UT`, `UTC`, `GMT`, `KST`, `JST` and the US zones of
 * RFC 822. A time without a zone is read in `defaultOffsetMinutes` (default +09:00, Seoul: the feeds this city reads
 * write local time when they omit the zone). Null for anything else or for a day that does not exist.
 */

export const KST_OFFSET_MINUTES = 540;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ZONES: Readonly<Record<string, number>> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0, KST: 540, JST: 540,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

const RFC822 = /^(?:[A-Za-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt\s]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?|UTC|GMT|KST)?$/;
const DOTTED = /^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** `+0900`, `+09:00`, `+09`, or a zone name → minutes east of UTC; undefined when unknown. */
const offsetOf = (zone: string | undefined, fallback: number): number | undefined => {
  if (zone === undefined || zone === '') return fallback;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return minutes > 14 * 60 ? undefined : (m[1] === '-' ? -1 : 1) * minutes;
  }
  return ZONES[zone.toUpperCase()];
};

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

const epochOf = (p: Parts, offsetMinutes: number | undefined): number | null => {
  if (offsetMinutes === undefined || p.mo < 1 || p.mo > 12 || p.h > 23 || p.mi > 59 || p.s > 60) return null;
  const utc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, Math.min(p.s, 59), p.ms);
  const t = new Date(utc);
  if (t.getUTCFullYear() !== p.y || t.getUTCMonth() !== p.mo - 1 || t.getUTCDate() !== p.d) return null;
  return utc - offsetMinutes * 60_000;
};

const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s));

const fromRfc822 = (m: RegExpExecArray, fallback: number): number | null => {
  const month = MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase());
  if (month < 0) return null;
  const yy = num(m[3]);
  const y = (m[3] ?? '').length === 2 ? (yy < 50 ? 2000 + yy : 1900 + yy) : yy;
  return epochOf({ y, mo: month + 1, d: num(m[1]), h: num(m[4]), mi: num(m[5]), s: num(m[6]), ms: 0 }, offsetOf(m[7], fallback));
};

const fromIso = (m: RegExpExecArray, fallback: number): number | null => {
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  return epochOf({ y: num(m[1]), mo: num(m[2]), d: num(m[3]), h: num(m[4]), mi: num(m[5]), s: num(m[6]), ms }, offsetOf(m[8], fallback));
};

/** A feed's date → epoch ms, or null when it cannot be read. */
export const parseFeedDate = (text: string, defaultOffsetMinutes = KST_OFFSET_MINUTES): number | null => {
  const s = text.trim().replace(/\s*\([^)]*\)$/, '');
  let m = RFC822.exec(s);
  if (m) return fromRfc822(m, defaultOffsetMinutes);
  m = ISO.exec(s);
  if (m) return fromIso(m, defaultOffsetMinutes);
  m = DOTTED.exec(s);
  if (m) return epochOf({ y: num(m[1]), mo: num(m[2]), d: num(m[3]), h: num(m[4]), mi: num(m[5]), s: num(m[6]), ms: 0 }, defaultOffsetMinutes);
  return null;
};
