/**
 * @module indicators/values/subway
 * subway-ridership: the mean daily boardings (승차총승객수) over the days of each month in
 * `seoul_subway_daily_by_station_20250501_20250528.csv` (Seoul Open Data Plaza OA-12914, transit-card
 * data), city only. The file lists every station of the lines Seoul reports, some of them outside
 * Seoul; it covers 1–28 May 2025, so May is the mean of 28 days.
 */
import { columns, numberAt, readCsv, SourceFormatError } from './csv.ts';
import { cityOrGu, type ValueRow } from './value-row.ts';

export const subwayRows = (text: string): ValueRow[] => {
  const { header, rows } = readCsv(text);
  const col = columns(header, { date: '사용일자', boardings: '승차총승객수' }, 'subway');
  const byDay = new Map<string, number>();
  for (const { line, fields } of rows) {
    const date = (fields[col.date] ?? '').trim();
    if (!/^\d{8}$/.test(date)) throw new SourceFormatError(`subway line ${line}: bad date ${JSON.stringify(date)}`);
    byDay.set(date, (byDay.get(date) ?? 0) + numberAt(fields[col.boardings], `subway line ${line}`));
  }
  const byMonth = new Map<string, number[]>();
  for (const [date, n] of byDay) {
    const month = `${date.slice(0, 4)}-${date.slice(4, 6)}`;
    byMonth.set(month, [...(byMonth.get(month) ?? []), n]);
  }
  return [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, days]) => cityOrGu('subway-ridership', month, 'city', days.reduce((a, b) => a + b, 0) / days.length));
};
