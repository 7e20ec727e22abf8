/**
 * @module scripts/simulator/fire-119/replay
 * Pure: the real fires as a live feed. Onsets keep their spacing in data time, compressed by `speedup`,
 * from the file's first fire (or `startAt`) when the simulator starts, and wrap around after the end of
 * the last fire's day. Each incident's own stages play at `lifecycleSpeedup` (1 = real time):
 *   reported   at the onset
 *   dispatched after the call-handling time — not in the data: drawn per row from a fixed seed, 30–120 s
 *              (triangular, mode 75 s), and marked estimated
 *   arrived    after the real travel time (출동소요시간)
 *   resolved   after the real suppression time (화재진압시간; 0 means resolved on arrival)
 */
import { kstDayStart, kstDigits, parseKst } from '../../../connectors/_safety/kst.ts';
import type { Timeline } from '../safety-common/feed.ts';
import { streamOf } from '../safety-common/random.ts';
import type { FireRow } from './csv.ts';

export interface FireReplayOptions {
  rows: readonly FireRow[];
  speedup: number;
  lifecycleSpeedup: number;
  /** Wall time (epoch ms) the replay started. */
  startedAt: number;
  /** Data time to start at: `YYYY-MM-DD`, `YYYYMMDD` (KST midnight) or an ISO 8601 time; default the first fire. */
  startAt?: string | undefined;
  seed: number;
}

export interface FireIncident extends Timeline {
  row: FireRow;
  /** How many times the file has wrapped around before this incident. */
  wrap: number;
  /** Estimated call-handling seconds. */
  dispatchS: number;
  /** `<YYYYMMDD>-<HHmmss>-<ordinal, 6 digits>` of the report's wall time in KST. */
  number: string;
}

export interface FireReplay {
  /** Data span of one pass over the file, ms. */
  cycleMs: number;
  /** The longest lifecycle in wall ms (how far back an onset can still produce a stage change). */
  maxLifeMs: number;
  /** Incidents whose onset (wall, floored to the ms) lies in [lo, hi], and possibly a few just outside. */
  incidentsBetween(lo: number, hi: number): FireIncident[];
  /** Data time (epoch ms, the file's own calendar) being replayed at wall time `w`. */
  dataTimeAt(w: number): number;
}

export class FireReplayError extends Error {
  override name = 'FireReplayError';
}

/** Call handling, seconds: 30 + 90 × the mean of two uniforms (30–120 s, mode 75 s), rounded. */
export const estimatedDispatchS = (seed: number, rowIndex: number): number => {
  const r = streamOf(seed, 'fire-119-dispatch', rowIndex);
  return Math.round(30 + 90 * ((r() + r()) / 2));
};

const parseStartAt = (s: string): number => {
  const digits = s.replaceAll('-', '');
  const ms = /^\d{8}$/.test(digits) ? parseKst(`${digits}000000`) : Date.parse(s);
  if (ms === null || !Number.isFinite(ms)) throw new FireReplayError(`startAt must be YYYY-MM-DD, YYYYMMDD or ISO 8601: ${s}`);
  return ms;
};

const lowerBound = (xs: readonly number[], x: number): number => {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const incidentNumber = (reportedMs: number, ordinal: number): string => {
  const d = kstDigits(reportedMs);
  return `${d.slice(0, 8)}-${d.slice(8)}-${String(ordinal).padStart(6, '0')}`;
};

export const createFireReplay = (o: FireReplayOptions): FireReplay => {
  if (o.rows.length === 0) throw new FireReplayError('no fires to replay');
  if (!(o.speedup > 0 && Number.isFinite(o.speedup))) throw new FireReplayError(`speedup must be a positive number: ${o.speedup}`);
  if (!(o.lifecycleSpeedup > 0 && Number.isFinite(o.lifecycleSpeedup))) throw new FireReplayError(`lifecycleSpeedup must be a positive number: ${o.lifecycleSpeedup}`);
  const first = (o.rows[0] as FireRow).at;
  const cycleMs = kstDayStart((o.rows.at(-1) as FireRow).at) + 86_400_000 - first;
  const offsets = o.rows.map((r) => r.at - first);
  const startPos = o.startAt === undefined ? 0 : parseStartAt(o.startAt) - first;
  if (startPos < 0 || startPos >= cycleMs) throw new FireReplayError(`startAt ${o.startAt} is outside the file (${kstDigits(first).slice(0, 8)} to ${kstDigits(first + cycleMs - 1).slice(0, 8)})`);
  const dispatch = o.rows.map((r) => estimatedDispatchS(o.seed, r.index));
  const lifeScale = 1000 / o.lifecycleSpeedup;
  const maxLifeMs = Math.ceil(Math.max(...o.rows.map((r, i) => (dispatch[i] as number) + r.travelS + r.suppressionS)) * lifeScale);
  const n = o.rows.length;

  const incidentAt = (wrap: number, i: number): FireIncident => {
    const row = o.rows[i] as FireRow;
    const dispatchS = dispatch[i] as number;
    const onset = o.startedAt + (wrap * cycleMs + (offsets[i] as number) - startPos) / o.speedup;
    const at = [0, dispatchS, dispatchS + row.travelS, dispatchS + row.travelS + row.suppressionS].map((s) => Math.floor(onset + s * lifeScale)) as [number, number, number, number];
    const ordinal = wrap * n + i;
    return { ordinal, at, row, wrap, dispatchS, number: incidentNumber(at[0], ordinal) };
  };

  const incidentsBetween = (lo: number, hi: number): FireIncident[] => {
    const pLo = Math.max(startPos, startPos + (lo - o.startedAt) * o.speedup);
    // hi + 1: an onset just after hi still has its report (floored to the ms) at hi.
    const pHi = startPos + (hi + 1 - o.startedAt) * o.speedup;
    const out: FireIncident[] = [];
    for (let wrap = Math.floor(pLo / cycleMs); wrap <= Math.floor(pHi / cycleMs); wrap++) {
      const base = wrap * cycleMs;
      for (let i = lowerBound(offsets, pLo - base); i < n && (offsets[i] as number) <= pHi - base; i++) out.push(incidentAt(wrap, i));
    }
    return out;
  };

  const dataTimeAt = (w: number): number => first + ((startPos + (w - o.startedAt) * o.speedup) % cycleMs);

  return { cycleMs, maxLifeMs, incidentsBetween, dataTimeAt };
};
