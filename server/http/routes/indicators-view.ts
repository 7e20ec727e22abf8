/**
 * @module http/routes/indicators-view
 * What the indicator routes serve, as pure functions: the checks of a request against an indicator's
 * dimensions and frequency, the public view (small-cell suppression over the indicator's whole cube
 * of the periods served, so a value withheld in one answer is withheld in every other), and CSV.
 */
import type { Age, AreaCode, Dimension, Gender, Indicator, KnownObservation, Observation, Suppression } from '../../contracts/indicator.ts';
import { observationKey } from '../../indicators/known.ts';
import { frequencyOf } from '../../indicators/period.ts';
import { suppressSmallCells } from '../../indicators/suppress.ts';
import { invalidRequest } from '../problem.ts';
import type { ServedValue } from './indicators-api.ts';

/** Counts 0 < v < k are withheld from the public (see server/indicators/suppress.ts). */
export const SMALL_CELL_K = 5;

/** A cell of the request outside the indicator's breakdown: a 400 naming the parameter. */
export const checkCell = (ind: Indicator, cell: { district: AreaCode; age: Age; gender: Gender }): void => {
  const bad = (path: string, message: string) => invalidRequest([{ path: [path], message }], 'query');
  if (cell.district !== 'city' && !ind.dimensions.includes('district')) throw bad('district', `${ind.id} is not broken down by gu`);
  if (cell.gender !== 'all' && !ind.dimensions.includes('gender')) throw bad('gender', `${ind.id} is not broken down by gender`);
  if (cell.age !== 'all') {
    if (!ind.dimensions.includes('age')) throw bad('age', `${ind.id} is not broken down by age`);
    if (ind.ageBands !== undefined && !ind.ageBands.includes(cell.age)) throw bad('age', `${ind.id} has the bands ${ind.ageBands.join(', ')}`);
  }
};

export const checkDrilldown = (ind: Indicator, period: string, by: Dimension): void => {
  if (!ind.dimensions.includes(by)) throw invalidRequest([{ path: ['by'], message: `${ind.id} is broken down by ${ind.dimensions.join(', ') || 'nothing'}` }], 'query');
  if (frequencyOf(period) !== ind.frequency) throw invalidRequest([{ path: ['period'], message: `${ind.id} is ${ind.frequency}` }], 'query');
};

const exact = (o: KnownObservation): ServedValue => ({ ...o, suppressed: null });

/**
 * The public view of some values of a count indicator: the suppression marks of `cube` (every cell
 * of the periods served, as known on the same date) applied to them. A withheld value loses its
 * value and the value it replaced; a small replaced value is not shown either.
 */
export const publicValues = (values: readonly KnownObservation[], cube: readonly Observation[], k: number): ServedValue[] => {
  const marks = new Map<string, Suppression | null>();
  for (const p of suppressSmallCells(cube, { k, isCount: () => true })) marks.set(observationKey(p), p.suppressed);
  return values.map((o) => {
    const s = marks.get(observationKey(o)) ?? (o.value > 0 && o.value < k ? 'primary' : null);
    const smallBefore = o.revisedFrom !== null && o.revisedFrom > 0 && o.revisedFrom < k;
    return { ...o, value: s === null ? o.value : null, revisedFrom: s !== null || smallBefore ? null : o.revisedFrom, suppressed: s };
  });
};

export const exactValues = (values: readonly KnownObservation[]): ServedValue[] => values.map(exact);

const CSV_COLUMNS = ['indicator', 'period', 'district', 'age', 'gender', 'value', 'released', 'revision', 'synthetic', 'revised_from', 'suppressed'] as const;

const field = (v: string | number | boolean | null): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** RFC 4180 CSV with a header line; an empty field for a withheld or absent value. */
export const seriesCsv = (values: readonly ServedValue[]): string =>
  [CSV_COLUMNS.join(','), ...values.map((v) =>
    [v.indicator, v.period, v.district, v.age, v.gender, v.value, v.released, v.revision, v.synthetic, v.revisedFrom, v.suppressed].map(field).join(','))]
    .join('\r\n') + '\r\n';
