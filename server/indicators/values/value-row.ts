/**
 * @module indicators/values/value-row
 * What a source builder computes: one value of one indicator for one period and cell. The release
 * date, revision and provenance flag are added when the rows become observations (real.ts).
 */
import type { Age, AreaCode, Gender } from '../../contracts/indicator.ts';

export interface ValueRow {
  indicator: string;
  period: string;
  district: AreaCode;
  age: Age;
  gender: Gender;
  value: number;
}

/** A row for the whole of a cell's age and gender (the common case). */
export const cityOrGu = (indicator: string, period: string, district: AreaCode, value: number): ValueRow => ({
  indicator,
  period,
  district,
  age: 'all',
  gender: 'all',
  value,
});

/** Resident counts per gu (and `city`), the denominators of per-resident rates. */
export type Residents = ReadonlyMap<AreaCode, number>;

/** value / residents × per, or an error naming the cell when the count is missing. */
export const perResidents = (value: number, residents: Residents, district: AreaCode, per: number): number => {
  const n = residents.get(district);
  if (n === undefined || n <= 0) throw new RangeError(`no resident count for ${district}`);
  return (value * per) / n;
};
