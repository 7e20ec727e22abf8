/**
 * @module indicators/values/air
 * Monthly air indicators per gu and for the city from the daily means of Seoul's monitoring stations
 * (Seoul Open Data Plaza OA-2218, `seoul_daily_air_by_station_20180101_20220630.csv`). Each gu has one
 * urban-background station named after it; roadside and background stations are not used.
 *
 * - good-air-days: the share of days (%) whose daily PM2.5 mean was at most 15 µg/m³, the upper bound
 *   of the Korean "good" (좋음) band for PM2.5;
 * - pm25-mean, pm10-mean (µg/m³), no2-mean (ppm): the mean of the daily means.
 * The city's day is the mean of the gu stations that reported that day. A month counts only with
 * values on at least 75 % of its days (the usual completeness rule); otherwise it has no value.
 */
import { guByName } from '../../../connectors/_safety/gu.ts';
import type { AreaCode } from '../../contracts/indicator.ts';
import { columns, numberOrNull, readCsv, SourceFormatError } from './csv.ts';
import { cityOrGu, type ValueRow } from './value-row.ts';

export const GOOD_PM25 = 15;
export const MIN_COVERAGE = 0.75;

const COLUMNS = {
  date: '측정일시',
  station: '측정소명',
  no2: '이산화질소농도(ppm)',
  pm10: '미세먼지농도(㎍/㎥)',
  pm25: '초미세먼지농도(㎍/㎥)',
} as const;
type Pollutant = 'pm25' | 'pm10' | 'no2';
const POLLUTANTS: readonly Pollutant[] = ['pm25', 'pm10', 'no2'];

/** Daily values of one area: date → pollutant → value. */
type Days = Map<string, Partial<Record<Pollutant, number>>>;

const daysInMonth = (month: string): number => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/** The gu stations' daily values, by gu code. */
export const readDailyByGu = (text: string): Map<string, Days> => {
  const { header, rows } = readCsv(text);
  const col = columns(header, COLUMNS, 'daily air');
  const byGu = new Map<string, Days>();
  for (const { line, fields } of rows) {
    const gu = guByName(fields[col.station] ?? '');
    if (!gu) continue;
    const raw = (fields[col.date] ?? '').trim();
    if (!/^\d{8}$/.test(raw)) throw new SourceFormatError(`daily air line ${line}: bad date ${JSON.stringify(raw)}`);
    const date = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
    const day: Partial<Record<Pollutant, number>> = {};
    for (const p of POLLUTANTS) {
      const v = numberOrNull(fields[col[p]], `daily air line ${line}`);
      if (v !== null && v >= 0) day[p] = v;
    }
    const days = byGu.get(gu.code) ?? new Map();
    days.set(date, day);
    byGu.set(gu.code, days);
  }
  return byGu;
};

/** The city's day: the mean over the gu that reported each pollutant that day. */
export const cityDays = (byGu: ReadonlyMap<string, Days>): Days => {
  const sums = new Map<string, Record<Pollutant, [number, number]>>();
  for (const days of byGu.values()) {
    for (const [date, day] of days) {
      const s = sums.get(date) ?? { pm25: [0, 0], pm10: [0, 0], no2: [0, 0] };
      for (const p of POLLUTANTS) {
        const v = day[p];
        if (v !== undefined) s[p] = [s[p][0] + v, s[p][1] + 1];
      }
      sums.set(date, s);
    }
  }
  const out: Days = new Map();
  for (const [date, s] of sums) {
    const day: Partial<Record<Pollutant, number>> = {};
    for (const p of POLLUTANTS) if (s[p][1] > 0) day[p] = s[p][0] / s[p][1];
    out.set(date, day);
  }
  return out;
};

/** The monthly rows of one area. */
export const monthlyAirRows = (district: AreaCode, days: Days): ValueRow[] => {
  const months = new Map<string, Record<Pollutant, number[]>>();
  for (const [date, day] of days) {
    const m = months.get(date.slice(0, 7)) ?? { pm25: [], pm10: [], no2: [] };
    for (const p of POLLUTANTS) if (day[p] !== undefined) m[p].push(day[p]);
    months.set(date.slice(0, 7), m);
  }
  const rows: ValueRow[] = [];
  for (const [month, m] of [...months].sort(([a], [b]) => a.localeCompare(b))) {
    const enough = (xs: readonly number[]): boolean => xs.length >= MIN_COVERAGE * daysInMonth(month);
    const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    if (enough(m.pm25)) {
      rows.push(cityOrGu('good-air-days', month, district, (100 * m.pm25.filter((v) => v <= GOOD_PM25).length) / m.pm25.length));
      rows.push(cityOrGu('pm25-mean', month, district, mean(m.pm25)));
    }
    if (enough(m.pm10)) rows.push(cityOrGu('pm10-mean', month, district, mean(m.pm10)));
    if (enough(m.no2)) rows.push(cityOrGu('no2-mean', month, district, mean(m.no2)));
  }
  return rows;
};

export const airRows = (text: string): ValueRow[] => {
  const byGu = readDailyByGu(text);
  return [...monthlyAirRows('city', cityDays(byGu)), ...[...byGu].flatMap(([gu, days]) => monthlyAirRows(gu, days))];
};
