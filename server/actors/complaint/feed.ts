/**
 * @module actors/complaint/feed
 * The live feed: the latest `size` complaints filed, newest first (ties by id), with their current
 * status. Built once from everything held, then kept up to date one complaint at a time. Pure.
 */
import type { ComplaintFacts } from './facts.ts';

const newerFirst = (a: ComplaintFacts, b: ComplaintFacts): number =>
  b.requestedAt - a.requestedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const selectFeed = (facts: Iterable<ComplaintFacts>, size: number): ComplaintFacts[] =>
  [...facts].sort(newerFirst).slice(0, size);

/** The feed with `f` in it (or updated in place); the same array when `f` does not make the cut. */
export const updateFeed = (feed: readonly ComplaintFacts[], f: ComplaintFacts, size: number): readonly ComplaintFacts[] => {
  const held = feed.some((x) => x.id === f.id);
  const last = feed.at(-1);
  if (!held && feed.length >= size && last !== undefined && newerFirst(f, last) > 0) return feed;
  return [...feed.filter((x) => x.id !== f.id), f].sort(newerFirst).slice(0, size);
};
