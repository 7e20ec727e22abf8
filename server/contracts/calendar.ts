/**
 * @module contracts/calendar
 * Calendar arithmetic in Seoul time (UTC+9 all year): days, weeks from Monday, months, quarters,
 * halves and years as inclusive date ranges, the named periods of commands resolved against a clock,
 * and the dates an indicator's period (`2025`, `2025-Q1`, `2025-03`) covers. Pure; the command
 * parser and the wall share it, so a period means the same on both.
 */
import type { DateRange, NamedPeriod, Period } from './command.ts';

const KST_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** A calendar day in Seoul: year, month 1–12, day 1–31. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export const seoulDay = (now: Date): Day => {
  const t = new Date(now.getTime() + KST_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const iso = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;

/** Days added (or taken away), across months and years. */
export const addDays = (day: Day, n: number): Day => {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d) + n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

/** Months added, the day clamped to the month's length. */
export const addMonths = (day: Day, n: number): Day => {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysIn(y, m)) };
};

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const range = (from: Day, to: Day): DateRange => ({ from: iso(from), to: iso(to) });
export const dayRange = (day: Day): DateRange => range(day, day);
export const monthRange = (y: number, m: number): DateRange => range({ y, m, d: 1 }, { y, m, d: daysIn(y, m) });
export const quarterRange = (y: number, q: number): DateRange => range({ y, m: q * 3 - 2, d: 1 }, { y, m: q * 3, d: daysIn(y, q * 3) });
export const halfRange = (y: number, h: 1 | 2): DateRange => (h === 1 ? range({ y, m: 1, d: 1 }, { y, m: 6, d: 30 }) : range({ y, m: 7, d: 1 }, { y, m: 12, d: 31 }));
export const yearRange = (y: number): DateRange => range({ y, m: 1, d: 1 }, { y, m: 12, d: 31 });

/** Monday to Sunday of the week holding the day, `offset` weeks away. */
export const weekRange = (day: Day, offset = 0): DateRange => {
  const weekday = (new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() + 6) % 7;
  const monday = addDays(day, -weekday + offset * 7);
  return range(monday, addDays(monday, 6));
};

/** The last `n` units up to and including today. */
export const trailing = (today: Day, n: number, unit: 'day' | 'week' | 'month' | 'year'): DateRange => {
  if (unit === 'day') return range(addDays(today, 1 - n), today);
  if (unit === 'week') return range(addDays(today, 1 - 7 * n), today);
  return range(addDays(addMonths(today, unit === 'month' ? -n : -12 * n), 1), today);
};

/** The most recent month numbered `m` that has begun (this year's, else last year's). */
export const recentMonth = (today: Day, m: number): DateRange => monthRange(m <= today.m ? today.y : today.y - 1, m);
export const recentQuarter = (today: Day, q: number): DateRange => quarterRange(q * 3 - 2 <= today.m ? today.y : today.y - 1, q);
export const recentHalf = (today: Day, h: 1 | 2): DateRange => halfRange(h === 1 || today.m >= 7 ? today.y : today.y - 1, h);

export function resolvePeriod(period: NamedPeriod, now: Date): DateRange {
  const today = seoulDay(now);
  const quarter = Math.ceil(today.m / 3);
  switch (period) {
    case 'today':
      return dayRange(today);
    case 'yesterday':
      return dayRange(addDays(today, -1));
    case 'this-week':
      return weekRange(today);
    case 'last-week':
      return weekRange(today, -1);
    case 'this-month':
      return monthRange(today.y, today.m);
    case 'last-month': {
      const prev = addMonths({ ...today, d: 1 }, -1);
      return monthRange(prev.y, prev.m);
    }
    case 'this-quarter':
      return quarterRange(today.y, quarter);
    case 'last-quarter':
      return quarter === 1 ? quarterRange(today.y - 1, 4) : quarterRange(today.y, quarter - 1);
    case 'this-year':
      return yearRange(today.y);
    case 'last-year':
      return yearRange(today.y - 1);
  }
}

/** A command's period as dates: a range as given, a named one against the clock. */
export const periodDates = (period: Period, now: Date): DateRange => (typeof period === 'string' ? resolvePeriod(period, now) : period);

const INDICATOR_PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

/** The dates an indicator's period covers (`2025`, `2025-Q1`, `2025-03`), or null when it is none. */
export function indicatorPeriodRange(p: string): DateRange | null {
  const m = INDICATOR_PERIOD.exec(p);
  if (!m) return null;
  const y = Number(m[1]);
  return m[2] ? monthRange(y, Number(m[2])) : m[3] ? quarterRange(y, Number(m[3])) : yearRange(y);
}
