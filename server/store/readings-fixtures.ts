/**
 * @module server/store/readings-fixtures
 * Test support for the readings writer and the hourly rollup: generated batches and the check that
 * `readings_hourly` equals the same aggregation computed from raw `readings`.
 */
import type { Queryable } from '../../db/client.ts';
import type { ReadingRow } from './readings-copy.ts';

export const FIXTURE_T0 = Date.parse('2025-03-01T00:00:00Z');
const METRICS = ['pm10', 'pm25', 'o3'];

/** `count` readings, 3 metrics × 4 stations per minute from `startMin`, about every 7th value null. */
export const readingsBatch = (startMin: number, count: number): ReadingRow[] =>
  Array.from({ length: count }, (_, i) => {
    const k = startMin * 12 + i;
    return {
      time: new Date(FIXTURE_T0 + Math.floor(k / 12) * 60_000),
      source: 'seoul-air',
      entity: `station:${100 + (k % 4)}`,
      district: k % 4 < 2 ? '11680' : '11110',
      metric: METRICS[Math.floor(k / 4) % 3] as string,
      value: k % 7 === 0 ? null : ((k * 37) % 1000) / 10,
      quality: k % 7 === 0 ? 'missing' : 'ok',
    };
  });

/** The hourly rollup and the same aggregation computed from raw readings, both sorted. */
export const rollupVsRaw = async (db: Queryable): Promise<{ rollup: unknown[]; raw: unknown[] }> => {
  const rollup = await db.query(
    `SELECT bucket, source, entity, district, metric, n::int AS n, round(sum::numeric, 6) AS sum, min, max
       FROM readings_hourly ORDER BY bucket, source, entity, metric`,
  );
  const raw = await db.query(
    `SELECT date_bin('1 hour', time, TIMESTAMPTZ '2000-01-01Z') AS bucket, source, entity, max(district) AS district, metric,
            count(value)::int AS n, round(sum(value)::numeric, 6) AS sum, min(value) AS min, max(value) AS max
       FROM readings GROUP BY 1, source, entity, metric ORDER BY 1, source, entity, metric`,
  );
  return { rollup, raw };
};

/** The hours marked dirty (ISO strings, one per marker, in marker order). */
export const dirtyHours = async (db: Queryable): Promise<string[]> =>
  (await db.query<{ bucket: Date | string }>(`SELECT bucket FROM readings_hourly_dirty ORDER BY id`)).map((r) =>
    new Date(r.bucket).toISOString(),
  );
