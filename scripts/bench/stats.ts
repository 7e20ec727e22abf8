/**
 * @module scripts/bench/stats
 * Small statistics for benchmarks: weighted percentiles and rates.
 */
export interface Sample {
  value: number;
  weight: number;
}

/** The value below which `p` (0..1) of the total weight lies. */
export function weightedPercentile(samples: readonly Sample[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, x) => s + x.weight, 0);
  let seen = 0;
  for (const x of sorted) {
    seen += x.weight;
    if (seen >= p * total) return x.value;
  }
  return sorted[sorted.length - 1]?.value ?? Number.NaN;
}

export const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000);

export const ratio = (a: number, b: number): number => Math.round((a / b) * 1000) / 1000;
