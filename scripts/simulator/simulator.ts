/**
 * @module scripts/simulator/simulator
 * The source-system simulator: serves the Seoul Open API air endpoints from any OA-2218-style CSV.
 * `RealtimeCityAir` replays one data day per 86400/S seconds, rebased to the wall clock so the platform
 * sees it as live; `DailyAverageAirQuality/{start}/{end}/{date}` serves the file's rows for that date.
 * Any key works except the literal `INVALID` (INFO-100).
 */
import { epochToKstDigits } from '../../connectors/seoul-air/time.ts';
import { loadAirCsv, type AirDataset, type CsvRow } from './csv.ts';
import { listen, type Listening } from './http-adapter.ts';
import { createReplayClock, type ReplayStep } from './replay-clock.ts';
import { dailyRow, listBody, realtimeRow, regionOf, resultBody } from './responses.ts';

export interface AirSimulatorOptions {
  file: string;
  speedup: number;
  startDate?: string;
  now?: () => number;
}

export interface AirSimulator {
  handler(req: Request): Promise<Response>;
  listen(port: number, host?: string): Promise<Listening>;
  /** The replay position now. */
  current(): ReplayStep;
  dataset: AirDataset;
}

const MAX_ROWS = 1000;

const json = (body: object, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

type Paged = { rows: CsvRow[]; start: number; end: number } | { error: string };

const page = (rows: CsvRow[], startText: string, endText: string): Paged => {
  if (!/^\d+$/.test(startText) || !/^\d+$/.test(endText)) return { error: 'ERROR-333' };
  const start = Number(startText);
  const end = Number(endText);
  if (start < 1) return { error: 'ERROR-331' };
  if (end < start) return { error: 'ERROR-332' };
  if (end - start + 1 > MAX_ROWS) return { error: 'ERROR-336' };
  return { rows, start, end };
};

const respond = (service: string, p: Paged, toRow: (r: CsvRow) => object): Response => {
  if ('error' in p) return json(resultBody(p.error));
  const slice = p.rows.slice(p.start - 1, p.end);
  if (slice.length === 0) return json(resultBody('INFO-200'));
  return json(listBody(service, p.rows.length, slice.map(toRow)));
};

export const createAirSimulator = async (o: AirSimulatorOptions): Promise<AirSimulator> => {
  const now = o.now ?? Date.now;
  const dataset = await loadAirCsv(o.file);
  const clock = createReplayClock({ dates: dataset.dates, speedup: o.speedup, startedAt: now(), startDate: o.startDate });

  const realtime = (start: string, end: string, filters: string[]): Response => {
    const step = clock(now());
    const msrdt = epochToKstDigits(step.stepStart, step.stepMs < 60_000 ? 14 : 12);
    const [region, station] = filters;
    const rows = (dataset.byDate.get(step.date) ?? []).filter(
      (r) => (!region || regionOf(r.station) === region) && (!station || r.station === station),
    );
    return respond('RealtimeCityAir', page(rows, start, end), (r) => realtimeRow(r, msrdt));
  };

  const daily = (start: string, end: string, date: string | undefined): Response => {
    if (!date || !/^\d{8}$/.test(date)) return json(resultBody('ERROR-300'));
    return respond('DailyAverageAirQuality', page(dataset.byDate.get(date) ?? [], start, end), dailyRow);
  };

  const handler = async (req: Request): Promise<Response> => {
    const parts = new URL(req.url).pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const [key, type, service, start = '', end = '', ...rest] = parts;
    if (req.method !== 'GET' || !key || !type || !service) return new Response('not found', { status: 404 });
    if (key === 'INVALID') return json(resultBody('INFO-100'));
    if (type !== 'json') return json(resultBody('ERROR-301'));
    if (service === 'RealtimeCityAir') return realtime(start, end, rest);
    if (service === 'DailyAverageAirQuality') return daily(start, end, rest[0]);
    return json(resultBody('ERROR-310'));
  };

  return { handler, listen: (port, host = '127.0.0.1') => listen(handler, port, host), current: () => clock(now()), dataset };
};
