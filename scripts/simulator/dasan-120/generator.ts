/**
 * @module scripts/simulator/dasan-120/generator
 * Pure (given its places): SYNTHETIC 120 complaints, any stretch on demand, always the same for a seed.
 * Data time runs `speedup` times faster than the wall clock from `dataStart` (default: the start itself), as
 * in the 112 simulator; the feed begins `historyDays` data days before the data start, so a platform that
 * connects finds complaints in every state. Each data hour H (epoch hours) draws Poisson(complaintsPerDay / 24
 * × hour weight × weekday weight) complaints, plus those of the rising issues under way; each complaint has its
 * own stream: a minute, a category (by the month's mix), a gu (by population), a channel and its status history.
 * Histories play at `lifecycleSpeedup` (default: `speedup`, so the backlog looks the same at any speed).
 * Numbers `2026-000123` count the complaints of the KST year in filing order. Places and texts are drawn on
 * demand (`details`) from a stream of their own, so the hours kept in memory stay small.
 */
import { kstHour, kstWeekday } from '../../../connectors/_safety/kst.ts';
import type { DasanChannelName } from '../../../connectors/dasan-120/api.ts';
import { categoryByCode, COMPLAINT_CATEGORIES } from '../../../server/complaints/categories.ts';
import type { ComplaintCategory, ComplaintStatus, LocalizedText } from '../../../server/contracts/index.ts';
import { pickIndex, poisson, streamOf } from '../safety-common/random.ts';
import { drawLifecycle, maxLifeMs } from './lifecycle.ts';
import { CATEGORY_CODES, CHANNEL_CUMULATIVE, CHANNEL_SHARES, HOUR_WEIGHTS, MONTH_CUMULATIVE, WEEKDAY_WEIGHTS } from './model.ts';
import { noteOf } from './notes.ts';
import { drawGu, type ComplaintPlaces } from './places.ts';
import { issueHourMean, issuesOfDay, kstDayOf, MAX_RISE_MS, type RisingIssue } from './rising.ts';

const HOUR = 3600_000;
const DAY = 86_400_000;
const CACHE_HOURS = 24 * 120;
export const CALL_CENTRE: LocalizedText = { ko: '120다산콜재단', en: 'Seoul 120 Dasan Call Center Foundation' };

export interface DasanGeneratorOptions {
  places: ComplaintPlaces;
  seed: number;
  complaintsPerDay: number;
  speedup: number;
  /** Default `speedup`. */
  lifecycleSpeedup?: number | undefined;
  /** Wall time (epoch ms) the simulation started. */
  startedAt: number;
  /** Data time at `startedAt`, epoch ms (default `startedAt`). */
  dataStart?: number | undefined;
  /** The feed begins this many data days before `dataStart`. */
  historyDays: number;
}

export interface HistoryStep {
  status: ComplaintStatus;
  /** Wall ms. */
  at: number;
  department: LocalizedText | null;
  note: string;
}

export interface SyntheticComplaint {
  no: string;
  /** Data epoch hour of the filing, and the key of the complaint's streams within it. */
  hour: number;
  key: string;
  /** Data ms of the filing. */
  dataAt: number;
  category: ComplaintCategory;
  district: string;
  channel: DasanChannelName;
  issue: RisingIssue | null;
  /** Wall times; the first step is the filing. */
  steps: readonly HistoryStep[];
}

export interface DasanGenerator {
  /** Data ms of the first complaint the feed knows. */
  worldStart: number;
  /** The longest history, in wall ms. */
  maxLifeMs: number;
  wallOf(dataMs: number): number;
  dataOf(wallMs: number): number;
  /** Every complaint filed in data hour H (none before the world start), in number order. */
  hour(h: number): SyntheticComplaint[];
  /** The expected number of complaints in data hour H (rising issues included). */
  hourMean(h: number): number;
  /** Complaints filed (wall) in [lo, hi]. */
  filedBetween(lo: number, hi: number): SyntheticComplaint[];
  /** Complaints with a step (wall) in [lo, hi], in number order. */
  touching(lo: number, hi: number): SyntheticComplaint[];
  /** Rising issues under way at some point of [lo, hi) (data ms). */
  issuesBetween(lo: number, hi: number): RisingIssue[];
}

/** Wall ms of the filing. */
export const filedAtOf = (c: SyntheticComplaint): number => (c.steps[0] as HistoryStep).at;

