/**
 * @module indicators/period
 * Periods of indicator values (`2025`, `2025-Q1`, `2025-03`) and calendar dates (`YYYY-MM-DD`), in
 * plain strings. Dates compare as strings; day arithmetic runs in UTC so no time zone shifts a date.
 */
import type { Frequency } from '../contracts/indicator.ts';

export class PeriodError extends Error {
  override readonly name = 'PeriodError';
}

export interface ParsedPeriod {
  year: number;
  /** 1–12 for a month, absent otherwise. */
  month?: number;
  /** 1–4 for a quarter, absent otherwise. */
  quarter?: number;
}

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

export const parsePeriod = (p: string): ParsedPeriod => {
  const m = PERIOD.exec(p);
  if (!m) throw new PeriodError(`not a period: ${JSON.stringify(p)} (expected 2025, 2025-Q1 or 2025-03)`);
  const year = Number(m[1]);
  if (m[2]) return { year, month: Number(m[2]) };
  if (m[3]) return { year, quarter: Number(m[3]) };
  return { year };
};

export const frequencyOf = (p: string): Frequency => {
  const q = parsePeriod(p);
  return q.month !== undefined ? 'monthly' : q.quarter !== undefined ? 'quarterly' : 'annual';
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last month (1–12) a period covers. */
const monthsOf = (q: ParsedPeriod): [number, number] =>
  q.month !== undefined ? [q.month, q.month] : q.quarter !== undefined ? [q.quarter * 3 - 2, q.quarter * 3] : [1, 12];

/** First day of the period. */
export const periodStart = (p: string): string => {
  const q = parsePeriod(p);
  return `${q.year}-${pad(monthsOf(q)[0])}-01`;
};

/** Last day of the period. */
export const periodEnd = (p: string): string => {
  const q = parsePeriod(p);
  const last = monthsOf(q)[1];
  return `${q.year}-${pad(last)}-${pad(daysInMonth(q.year, last))}`;
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export const dayNumber = (date: string): number => {
  const m = DATE.exec(date);
  if (!m) throw new PeriodError(`not a date: ${JSON.stringify(date)} (expected YYYY-MM-DD)`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
};

export const dateOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => dateOfDay(dayNumber(date) + days);

/** The period of the given frequency that contains a date. */
export const periodOfDate = (date: string, frequency: Frequency): string => {
  const m = DATE.exec(date);
  if (!m) throw new PeriodError(`not a date: ${JSON.stringify(date)}`);
  const [year, month] = [m[1] as string, Number(m[2])];
  if (frequency === 'annual') return year;
  if (frequency === 'quarterly') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${pad(month)}`;
};

/** The period after `p`, of the same frequency. */
export const nextPeriod = (p: string): string => {
  const q = parsePeriod(p);
  if (q.month !== undefined) return q.month === 12 ? `${q.year + 1}-01` : `${q.year}-${pad(q.month + 1)}`;
  if (q.quarter !== undefined) return q.quarter === 4 ? `${q.year + 1}-Q1` : `${q.year}-Q${q.quarter + 1}`;
  return String(q.year + 1);
};

/** Periods of one frequency from `from` to `to`, both included. */
export const periodsBetween = (from: string, to: string): string[] => {
  if (frequencyOf(from) !== frequencyOf(to)) throw new PeriodError(`${from} and ${to} are of different frequencies`);
  const out: string[] = [];
  for (let p = from; periodEnd(p) <= periodEnd(to); p = nextPeriod(p)) out.push(p);
  return out;
};

/** Every period of a frequency in the years `from` … `to`. */
export const periodsOfYears = (from: number, to: number, frequency: Frequency): string[] => {
  const first = frequency === 'annual' ? String(from) : frequency === 'quarterly' ? `${from}-Q1` : `${from}-01`;
  const last = frequency === 'annual' ? String(to) : frequency === 'quarterly' ? `${to}-Q4` : `${to}-12`;
  return periodsBetween(first, last);
};

/** The fraction of the way from the end of `from` to the end of `to` that the end of `at` has gone (not clamped). */
export const elapsedShare = (from: string, to: string, at: string): number => {
  const a = dayNumber(periodEnd(from));
  const b = dayNumber(periodEnd(to));
  if (b <= a) return 1;
  return (dayNumber(periodEnd(at)) - a) / (b - a);
};
