/**
 * @module connectors/seoul-air/params
 * Run parameters: `realtime` (the scheduled job, default) or `daily` for a date or a date range (backfill).
 */
import { z } from 'zod';
import { kstDigitsToEpoch } from './time.ts';

const DateSchema = z
  .string()
  .transform((s) => s.replaceAll('-', ''))
  .refine((s) => s.length === 8 && kstDigitsToEpoch(s) !== null, 'a date YYYYMMDD or YYYY-MM-DD');

/** At most ten years of days in one backfill run. */
export const MAX_BACKFILL_DAYS = 3660;

const DailySchema = z
  .object({ mode: z.literal('daily'), date: DateSchema.optional(), from: DateSchema.optional(), to: DateSchema.optional() })
  .strict()
  .refine((p) => (p.date !== undefined) !== (p.from !== undefined && p.to !== undefined), 'give either `date` or both `from` and `to`')
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, '`from` must not be after `to`');

export const SeoulAirParamsSchema = z.preprocess(
  (v) => (v === undefined || v === null ? { mode: 'realtime' } : typeof v === 'object' && !('mode' in v) ? { mode: 'realtime', ...v } : v),
  z.discriminatedUnion('mode', [z.object({ mode: z.literal('realtime') }).strict(), DailySchema]),
);
export type SeoulAirParams = z.infer<typeof SeoulAirParamsSchema>;

const shift = (yyyymmdd: string, days: number): string => {
  const d = new Date(Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)) + days));
  return d.toISOString().slice(0, 10).replaceAll('-', '');
};

/** The days a daily run requests, in order. */
export const daysOf = (p: SeoulAirParams): string[] => {
  if (p.mode !== 'daily') return [];
  if (p.date !== undefined) return [p.date];
  const out: string[] = [];
  for (let d = p.from as string; d <= (p.to as string); d = shift(d, 1)) {
    out.push(d);
    if (out.length > MAX_BACKFILL_DAYS) throw new RangeError(`a backfill covers at most ${MAX_BACKFILL_DAYS} days`);
  }
  return out;
};
