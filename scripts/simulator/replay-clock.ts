/**
 * @module scripts/simulator/replay-clock
 * Pure: which data day is "now". At speed-up S each data day lasts 86400/S seconds of wall time, starting
 * at the first (or chosen) date when the simulator starts, and wrapping around after the last date.
 */

export interface ReplayClockOptions {
  /** Distinct dates, ascending (YYYYMMDD). */
  dates: readonly string[];
  speedup: number;
  /** Wall time (epoch ms) when the replay started. */
  startedAt: number;
  /** First date to replay (YYYYMMDD or YYYY-MM-DD); the first date in the data on or after it is used. */
  startDate?: string | undefined;
}

export interface ReplayStep {
  /** The data date served now. */
  date: string;
  index: number;
  /** Steps since the start (not wrapped). */
  step: number;
  /** Wall time (epoch ms) when this step began. */
  stepStart: number;
  stepMs: number;
}

export class ReplayClockError extends Error {
  override name = 'ReplayClockError';
}

export const MAX_SPEEDUP = 86_400;

export const startIndexOf = (dates: readonly string[], startDate?: string): number => {
  if (dates.length === 0) throw new ReplayClockError('no dates to replay');
  if (startDate === undefined) return 0;
  const want = startDate.replaceAll('-', '');
  if (!/^\d{8}$/.test(want)) throw new ReplayClockError(`startDate must be YYYYMMDD or YYYY-MM-DD: ${startDate}`);
  const i = dates.findIndex((d) => d >= want);
  if (i < 0) throw new ReplayClockError(`no data on or after ${startDate} (last date ${dates.at(-1)})`);
  return i;
};

export const createReplayClock = (o: ReplayClockOptions): ((nowMs: number) => ReplayStep) => {
  if (!(o.speedup > 0) || o.speedup > MAX_SPEEDUP) throw new ReplayClockError(`speedup must be in (0, ${MAX_SPEEDUP}]: ${o.speedup}`);
  const start = startIndexOf(o.dates, o.startDate);
  const stepMs = 86_400_000 / o.speedup;
  const n = o.dates.length;
  return (nowMs) => {
    const step = Math.max(0, Math.floor((nowMs - o.startedAt) / stepMs));
    const index = (start + step) % n;
    return { date: o.dates[index] as string, index, step, stepStart: Math.floor(o.startedAt + step * stepMs), stepMs };
  };
};
