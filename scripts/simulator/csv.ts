/**
 * @module scripts/simulator/csv
 * Streams a daily-by-station air CSV (the OA-2218 layout) and indexes its rows by date.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export const CSV_HEADER = [
  '측정일시', '측정소명', '이산화질소농도(ppm)', '오존농도(ppm)', '일산화탄소농도(ppm)', '아황산가스농도(ppm)', '미세먼지농도(㎍/㎥)', '초미세먼지농도(㎍/㎥)',
] as const;

/** Value columns in file order. */
export const CSV_METRICS = ['no2', 'o3', 'co', 'so2', 'pm10', 'pm25'] as const;
export type CsvMetric = (typeof CSV_METRICS)[number];

export interface CsvRow {
  date: string;
  station: string;
  /** In CSV_METRICS order; null where the cell was blank. */
  values: (number | null)[];
}

export interface AirDataset {
  /** Distinct dates (YYYYMMDD), ascending. */
  dates: string[];
  byDate: Map<string, CsvRow[]>;
  rows: number;
}

export class CsvFormatError extends Error {
  override name = 'CsvFormatError';
}

const cell = (s: string, line: number): number | null => {
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new CsvFormatError(`line ${line}: not a number: ${JSON.stringify(s)}`);
  return n;
};

export const parseCsvLine = (text: string, line: number): CsvRow => {
  const f = text.split(',');
  if (f.length !== CSV_HEADER.length) throw new CsvFormatError(`line ${line}: expected ${CSV_HEADER.length} fields, got ${f.length}`);
  const [date = '', station = ''] = f;
  if (!/^\d{8}$/.test(date)) throw new CsvFormatError(`line ${line}: bad date ${JSON.stringify(date)}`);
  if (station.trim() === '') throw new CsvFormatError(`line ${line}: empty station name`);
  return { date, station, values: f.slice(2).map((s) => cell(s.trim(), line)) };
};

export const checkHeader = (text: string): void => {
  const got = text.replace(/^\uFEFF/, '').trim().split(',');
  if (got.join(',') !== CSV_HEADER.join(',')) throw new CsvFormatError(`unexpected header: ${text.slice(0, 200)}`);
};

/** Reads the file line by line; rows of one date need not be adjacent. */
export const loadAirCsv = async (file: string): Promise<AirDataset> => {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const byDate = new Map<string, CsvRow[]>();
  let lineNo = 0;
  let rows = 0;
  for await (const raw of rl) {
    lineNo++;
    const text = raw.replace(/\r$/, '');
    if (lineNo === 1) {
      checkHeader(text);
      continue;
    }
    if (text.trim() === '') continue;
    const row = parseCsvLine(text, lineNo);
    const list = byDate.get(row.date);
    if (list) list.push(row);
    else byDate.set(row.date, [row]);
    rows++;
  }
  if (rows === 0) throw new CsvFormatError(`${file}: no data rows`);
  return { dates: [...byDate.keys()].sort(), byDate, rows };
};
