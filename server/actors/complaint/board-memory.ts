/**
 * @module actors/complaint/board-memory
 * What the board actor holds, kept outside it so that it survives the actor's restarts: the facts of
 * every complaint it still needs, the daily counts per (gu, category), the feed and the rising state.
 * A complaint is needed while it is open, while anything of it falls in the KPI window, or while its
 * filing day is within the rising baseline; daily counts are kept for the baseline's days only.
 */
import type { Complaint } from '../../contracts/index.ts';
import { factsOf, type ComplaintFacts } from './facts.ts';
import { selectFeed, updateFeed } from './feed.ts';
import { relevant } from './kpi.ts';
import { countFiled, dayOf, initialRising, pruneDaily, type DailyCounts, type RisingState } from './rising.ts';

export interface BoardMemory {
  facts: Map<string, ComplaintFacts>;
  daily: DailyCounts;
  feed: readonly ComplaintFacts[];
  rising: RisingState;
}

export interface MemoryLimits {
  feedSize: number;
  kpiWindowMs: number;
  /** Days of counts the rising baseline needs before today. */
  baselineDays: number;
}

const count = (mem: BoardMemory, f: ComplaintFacts, now: number, limits: MemoryLimits): void => {
  const day = dayOf(f.requestedAt);
  if (f.district !== null && day >= dayOf(now) - limits.baselineDays) countFiled(mem.daily, f.district, f.category, day);
};

export const createBoardMemory = (seed: readonly Complaint[], now: number, limits: MemoryLimits): BoardMemory => {
  const mem: BoardMemory = { facts: new Map(), daily: new Map(), feed: [], rising: initialRising() };
  for (const c of seed) {
    const f = factsOf(c);
    if (!mem.facts.has(f.id)) count(mem, f, now, limits);
    mem.facts.set(f.id, f);
  }
  mem.feed = selectFeed(mem.facts.values(), limits.feedSize);
  return mem;
};

/** Takes a complaint's new state; says what changed (nothing for a version already held). */
export const takeComplaint = (
  mem: BoardMemory, c: Complaint, now: number, limits: MemoryLimits,
): { changed: boolean; feedChanged: boolean } => {
  const prev = mem.facts.get(c.id);
  if (prev !== undefined && prev.version === c.updatedAt) return { changed: false, feedChanged: false };
  const f = factsOf(c);
  if (prev === undefined) count(mem, f, now, limits);
  mem.facts.set(f.id, f);
  const feed = updateFeed(mem.feed, f, limits.feedSize);
  const feedChanged = feed !== mem.feed;
  mem.feed = feed;
  return { changed: true, feedChanged };
};

/** Forgets complaints and counts no longer needed; returns how many complaints were forgotten. */
export const ageMemory = (mem: BoardMemory, now: number, limits: MemoryLimits): number => {
  const w = { from: now + 1 - limits.kpiWindowMs, to: now + 1 };
  const oldestDay = dayOf(now) - limits.baselineDays;
  const onFeed = new Set(mem.feed.map((f) => f.id));
  let forgotten = 0;
  for (const [id, f] of mem.facts) {
    if (relevant(f, w) || dayOf(f.requestedAt) >= oldestDay || onFeed.has(id)) continue;
    mem.facts.delete(id);
    forgotten += 1;
  }
  pruneDaily(mem.daily, oldestDay);
  return forgotten;
};
