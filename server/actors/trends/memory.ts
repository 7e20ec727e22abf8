/**
 * @module actors/trends/memory
 * What the trend actor holds, kept outside it so that it survives the actor's restarts: the items of the
 * board's window (today in Seoul and the `baselineDays` days before it), each without its author (the board
 * never needs it) and with a fingerprint of the whole item to tell an edit from a repeat; and the ids whose
 * last save failed, so that a redelivery saves them again. Pure.
 */
import { createHash } from 'node:crypto';
import type { MediaItem } from '../../contracts/index.ts';
import { kstDayOf, type TrendItem } from '../../trends/trending.ts';

const DAY_MS = 86_400_000;
const KST_MS = 9 * 3_600_000;

export interface HeldItem {
  item: TrendItem;
  fingerprint: string;
  at: number;
}

export interface TrendMemory {
  items: Map<string, HeldItem>;
  unsaved: Set<string>;
}

export interface Taken {
  /** Items to save: new, edited, or whose last save failed. */
  toSave: MediaItem[];
  added: number;
  updated: number;
  duplicates: number;
  /** Older than the window: saved, not held. */
  stale: number;
  /** Whether the held items changed (the board must be recomputed). */
  changed: boolean;
}

/** Today in Seoul at `now`. */
export const trendDayOf = (now: number): string => kstDayOf(new Date(now).toISOString());

/** Epoch ms of the first instant of the window: midnight in Seoul `baselineDays` days before the day of `now`. */
export const windowStartOf = (now: number, baselineDays: number): number =>
  Date.parse(`${trendDayOf(now)}T00:00:00Z`) - KST_MS - baselineDays * DAY_MS;

const fingerprintOf = (i: MediaItem): string => createHash('sha1').update(JSON.stringify(i)).digest('base64url');

const held = (i: MediaItem): HeldItem => ({
  item: { id: i.id, title: i.title, text: i.text, language: i.language, districts: i.districts, publishedAt: i.publishedAt },
  fingerprint: fingerprintOf(i),
  at: Date.parse(i.publishedAt),
});

export const createTrendMemory = (seed: readonly MediaItem[], windowStart: number): TrendMemory => {
  const mem: TrendMemory = { items: new Map(), unsaved: new Set() };
  for (const i of seed) if (Date.parse(i.publishedAt) >= windowStart) mem.items.set(i.id, held(i));
  return mem;
};

/** Takes a batch of items: holds those within the window, and says which to save. */
export const takeItems = (mem: TrendMemory, items: readonly MediaItem[], windowStart: number): Taken => {
  const r: Taken = { toSave: [], added: 0, updated: 0, duplicates: 0, stale: 0, changed: false };
  const batch = new Map(items.map((i) => [i.id, i]));
  for (const i of batch.values()) {
    const h = held(i);
    const prev = mem.items.get(i.id);
    if (prev !== undefined && prev.fingerprint === h.fingerprint) {
      r.duplicates += 1;
      if (mem.unsaved.has(i.id)) r.toSave.push(i);
      continue;
    }
    r.toSave.push(i);
    if (h.at < windowStart) {
      if (prev !== undefined) mem.items.delete(i.id);
      r.stale += 1;
      r.changed ||= prev !== undefined;
      continue;
    }
    mem.items.set(i.id, h);
    if (prev === undefined) r.added += 1;
    else r.updated += 1;
    r.changed = true;
  }
  return r;
};

/** Forgets items older than the window; returns how many. */
export const pruneMemory = (mem: TrendMemory, windowStart: number): number => {
  let n = 0;
  for (const [id, h] of mem.items) {
    if (h.at >= windowStart) continue;
    mem.items.delete(id);
    mem.unsaved.delete(id); // a redelivery of it is saved again anyway: it is no longer held
    n += 1;
  }
  return n;
};

export const heldItems = (mem: TrendMemory): TrendItem[] => [...mem.items.values()].map((h) => h.item);
