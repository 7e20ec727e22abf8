/**
 * @module indicators/values/bike
 * public-bike-rentals: Ttareungyi rentals per month, city only, summed from the hourly counts of the
 * UCI "Seoul Bike Sharing Demand" data (`seoul_bike_hourly_demand_uci_20171201_20181031.csv`,
 * CC BY 4.0; dates D/M/YYYY). Hours of non-functioning days count zero in the source and add nothing.
 */
import { columns, numberAt, readCsv, SourceFormatError } from './csv.ts';
import { cityOrGu, type ValueRow } from './value-row.ts';

export const bikeRows = (text: string): ValueRow[] => {
  const { header, rows } = readCsv(text);
  const col = columns(header, { date: 'Date', count: 'Rented Bike Count' }, 'bike');
  const byMonth = new Map<string, number>();
  for (const { line, fields } of rows) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((fields[col.date] ?? '').trim());
    if (!m) throw new SourceFormatError(`bike line ${line}: bad date ${JSON.stringify(fields[col.date])}`);
    const month = `${m[3]}-${(m[2] as string).padStart(2, '0')}`;
    byMonth.set(month, (byMonth.get(month) ?? 0) + numberAt(fields[col.count], `bike line ${line}`));
  }
  return [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, n]) => cityOrGu('public-bike-rentals', month, 'city', n));
};