export class DasanGeneratorError extends Error {
  override name = 'DasanGeneratorError';
}

/** Departments a complaint may be handed on to: those of the same group, else any other. */
const TRANSFER_TARGETS: ReadonlyMap<string, readonly string[]> = new Map(
  COMPLAINT_CATEGORIES.map((c) => {
    const other = COMPLAINT_CATEGORIES.filter((o) => o.department.ko !== c.department.ko);
    const near = other.filter((o) => o.group.ko === c.group.ko);
    return [c.code, (near.length > 0 ? near : other).map((o) => o.code)];
  }),
);

const check = (o: DasanGeneratorOptions): void => {
  for (const [k, v] of [['speedup', o.speedup], ['lifecycleSpeedup', o.lifecycleSpeedup ?? o.speedup]] as const) {
    if (!(v > 0 && Number.isFinite(v))) throw new DasanGeneratorError(`${k} must be a positive number: ${v}`);
  }
  if (!(o.complaintsPerDay >= 0 && Number.isFinite(o.complaintsPerDay))) throw new DasanGeneratorError(`complaintsPerDay must be ≥ 0: ${o.complaintsPerDay}`);
  if (!(o.historyDays >= 0 && o.historyDays <= 366)) throw new DasanGeneratorError(`historyDays must be within 0–366: ${o.historyDays}`);
};

const kstYearOf = (ms: number): number => new Date(ms + 9 * HOUR).getUTCFullYear();
const yearStartHour = (year: number): number => (Date.UTC(year, 0, 1) - 9 * HOUR) / HOUR;

