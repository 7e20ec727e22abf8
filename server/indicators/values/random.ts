/**
 * @module indicators/values/random
 * Seeded randomness for the synthetic values: every stream is named (seed, indicator, period, gu …)
 * so that a value does not depend on the order or the extent of a run — a run over fewer years, or
 * up to an earlier date, gives the same numbers for the values it shares with a full one.
 */
import { prng } from '../../../db/reference/prng.ts';

/** FNV-1a over the parts, as an unsigned 32-bit seed. */
export const hashSeed = (...parts: readonly (string | number)[]): number => {
  let h = 0x811c9dc5;
  const s = parts.join('|');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

export interface Random {
  /** Uniform in [0, 1). */
  uniform: () => number;
  /** Standard normal. */
  normal: () => number;
}

export const randomStream = (...parts: readonly (string | number)[]): Random => {
  const u = prng(hashSeed(...parts));
  let spare: number | null = null;
  return {
    uniform: u,
    normal: () => {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      const r = Math.sqrt(-2 * Math.log(1 - u()));
      const a = 2 * Math.PI * u();
      spare = r * Math.sin(a);
      return r * Math.cos(a);
    },
  };
};
