/**
 * @module scripts/bench/ingest-data
 * The benchmark's data: a generated CSV in Seoul's daily-by-station layout, and the exact readings the
 * platform must store from it (found by running the real connector over the simulator once, untimed).
 */
import { join } from 'node:path';
import { pino } from 'pino';
import { RecordingPublisher } from '../../connectors/_kit/publisher.ts';
import { runConnector } from '../../connectors/_kit/runner.ts';
import { seoulAir } from '../../connectors/seoul-air/index.ts';
import { readingsOf, type ReadingRow } from '../../server/ingest/readings-of.ts';
import { generateAirCsv } from '../simulator/generate.ts';
import { createAirSimulator } from '../simulator/simulator.ts';

export const STATIONS_PER_DAY = 51;

export interface BenchData {
  file: string;
  rows: ReadingRow[];
  days: string[];
  checksum: Checksum;
}

export interface Checksum {
  n: number;
  values: number;
  sum: number;
}

export function checksumOf(rows: readonly ReadingRow[]): Checksum {
  let values = 0;
  let sum = 0;
  for (const r of rows) {
    if (r.value === null) continue;
    values++;
    sum += r.value;
  }
  return { n: rows.length, values, sum };
}

const yyyymmdd = (ms: number): string => new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');

export async function prepareData(dir: string, readings: number): Promise<BenchData> {
  const stationDays = Math.ceil(readings / 6);
  const dayCount = Math.ceil(stationDays / STATIONS_PER_DAY);
  const startDate = yyyymmdd(Date.now() - (dayCount + 1) * 86_400_000);
  const file = join(dir, 'bench-air.csv');
  await generateAirCsv({ file, rows: stationDays, seed: 20261127, startDate, blankRate: 0.02 });
  const sim = await createAirSimulator({ file, speedup: 1 });
  const days = sim.dataset.dates;
  const publisher = new RecordingPublisher();
  await runConnector(seoulAir, {
    publisher,
    log: pino({ level: 'silent' }),
    now: Date.now,
    fetch: (input, init) => sim.handler(new Request(input, init)),
    config: { SEOUL_OPENAPI_KEY: 'bench', SEOUL_AIR_BASE_URL: 'http://simulator.invalid' },
    runId: 'bench-prepare',
    params: { mode: 'daily', from: days[0], to: days.at(-1) },
  });
  const { rows, rejections } = readingsOf(publisher.events());
  if (rejections.length > 0) throw new Error(`generated data has ${rejections.length} rejected events`);
  return { file, rows, days, checksum: checksumOf(rows) };
}
