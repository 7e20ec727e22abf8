/**
 * @module db/reference/prng
 * A seeded pseudo-random generator for synthetic reference data: the same seed gives the same
 * sequence on every machine. mulberry32 (the same algorithm as scripts/simulator/generate.ts).
 */

/** mulberry32: uniform numbers in [0, 1), small, fast, good enough for generated data. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Picks an index with probability proportional to its weight (weights ≥ 0, at least one > 0). */
export const pickWeighted = (weights: readonly number[], u: number): number => {
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new RangeError('at least one weight must be positive');
  let x = u * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return i;
  }
  // u close to 1 and rounding: the last index with a positive weight
  for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return i;
  return weights.length - 1;
};

/**
 * Largest-remainder apportionment: integers proportional to `weights` that add up to `total`
 * exactly (ties go to the earlier index).
 */
export const apportion = (weights: readonly number[], total: number): number[] => {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.some((w) => !(w >= 0)) || !(sum > 0)) throw new RangeError('weights must be non-negative with a positive sum');
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  const left = total - out.reduce((s, n) => s + n, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < left; k++) out[(order[k] as { i: number }).i] = (out[(order[k] as { i: number }).i] as number) + 1;
  return out;
};
