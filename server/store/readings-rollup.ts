/**
 * @module server/store/readings-rollup
 * Pure: the hourly rollup of a batch of readings, with the same semantics as the SQL fold
 * (n = non-null values, sum/min/max over them, district = the greatest non-null one).
 */
import type { ReadingRow } from './readings-copy.ts';

const HOUR_MS = 3_600_000;

export interface RollupRow {
  bucket: Date;
  source: string;
  entity: string;
  district: string | null;
  metric: string;
  n: number;
  sum: number | null;
  min: number | null;
  max: number | null;
}

export const ROLLUP_COLUMNS = ['bucket', 'source', 'entity', 'district', 'metric', 'n', 'sum', 'min', 'max'] as const;

const add = (g: RollupRow, r: ReadingRow): void => {
  if (r.district !== null && (g.district === null || r.district > g.district)) g.district = r.district;
  if (r.value === null) return;
  g.n++;
  g.sum = (g.sum ?? 0) + r.value;
  g.min = g.min === null || r.value < g.min ? r.value : g.min;
  g.max = g.max === null || r.value > g.max ? r.value : g.max;
};

export interface RollupAccumulator {
  add(r: ReadingRow): void;
  rows(): RollupRow[];
}

/** Accumulates readings by (hour, source, entity, metric); hours are UTC, aligned like `date_bin('1 hour', …)`. */
export const createRollupAccumulator = (): RollupAccumulator => {
  const groups = new Map<string, RollupRow>();
  let last: RollupRow | null = null;
  return {
    add: (r) => {
      const hour = Math.floor(r.time.getTime() / HOUR_MS) * HOUR_MS;
      let g = last;
      if (!g || g.bucket.getTime() !== hour || g.entity !== r.entity || g.metric !== r.metric || g.source !== r.source) {
        const key = `${hour}\u0000${r.source}\u0000${r.entity}\u0000${r.metric}`;
        g = groups.get(key) ?? null;
        if (!g) {
          g = { bucket: new Date(hour), source: r.source, entity: r.entity, district: null, metric: r.metric, n: 0, sum: null, min: null, max: null };
          groups.set(key, g);
        }
        last = g;
      }
      add(g, r);
    },
    rows: () => [...groups.values()],
  };
};

/** The hourly rollup of a batch. */
export const hourlyRollup = (rows: readonly ReadingRow[]): RollupRow[] => {
  const acc = createRollupAccumulator();
  for (const r of rows) acc.add(r);
  return acc.rows();
};

/** Rollup rows as arrays in ROLLUP_COLUMNS order (for COPY). */
export const rollupTuples = (rows: readonly RollupRow[]): unknown[][] =>
  rows.map((g) => [g.bucket, g.source, g.entity, g.district, g.metric, g.n, g.sum, g.min, g.max]);
