/**
 * @module scripts/simulator/safety-common/random
 * Seeded randomness for the safety simulators. `streamOf(seed, ...keys)` gives an independent, repeatable
 * stream for any key (a data hour, a row, a hospital), so any stretch of a simulated feed can be produced
 * on its own, in any order, and always comes out the same.
 */
import { prng } from '../generate.ts';

export type Rand = () => number;

/** FNV-1a over the keys, then a murmur3 finaliser: a 32-bit seed. */
export const hashSeed = (...keys: readonly (number | string)[]): number => {
  let h = 0x811c9dc5;
  for (const k of keys) {
    for (const ch of `${String(k)}\u0000`) {
      h ^= ch.codePointAt(0) as number;
      h = Math.imul(h, 0x01000193);
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

export const streamOf = (seed: number, ...keys: readonly (number | string)[]): Rand => prng(hashSeed(seed, ...keys));

/** Standard normal (Box–Muller). */
export const normal = (rand: Rand): number => {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
};

/** Log-normal with the given median and spread (σ of the log). */
export const logNormal = (rand: Rand, median: number, sigma: number): number => median * Math.exp(sigma * normal(rand));

/** Poisson count (Knuth; means here are small). */
export const poisson = (rand: Rand, mean: number): number => {
  if (!(mean > 0)) return 0;
  if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rand)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rand(); p > limit; p *= rand()) k++;
  return k;
};

/** Index drawn with the given weights (cumulative sums precomputed by `cumulative`). */
export const pickIndex = (rand: Rand, cum: readonly number[]): number => {
  const total = cum[cum.length - 1] ?? 0;
  const x = rand() * total;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};

export const cumulative = (weights: readonly number[]): number[] => {
  let s = 0;
  return weights.map((w) => (s += Math.max(0, w)));
};

/** One element of a list, uniformly. */
export const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
