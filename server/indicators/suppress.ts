/**
 * @module indicators/suppress
 * Small-cell suppression for the public side. Counts of people or events below a threshold k could
 * single someone out, so they are withheld (primary suppression). A withheld cell must not be
 * recoverable from the published totals: every "line" — the cells that differ in one dimension only,
 * plus that line's total (the cell whose coordinate there is `city` or `all`) — must have either no
 * withheld member or at least two. Where a line has exactly one, one more member is withheld
 * (complementary suppression: the smallest published part, else the total), until no line has one.
 *
 * This stops derivation by single subtraction (total − the other parts, or the sum of the parts for
 * a withheld total). It does not solve the general linear-programming problem of attacks that
 * combine several lines; cubes on the public side are small and coarse enough for this rule.
 * Only indicators whose measure is `count` are suppressed; zero cells are published.
 */
import type { Observation, PublicObservation, Suppression } from '../contracts/indicator.ts';

export interface SuppressOptions {
  /** Cells with 0 < value < k are withheld. */
  k: number;
  /** Whether an indicator counts people or events (catalogue measure `count`). */
  isCount: (indicator: string) => boolean;
}

const DIMS = ['district', 'age', 'gender'] as const;
const TOTAL = { district: 'city', age: 'all', gender: 'all' } as const;

interface Line {
  total: number;
  parts: number[];
}

const coordsKey = (o: Observation, dim: (typeof DIMS)[number] | null): string =>
  `${o.indicator}|${o.period}|${DIMS.map((d) => (d === dim ? TOTAL[d] : o[d])).join('|')}`;

/** The lines of one set of cells: indexes into `cells`, only lines whose total is present. */
export const linesOf = (cells: readonly Observation[]): Line[] => {
  const at = new Map(cells.map((o, i) => [coordsKey(o, null), i]));
  const lines = new Map<string, Line>();
  cells.forEach((o, i) => {
    for (const dim of DIMS) {
      if (o[dim] === TOTAL[dim]) continue;
      const totalKey = coordsKey(o, dim);
      const total = at.get(totalKey);
      if (total === undefined) continue;
      const id = `${dim}|${totalKey}`;
      const line = lines.get(id) ?? { total, parts: [] };
      line.parts.push(i);
      lines.set(id, line);
    }
  });
  return [...lines.values()];
};

/** Adds complementary suppressions to `marks` until no line has exactly one withheld member. */
const complete = (cells: readonly Observation[], lines: readonly Line[], marks: (Suppression | null)[]): void => {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const members = [line.total, ...line.parts];
      if (members.filter((i) => marks[i] !== null).length !== 1) continue;
      const open = line.parts.filter((i) => marks[i] === null).sort((a, b) => (cells[a] as Observation).value - (cells[b] as Observation).value || a - b);
      const pick = open[0] ?? line.total;
      marks[pick] = 'complementary';
      changed = true;
    }
  }
};

/**
 * Suppresses one release of values (e.g. everything known on a date). Cells are grouped by
 * indicator and period; the result keeps the input's order.
 */
export const suppressSmallCells = (observations: readonly Observation[], options: SuppressOptions): PublicObservation[] => {
  if (!(options.k >= 1)) throw new RangeError(`k must be at least 1, got ${options.k}`);
  const marks: (Suppression | null)[] = observations.map((o) => (options.isCount(o.indicator) && o.value > 0 && o.value < options.k ? 'primary' : null));
  const groups = new Map<string, number[]>();
  observations.forEach((o, i) => {
    if (!options.isCount(o.indicator)) return;
    const g = `${o.indicator}|${o.period}`;
    const list = groups.get(g) ?? [];
    list.push(i);
    groups.set(g, list);
  });
  for (const idx of groups.values()) {
    if (!idx.some((i) => marks[i] !== null)) continue;
    const cells = idx.map((i) => observations[i] as Observation);
    const local = idx.map((i) => marks[i] ?? null);
    complete(cells, linesOf(cells), local);
    idx.forEach((i, j) => (marks[i] = local[j] ?? null));
  }
  return observations.map((o, i) => {
    const s = marks[i] ?? null;
    return { ...o, value: s === null ? o.value : null, suppressed: s };
  });
};
