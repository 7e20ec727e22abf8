/**
 * @module indicators/values/fire-dispatch
 * Monthly fire-response indicators per gu and for the city from the individual fires of
 * `seoul_fire_dispatch_incidents_2021_jan_nov.csv` (2021-01 … 2021-11, 805 fires):
 * - fire-arrival-7min: the share (%) of fires whose travel time (출동소요시간) was at most 420 s, the
 *   same rule as the incident KPIs (server/actors/incident/kpi.ts);
 * - fire-travel-median: the median travel time in seconds.
 * Every travel time in this file is at least 420 s (the file appears to hold the fires that missed
 * the target), so the real share is close to zero: only fires at exactly 420 s count. The value is
 * kept as it is. Months are those of the fire's local (KST) date; a gu-month without fires has no value.
 */
import { guByName } from '../../../connectors/_safety/gu.ts';
import type { AreaCode } from '../../contracts/indicator.ts';
import { columns, numberAt, readCsv, SourceFormatError } from './csv.ts';
import { cityOrGu, type ValueRow } from './value-row.ts';

export const GOLDEN_TIME_S = 420;

const COLUMNS = { travel: '출동소요시간', gu: '시군구명', at: '화재발생일시' } as const;

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const fireDispatchRows = (text: string): ValueRow[] => {
  const { header, rows } = readCsv(text);
  const col = columns(header, COLUMNS, 'fire dispatch');
  const cells = new Map<string, number[]>();
  const add = (district: AreaCode, month: string, s: number): void => {
    const key = `${district}|${month}`;
    cells.set(key, [...(cells.get(key) ?? []), s]);
  };
  for (const { line, fields } of rows) {
    const where = `fire dispatch line ${line}`;
    const gu = guByName(fields[col.gu] ?? '');
    if (!gu) throw new SourceFormatError(`${where}: unknown gu ${JSON.stringify(fields[col.gu])}`);
    const at = /^(\d{4})-(\d{2})-\d{2} /.exec(fields[col.at] ?? '');
    if (!at) throw new SourceFormatError(`${where}: bad time ${JSON.stringify(fields[col.at])}`);
    const travel = numberAt(fields[col.travel], where);
    const month = `${at[1]}-${at[2]}`;
    add(gu.code, month, travel);
    add('city', month, travel);
  }
  const out: ValueRow[] = [];
  for (const [key, travel] of [...cells].sort(([a], [b]) => a.localeCompare(b))) {
    const [district = '', month = ''] = key.split('|');
    out.push(cityOrGu('fire-arrival-7min', month, district, (100 * travel.filter((s) => s <= GOLDEN_TIME_S).length) / travel.length));
    out.push(cityOrGu('fire-travel-median', month, district, median(travel)));
  }
  return out;
};
