/**
 * @module connectors/seoul-air/time
 * Pure: the source's KST digit strings (Asia/Seoul, UTC+9, no daylight saving) to UTC.
 */

const KST_OFFSET_MS = 9 * 3600_000;

/**
 * `YYYYMMDD`, `YYYYMMDDHHmm` or `YYYYMMDDHHmmss` in KST → epoch ms, or null when it is not a real time.
 * Hour 24 is not accepted (the source writes midnight as 00 of the next day).
 */
export const kstDigitsToEpoch = (digits: string): number | null => {
  if (!/^\d{8}(\d{4}(\d{2})?)?$/.test(digits)) return null;
  const n = (from: number, len: number): number => (digits.length >= from + len ? Number(digits.slice(from, from + len)) : 0);
  const [y, mo, d, h, mi, s] = [n(0, 4), n(4, 2), n(6, 2), n(8, 2), n(10, 2), n(12, 2)];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  const same = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && back.getUTCHours() === h && back.getUTCMinutes() === mi && back.getUTCSeconds() === s;
  return same && y >= 1990 ? utc - KST_OFFSET_MS : null;
};

/** Epoch ms → KST digits of the given length (8, 12 or 14). */
export const epochToKstDigits = (ms: number, length: 8 | 12 | 14): string => {
  const t = new Date(ms + KST_OFFSET_MS);
  const p = (v: number, w = 2): string => String(v).padStart(w, '0');
  const full = `${p(t.getUTCFullYear(), 4)}${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())}${p(t.getUTCHours())}${p(t.getUTCMinutes())}${p(t.getUTCSeconds())}`;
  return full.slice(0, length);
};