export const createDasanGenerator = (o: DasanGeneratorOptions): DasanGenerator => {
  check(o);
  const lifecycleSpeedup = o.lifecycleSpeedup ?? o.speedup;
  const dataStart = o.dataStart ?? o.startedAt;
  const worldStart = dataStart - o.historyDays * DAY;
  const firstHour = Math.floor(worldStart / HOUR);
  const wallOf = (d: number): number => o.startedAt + (d - dataStart) / o.speedup;
  const dataOf = (w: number): number => dataStart + (w - o.startedAt) * o.speedup;

  const dayCache = new Map<number, RisingIssue[]>();
  const issuesOf = (day: number): RisingIssue[] => {
    let list = dayCache.get(day);
    if (!list) {
      list = issuesOfDay(o.seed, day, o.places, o.complaintsPerDay);
      if (dayCache.size > 4000) dayCache.clear();
      dayCache.set(day, list);
    }
    return list;
  };
  const issuesInHour = (h: number): RisingIssue[] => {
    const start = h * HOUR;
    const days: number[] = [];
    for (let d = kstDayOf(start - MAX_RISE_MS); d <= kstDayOf(start); d++) days.push(d);
    return days.flatMap(issuesOf).filter((i) => issueHourMean(i, start) > 0);
  };

  const baseMean = (h: number): number => {
    const start = h * HOUR;
    return (o.complaintsPerDay / 24) * (HOUR_WEIGHTS[kstHour(start)] as number) * (WEEKDAY_WEIGHTS[kstWeekday(start)] as number);
  };
  const hourMean = (h: number): number => baseMean(h) + issuesInHour(h).reduce((s, i) => s + issueHourMean(i, h * HOUR), 0);
  const baseCount = (h: number): number => poisson(streamOf(o.seed, 'dasan-120-hour', h), baseMean(h));
  const issueCount = (h: number, i: RisingIssue): number => poisson(streamOf(o.seed, 'dasan-120-rise-hour', h, i.id), issueHourMean(i, h * HOUR));
  const countOf = (h: number): number => baseCount(h) + issuesInHour(h).reduce((s, i) => s + issueCount(h, i), 0);

  /** Complaints of each year before each of its hours. */
  const prefixes = new Map<number, Int32Array>();
  const sequenceBase = (h: number): number => {
    const year = kstYearOf(h * HOUR);
    const first = yearStartHour(year);
    let prefix = prefixes.get(year);
    if (!prefix) {
      const hours = yearStartHour(year + 1) - first;
      prefix = new Int32Array(hours + 1);
      for (let k = 0; k < hours; k++) prefix[k + 1] = (prefix[k] as number) + countOf(first + k);
      prefixes.set(year, prefix);
    }
    return prefix[h - first] as number;
  };

  const make = (h: number, key: string, issue: RisingIssue | null): Omit<SyntheticComplaint, 'no'> => {
    const r = streamOf(o.seed, 'dasan-120-complaint', h, key);
    const lo = issue ? Math.max(h * HOUR, issue.start) : h * HOUR;
    const hi = issue ? Math.min((h + 1) * HOUR, issue.end) : (h + 1) * HOUR;
    const dataAt = lo + Math.floor(r() * (hi - lo));
    const month = new Date(dataAt + 9 * HOUR).getUTCMonth();
    const code = issue ? issue.category : (CATEGORY_CODES[pickIndex(r, MONTH_CUMULATIVE[month] as number[])] as string);
    const category = categoryByCode(code);
    if (!category) throw new DasanGeneratorError(`unknown category ${code}`);
    const district = issue?.district ?? drawGu(r, o.places).code;
    const channel = (CHANNEL_SHARES[pickIndex(r, CHANNEL_CUMULATIVE)] as (typeof CHANNEL_SHARES)[number])[0];
    const lifecycle = drawLifecycle(r, { category: code, slaDays: category.slaDays, filedAt: dataAt, transferTargets: TRANSFER_TARGETS.get(code) ?? [] });
    const filedAt = Math.floor(wallOf(dataAt));
    let assignments = 0;
    let answers = 0;
    const steps = lifecycle.map((s, k): HistoryStep => {
      if (s.status === 'assigned') assignments++;
      if (s.status === 'answered') answers++;
      const department = k === 0 ? CALL_CENTRE : s.department === null ? null : (categoryByCode(s.department)?.department ?? null);
      const note = noteOf(r, s.status, { category: code, channel, transfer: s.status === 'assigned' && assignments > 1, again: s.status === 'answered' && answers > 1 });
      return { status: s.status, at: k === 0 ? filedAt : Math.floor(filedAt + (s.at - dataAt) / lifecycleSpeedup), department, note };
    });
    return { hour: h, key, dataAt, category, district, channel, issue, steps };
  };

  const cache = new Map<number, SyntheticComplaint[]>();
  const hour = (h: number): SyntheticComplaint[] => {
    if (h < firstHour) return [];
    const hit = cache.get(h);
    if (hit) return hit;
    const drafts = Array.from({ length: baseCount(h) }, (_, j) => make(h, `b${j}`, null));
    for (const issue of issuesInHour(h)) for (let j = issueCount(h, issue); j-- > 0; ) drafts.push(make(h, `${issue.id}:${j}`, issue));
    drafts.sort((a, b) => a.dataAt - b.dataAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const year = kstYearOf(h * HOUR);
    const base = sequenceBase(h);
    const list = drafts.map((d, k) => ({ no: `${year}-${String(base + k + 1).padStart(6, '0')}`, ...d })).filter((c) => c.dataAt >= worldStart);
    while (cache.size >= CACHE_HOURS) cache.delete(cache.keys().next().value as number);
    cache.set(h, list);
    return list;
  };

  const maxLife = Math.ceil(maxLifeMs(Math.max(...COMPLAINT_CATEGORIES.map((c) => c.slaDays))) / lifecycleSpeedup);
  const hoursOf = (lo: number, hi: number): number[] => {
    const out: number[] = [];
    for (let h = Math.max(firstHour, Math.floor(dataOf(lo) / HOUR)); h <= Math.floor(dataOf(hi + 1) / HOUR); h++) out.push(h);
    return out;
  };

  return {
    worldStart,
    maxLifeMs: maxLife,
    wallOf,
    dataOf,
    hour,
    hourMean,
    filedBetween: (lo, hi) => hoursOf(lo, hi).flatMap((h) => hour(h).filter((c) => filedAtOf(c) >= lo && filedAtOf(c) <= hi)),
    touching: (lo, hi) => hoursOf(lo - maxLife, hi).flatMap((h) => hour(h).filter((c) => c.steps.some((s) => s.at >= lo && s.at <= hi))),
    issuesBetween: (lo, hi) => {
      const out: RisingIssue[] = [];
      for (let d = kstDayOf(lo - MAX_RISE_MS); d <= kstDayOf(hi); d++) out.push(...issuesOf(d).filter((i) => i.start < hi && i.end > lo));
      return out;
    },
  };
};
