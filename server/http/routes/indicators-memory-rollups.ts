/**
 * @module http/routes/indicators-memory-rollups
 * The rollups of the latest revision computed from observations in memory: the same rows as
 * `rawRollupSql` (server/store/indicators-sql.ts) and the rollup tables give. Pure.
 */
import type { Dimension, Observation } from '../../contracts/indicator.ts';
import { periodStart } from '../../indicators/period.ts';
import type { RollupGridQuery, RollupRow } from '../../store/indicators.ts';

/** The cells of a line: the total, or one dimension varying with the others at their totals (as `lineFilter`). */
export const inRollupLine = (by: Dimension | undefined) => (o: Observation): boolean => {
  switch (by) {
    case undefined: return o.district === 'city' && o.age === 'all' && o.gender === 'all';
    case 'district': return o.age === 'all' && o.gender === 'all';
    case 'age': return o.district === 'city' && o.gender === 'all';
    case 'gender': return o.district === 'city' && o.age === 'all';
  }
};

/** Byte order, as the SQL's `COLLATE "C"` (ids, codes and bands are ASCII). */
const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const cellOf = (o: Pick<Observation, 'indicator' | 'district' | 'age' | 'gender'>): string[] => [o.indicator, o.district, o.age, o.gender];

/**
 * Per indicator, cell of the line and bucket (the month or year the period starts in): n, sum, min,
 * max and mean over the latest revision of each period, for the years asked; sorted by indicator,
 * gu, age band and gender in byte order, then bucket. Whatever was released counts (no as-of date).
 */
export const latestRollups = (observations: Iterable<Observation>, q: RollupGridQuery): RollupRow[] => {
  const from = q.from ?? 1000;
  const to = q.to ?? 9998;
  if (from > to) throw new RangeError(`years must run forward, got ${from}–${to}`);
  const [first, end] = [`${String(from).padStart(4, '0')}-01-01`, `${String(to + 1).padStart(4, '0')}-01-01`];
  const ids = q.indicators === undefined ? null : new Set(q.indicators);
  const inLine = inRollupLine(q.by);
  // The latest revision of each period of each cell (periods keyed by their start, as the SQL does).
  const latest = new Map<string, { o: Observation; start: string }>();
  for (const o of observations) {
    if ((ids !== null && !ids.has(o.indicator)) || !inLine(o)) continue;
    const start = periodStart(o.period);
    if (start < first || start >= end) continue;
    const key = [...cellOf(o), start].join('|');
    const held = latest.get(key);
    if (held === undefined || o.revision > held.o.revision) latest.set(key, { o, start });
  }
  const groups = new Map<string, RollupRow>();
  for (const { o, start } of latest.values()) {
    const bucket = q.grain === 'year' ? start.slice(0, 4) : start.slice(0, 7);
    const key = [...cellOf(o), bucket].join('|');
    const g = groups.get(key);
    if (g === undefined) {
      groups.set(key, { indicator: o.indicator, bucket, district: o.district, age: o.age, gender: o.gender, n: 1, sum: o.value, min: o.value, max: o.value, mean: 0 });
    } else {
      g.n += 1;
      g.sum += o.value;
      g.min = Math.min(g.min, o.value);
      g.max = Math.max(g.max, o.value);
    }
  }
  const rows = [...groups.values()].map((g) => ({ ...g, mean: g.sum / g.n }));
  const order = (a: RollupRow, b: RollupRow): number => {
    const [ka, kb] = [[...cellOf(a), a.bucket], [...cellOf(b), b.bucket]];
    for (let i = 0; i < ka.length; i++) {
      const c = byteOrder(ka[i] as string, kb[i] as string);
      if (c !== 0) return c;
    }
    return 0;
  };
  return rows.sort(order);
};
