/**
 * @module http/routes/indicators-rollups
 * What GET /api/v1/indicators/rollups serves, as pure functions: the years asked (defaults, order,
 * span), the indicators asked (every unknown one named in one 400), which of them are served and
 * which withheld, and the rows with each bucket's value by how the indicator adds up over time.
 *
 * Counts are withheld whole from those who do not see small cells: a rollup cannot be suppressed
 * consistently (a year's sum less the published months gives a withheld month back), while the
 * series and drill-down routes suppress over the indicator's whole cube.
 */
import { INDICATOR_AGE_BANDS, type Dimension, type Indicator } from '../../contracts/indicator.ts';
import { DEFAULT_ROLLUP_YEARS, MAX_ROLLUP_YEARS, type IndicatorRollupRow, type WithheldIndicator } from '../../contracts/indicator-rollups.ts';
import { bucketValue, type RollupRow } from '../../store/indicators.ts';
import { invalidRequest } from '../problem.ts';

/**
 * `from`–`to` with the defaults: `to` the last whole year (the one before `thisYear`), `from`
 * DEFAULT_ROLLUP_YEARS − 1 before `to`. A 400 naming the parameter when they run backwards or span
 * more than MAX_ROLLUP_YEARS.
 */
export const rollupYears = (q: { from?: number | undefined; to?: number | undefined }, thisYear: number): { from: number; to: number } => {
  const to = q.to ?? thisYear - 1;
  const from = q.from ?? to - (DEFAULT_ROLLUP_YEARS - 1);
  if (from > to) throw invalidRequest([{ path: ['from'], message: `must not be after \`to\` (${to}${q.to === undefined ? ', the last whole year: give `to` for this one' : ''})` }], 'query');
  if (to - from + 1 > MAX_ROLLUP_YEARS) throw invalidRequest([{ path: ['from'], message: `at most ${MAX_ROLLUP_YEARS} years per request (${from}–${to} is ${to - from + 1})` }], 'query');
  return { from, to };
};

/** The indicators of the ids asked, in byte order; a 400 naming every id the catalogue does not have. */
export const indicatorsAsked = (index: ReadonlyMap<string, Indicator>, ids: readonly string[]): Indicator[] => {
  const unknown = ids.filter((id) => !index.has(id));
  if (unknown.length > 0) throw invalidRequest([{ path: ['indicator'], message: `unknown indicator ${unknown.join(', ')} (see /api/v1/indicators)` }], 'query');
  return [...new Set(ids)].sort().map((id) => index.get(id) as Indicator);
};

export const COUNTS_WITHHELD = (id: string): string =>
  `counts are published with small-cell suppression: read /api/v1/indicators/${id}/series or /api/v1/indicators/${id}/drilldown`;

/**
 * Which indicators the answer carries: not those without the line's dimension, nor counts for those
 * who do not see small cells (`exactCounts` false). The others are exact for everyone.
 */
export const rollupScope = (asked: readonly Indicator[], by: Dimension | undefined, exactCounts: boolean): { served: Indicator[]; withheld: WithheldIndicator[] } => {
  const served: Indicator[] = [];
  const withheld: WithheldIndicator[] = [];
  for (const ind of asked) {
    if (by !== undefined && !ind.dimensions.includes(by)) withheld.push({ indicator: ind.id, reason: `not broken down by ${by}` });
    else if (ind.measure === 'count' && !exactCounts) withheld.push({ indicator: ind.id, reason: COUNTS_WITHHELD(ind.id) });
    else served.push(ind);
  }
  return { served, withheld };
};

/** The rows of the served indicators (nothing else the store may hold), each with its value (flows summed, the rest averaged). */
export const servedRollupRows = (rows: readonly RollupRow[], served: readonly Indicator[]): IndicatorRollupRow[] => {
  const overTime = new Map(served.map((i) => [i.id, i.overTime]));
  return rows.flatMap((r) => {
    const o = overTime.get(r.indicator);
    return o === undefined ? [] : [{ ...r, value: bucketValue(r, o) }];
  });
};

/** Rows one answer may hold: every indicator broken down by gu, by month over 5 years, is about 80,000. */
export const MAX_ROLLUP_ROWS = 100_000;

/** Cells of a line at most: the total and each gu (25), age band or gender. */
const lineCells = (ind: Indicator, by: Dimension | undefined): number =>
  by === undefined ? 1 : by === 'district' ? 26 : by === 'age' ? (ind.ageBands?.length ?? INDICATOR_AGE_BANDS.length) + 1 : 3;

/**
 * The most rows the answer could hold (every cell of the line in every bucket, whatever the
 * indicator's frequency); a 400 saying how to narrow the question when that is over MAX_ROLLUP_ROWS.
 */
export const checkRollupSize = (served: readonly Indicator[], q: { grain: 'month' | 'year'; by?: Dimension | undefined }, years: { from: number; to: number }): number => {
  const buckets = (years.to - years.from + 1) * (q.grain === 'month' ? 12 : 1);
  const rows = served.reduce((n, ind) => n + lineCells(ind, q.by) * buckets, 0);
  if (rows > MAX_ROLLUP_ROWS) {
    throw invalidRequest([{ path: ['indicator'], message: `the answer could hold ${rows.toLocaleString('en-US')} rows (at most ${MAX_ROLLUP_ROWS.toLocaleString('en-US')}): ask for fewer indicators or years, or by year` }], 'query');
  }
  return rows;
};
