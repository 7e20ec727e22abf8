/**
 * @module server/store/readings-copy
 * Pure: serializes readings straight into COPY text (no per-row arrays) and collects the months
 * they fall in, so that the writer can make sure their partitions exist.
 */
import { escapeCopyText } from '../../db/copy-text.ts';
import type { MonthIndex } from '../../db/storage/partitions.ts';

export type ReadingQuality = 'ok' | 'missing' | 'suspect';

export interface ReadingRow {
  time: Date;
  source: string;
  entity: string;
  district: string | null;
  metric: string;
  value: number | null;
  quality: ReadingQuality;
}

export const READING_COLUMNS = ['time', 'source', 'entity', 'district', 'metric', 'value', 'quality'] as const;

export class ReadingRowError extends Error {
  override readonly name = 'ReadingRowError';
}

const CHUNK_CHARS = 1 << 20;
const DISTRICT = /^\d{5}$/;

const fail = (i: number, what: string): never => {
  throw new ReadingRowError(`reading #${i}: ${what}`);
};

const checkRow = (r: ReadingRow, i: number): void => {
  if (!(r.time instanceof Date) || Number.isNaN(r.time.getTime())) fail(i, 'time is not a valid Date');
  if (r.district !== null && !DISTRICT.test(r.district)) fail(i, `district ${JSON.stringify(r.district)} is not 5 digits`);
  if (r.value !== null && !Number.isFinite(r.value)) fail(i, `value ${r.value} is not finite`);
  if (r.quality !== 'ok' && r.quality !== 'missing' && r.quality !== 'suspect') fail(i, `quality ${JSON.stringify(r.quality)}`);
  if (!r.source || !r.entity || !r.metric) fail(i, 'source, entity and metric must be non-empty');
};

/** Validates a batch (throws ReadingRowError naming the first bad row) and returns the months it spans. */
export const checkReadings = (rows: readonly ReadingRow[]): Set<MonthIndex> => {
  const months = new Set<MonthIndex>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as ReadingRow;
    checkRow(r, i);
    months.add(r.time.getUTCFullYear() * 12 + r.time.getUTCMonth());
  }
  return months;
};

/** One COPY text line for a reading (columns in READING_COLUMNS order). */
export const readingLine = (r: ReadingRow): string =>
  `${r.time.toISOString()}\t${escapeCopyText(r.source)}\t${escapeCopyText(r.entity)}\t${
    r.district ?? '\\N'
  }\t${escapeCopyText(r.metric)}\t${r.value === null ? '\\N' : r.value}\t${r.quality}\n`;

/**
 * COPY text of checked rows in chunks of about 1 MiB, produced lazily so that serializing overlaps
 * with the database parsing. Batches repeat times and names, so the last ones are reused. `onRow`
 * sees every row on the way (the writer builds the hourly rollup in the same pass).
 */
export function* readingChunks(rows: readonly ReadingRow[], onRow?: (r: ReadingRow) => void): Generator<string> {
  let chunk = '';
  let lastMs = Number.NaN;
  let lastIso = '';
  let lastHead = '';
  let lastSource = '';
  let lastEntity = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as ReadingRow;
    onRow?.(r);
    const ms = r.time.getTime();
    if (ms !== lastMs) {
      lastMs = ms;
      lastIso = r.time.toISOString();
    }
    if (r.source !== lastSource || r.entity !== lastEntity) {
      lastSource = r.source;
      lastEntity = r.entity;
      lastHead = `${escapeCopyText(r.source)}\t${escapeCopyText(r.entity)}\t`;
    }
    chunk += `${lastIso}\t${lastHead}${r.district ?? '\\N'}\t${escapeCopyText(r.metric)}\t${
      r.value === null ? '\\N' : r.value
    }\t${r.quality}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
