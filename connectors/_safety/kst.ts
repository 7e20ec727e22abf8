/**
 * @module connectors/safety/kst
 * Pure: the local times of Seoul's dispatch and hospital systems (Asia/Seoul, UTC+9 all year, no daylight
 * saving) to and from epoch milliseconds.
 *   `2021-01-01 0:00:00`, `2021-01-01 13:05:09` (date, space, time; the hour may have one digit)
 *   `20210101130509` (14 digits)
 */

const KST_OFFSET_MS = 9 * 3600_000;

const SPACED = /^(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})$/;
const DIGITS = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

const toEpoch = (parts: readonly string[]): number | null => {
  const [y, mo, d, h, mi, s] = parts.map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const t = new Date(utc);
  const same = t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === s;
  return same && y >= 1990 ? utc - KST_OFFSET_MS : null;
};

/** A KST time in either spelling → epoch ms, or null when it is not a real time. */
export const parseKst = (text: string): number | null => {
  const m = SPACED.exec(text.trim()) ?? DIGITS.exec(text.trim());
  return m ? toEpoch(m.slice(1)) : null;
};

const fields = (ms: number): string[] => {
  const t = new Date(ms + KST_OFFSET_MS);
  const p = (v: number, w = 2): string => String(v).padStart(w, '0');
  return [p(t.getUTCFullYear(), 4), p(t.getUTCMonth() + 1), p(t.getUTCDate()), p(t.getUTCHours()), p(t.getUTCMinutes()), p(t.getUTCSeconds())];
};

/** Epoch ms → `YYYY-MM-DD HH:mm:ss` in KST (milliseconds dropped). */
export const formatKst = (ms: number): string => {
  const [y, mo, d, h, mi, s] = fields(ms);
  return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
};

/** Epoch ms → `YYYYMMDDHHmmss` in KST (milliseconds dropped). */
export const kstDigits = (ms: number): string => fields(ms).join('');

/** Hour of the day in Seoul (0–23) at epoch ms. */
export const kstHour = (ms: number): number => new Date(ms + KST_OFFSET_MS).getUTCHours();

/** Day of the week in Seoul (0 Sunday … 6 Saturday) at epoch ms. */
export const kstWeekday = (ms: number): number => new Date(ms + KST_OFFSET_MS).getUTCDay();

/** Epoch ms of the KST midnight that starts the day of `ms`. */
export const kstDayStart = (ms: number): number => Math.floor((ms + KST_OFFSET_MS) / 86_400_000) * 86_400_000 - KST_OFFSET_MS;

/** The calendar day in Seoul, `YYYY-MM-DD`. */
export const kstDate = (ms: number): string => new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 10);
