/**
 * @module connectors/open311/time
 * Pure: GeoReport v2 datetimes (W3C, ISO 8601) to epoch ms and back.
 *   `2010-04-14T06:37:38-08:00`, `2010-04-14T14:37:38Z`, `2010-04-14T14:37:38.250+0900`   the offset is used
 *   `2010-04-14T06:37:38`, `2010-04-14 06:37`, `2010-04-14`                               no zone: read in `timeZone`
 * A zoneless time is read in an IANA zone through `Intl` (daylight saving included; Asia/Seoul is UTC+9 all year).
 */

export const DEFAULT_TIME_ZONE = 'Asia/Seoul';

const W3C = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterOf = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

/** Throws a `RangeError` naming the zone when `Intl` does not know it. */
export const assertTimeZone = (timeZone: string): string => {
  try {
    formatterOf(timeZone);
  } catch (err) {
    throw new RangeError(`unknown time zone "${timeZone}"`, { cause: err });
  }
  return timeZone;
};

/** Offset of `timeZone` from UTC at the instant `utcMs`, in ms (Seoul: +32 400 000). */
export const zoneOffsetMs = (utcMs: number, timeZone: string): number => {
  const parts = formatterOf(timeZone).formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(utcMs / 1000) * 1000;
};

/** A wall-clock time in `timeZone` (given as if it were UTC) → the instant. */
const fromWallClock = (wallMs: number, timeZone: string): number => {
  const first = wallMs - zoneOffsetMs(wallMs, timeZone);
  const second = wallMs - zoneOffsetMs(first, timeZone);
  return second;
};

const offsetOf = (zone: string): number => {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0')) * 60_000;
};

/** Epoch ms of a W3C datetime, or null when it is not one or not a real date. */
export const parseW3cTime = (text: string, timeZone: string = DEFAULT_TIME_ZONE): number | null => {
  const m = W3C.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => Number(v ?? '0')) as [number, number, number, number, number, number];
  const ms = Math.round(Number(`0.${m[7] ?? '0'}`) * 1000);
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const t = new Date(wall);
  const real = t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === s;
  if (!real || y < 1900) return null;
  const zone = m[8];
  if (zone !== undefined && Math.abs(offsetOf(zone)) > 14 * 3600_000) return null;
  return zone === undefined ? fromWallClock(wall, timeZone) : wall - offsetOf(zone);
};

/** Epoch ms → `2024-05-01T03:00:00Z` (seconds; the form start_date and end_date take). */
export const formatW3cUtc = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;
