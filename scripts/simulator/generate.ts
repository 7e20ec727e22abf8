/**
 * @module scripts/simulator/generate
 * Writes a synthetic CSV in the OA-2218 daily-by-station layout, for load tests: a seeded PRNG, a level per
 * station, a seasonal cycle, day-to-day noise and some blank cells. N rows carry N × 6 readings.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { STATIONS } from '../../connectors/seoul-air/stations.ts';
import { CSV_HEADER } from './csv.ts';
import { prng } from '../../db/reference/prng.ts';

export { prng };

export interface GenerateOptions {
  /** Data rows to write (one station on one day each). */
  rows: number;
  seed: number;
  /** Station names, one row each per day (default: the 51 Seoul stations). */
  stations?: readonly string[];
  /** First date, YYYYMMDD or YYYY-MM-DD (default 20180101). */
  startDate?: string;
  /** Share of blank cells (default 0.02). */
  blankRate?: number;
}

/** Typical Seoul levels: [mean, winter swing (+) or summer swing (−), decimals]. */
const PROFILE = [
  { mean: 0.028, season: 0.35, digits: 3 }, // NO2 ppm
  { mean: 0.024, season: -0.45, digits: 3 }, // O3 ppm (higher in summer)
  { mean: 0.45, season: 0.3, digits: 1 }, // CO ppm
  { mean: 0.0035, season: 0.25, digits: 3 }, // SO2 ppm
  { mean: 42, season: 0.4, digits: 0 }, // PM10 µg/m³
  { mean: 23, season: 0.45, digits: 0 }, // PM2.5 µg/m³
] as const;

const addDays = (yyyymmdd: string, days: number): string => {
  const d = new Date(Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)) + days));
  return d.toISOString().slice(0, 10).replaceAll('-', '');
};

/** The CSV lines (header first), lazily. */
export function* generateAirLines(o: GenerateOptions): Generator<string> {
  const rand = prng(o.seed);
  const stations = o.stations ?? STATIONS.map((s) => s.name);
  if (stations.length === 0) throw new RangeError('at least one station is needed');
  const start = (o.startDate ?? '20180101').replaceAll('-', '');
  const blank = o.blankRate ?? 0.02;
  const level = stations.map(() => 0.75 + rand() * 0.5);
  let daily = PROFILE.map(() => 1);
  yield CSV_HEADER.join(',');
  for (let i = 0; i < o.rows; i++) {
    const day = Math.floor(i / stations.length);
    const s = i % stations.length;
    const date = addDays(start, day);
    if (s === 0) daily = PROFILE.map(() => Math.exp((rand() - 0.5) * 0.9));
    const month = Number(date.slice(4, 6));
    const winter = Math.cos(((month - 1) / 12) * 2 * Math.PI);
    const cells = PROFILE.map((p, k) => {
      if (rand() < blank) return '';
      const v = p.mean * (1 + p.season * winter) * (level[s] as number) * (daily[k] as number) * (0.85 + rand() * 0.3);
      return Math.max(0, v).toFixed(p.digits).replace(/\.?0+$/, (m) => (m.startsWith('.') ? '' : m)) || '0';
    });
    yield `${date},${stations[s]},${cells.join(',')}`;
  }
}

export interface GenerateResult {
  file: string;
  rows: number;
  readings: number;
  days: number;
}

/** Writes the CSV to `file`. */
export const generateAirCsv = async (o: GenerateOptions & { file: string }): Promise<GenerateResult> => {
  const out = createWriteStream(o.file, { encoding: 'utf8' });
  let chunk: string[] = [];
  for (const line of generateAirLines(o)) {
    chunk.push(line);
    if (chunk.length >= 5000) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end(chunk.length ? chunk.join('\n') + '\n' : '');
  await once(out, 'finish');
  const perDay = (o.stations ?? STATIONS).length;
  return { file: o.file, rows: o.rows, readings: o.rows * 6, days: Math.ceil(o.rows / perDay) };
};
