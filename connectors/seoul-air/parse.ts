/**
 * @module connectors/seoul-air/parse
 * Vendor shape → records. A row whose station or time is unreadable becomes a reject; values arrive as
 * numbers, numeric strings, "" , "-" or null and are read as numbers or null (missing).
 */
import { z } from 'zod';
import { AIR_METRICS, type AirMetric } from '../../server/contracts/index.ts';
import type { ParseResult, RawPage, Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { classifyResult, readEnvelope, SERVICES } from './api.ts';
import { kstDigitsToEpoch } from './time.ts';

export interface AirRecord {
  period: '1h' | '24h';
  /** Station name as the source spells it. */
  station: string;
  /** KST digits: 12 or 14 for realtime (MSRDT), 8 for daily (MSRDT_DE). */
  measuredAt: string;
  values: Record<AirMetric, number | null>;
  /** Metrics whose cell held something that is not a number. */
  unreadable: AirMetric[];
  region: string | null;
  /** The simulator's original data date (SRC_DE), kept for the run log. */
  srcDate: string | null;
}

/** Source field for each metric. */
export const FIELD_OF: Readonly<Record<AirMetric, string>> = { pm10: 'PM10', pm25: 'PM25', o3: 'O3', no2: 'NO2', co: 'CO', so2: 'SO2' };

const CellSchema = z.union([z.number(), z.string(), z.null()]).optional();
const RowSchema = z.looseObject({
  MSRDT: z.union([z.string(), z.number()]).optional(),
  MSRDT_DE: z.union([z.string(), z.number()]).optional(),
  MSRSTE_NM: z.string().optional(),
  MSRRGN_NM: z.string().nullish(),
  SRC_DE: z.union([z.string(), z.number()]).nullish(),
  ...Object.fromEntries(AIR_METRICS.map((m) => [FIELD_OF[m], CellSchema])),
});

type Cell = z.infer<typeof CellSchema>;
type CellValue = { value: number | null; unreadable: boolean };

/** A number, or null for "", "-", null and absent; `unreadable` for anything else. */
export const readCell = (cell: Cell): CellValue => {
  if (cell === undefined || cell === null) return { value: null, unreadable: false };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, unreadable: false } : { value: null, unreadable: true };
  const s = cell.trim();
  if (s === '' || s === '-') return { value: null, unreadable: false };
  const n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) ? Number(s) : NaN;
  return Number.isFinite(n) ? { value: n, unreadable: false } : { value: null, unreadable: true };
};

const readValues = (row: Record<string, unknown>): Pick<AirRecord, 'values' | 'unreadable'> => {
  const values = {} as Record<AirMetric, number | null>;
  const unreadable: AirMetric[] = [];
  for (const m of AIR_METRICS) {
    const c = readCell(row[FIELD_OF[m]] as Cell);
    values[m] = c.value;
    if (c.unreadable) unreadable.push(m);
  }
  return { values, unreadable };
};

type RowOutcome = { record: AirRecord } | { reject: Reject };

const readRow = (raw: unknown, period: AirRecord['period']): RowOutcome => {
  const rawText = JSON.stringify(raw) ?? String(raw);
  const res = RowSchema.safeParse(raw);
  if (!res.success) return { reject: { reason: `row is not an object of the expected shape: ${res.error.issues[0]?.message ?? ''}`, raw: rawText } };
  const row = res.data;
  const station = row.MSRSTE_NM?.trim() ?? '';
  if (station === '') return { reject: { reason: 'row has no station name (MSRSTE_NM)', raw: rawText } };
  const field = period === '1h' ? 'MSRDT' : 'MSRDT_DE';
  const measuredAt = String(row[field] ?? '').trim();
  const lengthOk = period === '1h' ? measuredAt.length === 12 || measuredAt.length === 14 : measuredAt.length === 8;
  if (!lengthOk || kstDigitsToEpoch(measuredAt) === null) return { reject: { reason: `unreadable ${field} "${measuredAt}" for station ${station}`, raw: rawText } };
  const srcDate = row.SRC_DE === undefined || row.SRC_DE === null ? null : String(row.SRC_DE);
  return { record: { period, station, measuredAt, ...readValues(row), region: row.MSRRGN_NM ?? null, srcDate } };
};

/** Parses one page of RealtimeCityAir or DailyAverageAirQuality. */
export const parseSeoulAirPage = (page: RawPage): ParseResult<AirRecord> => {
  const env = readEnvelope(page.body);
  const kind = classifyResult(env.code);
  if (kind === 'empty') return { records: [], rejects: [] };
  if (kind !== 'ok') throw new ParseError(`the page carries result ${env.code} ${env.message}`);
  if (env.service === null) throw new ParseError('an INFO-000 page without a service body');
  const period = env.service === SERVICES.realtime ? '1h' : '24h';
  const records: AirRecord[] = [];
  const rejects: Reject[] = [];
  for (const raw of env.rows) {
    const out = readRow(raw, period);
    if ('record' in out) records.push(out.record);
    else rejects.push(out.reject);
  }
  return { records, rejects };
};
