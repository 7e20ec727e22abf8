/**
 * @module server/store/air-history
 * Air-quality history of one district (optionally one station) in time buckets, per metric.
 * Whole-hour buckets over whole-hour ranges come from `readings_hourly`; anything else from raw
 * `readings`. The SQL is the same in both storage modes (`date_bin`, same rollup columns).
 */
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AIR_METRICS, DistrictCodeSchema } from '../contracts/index.ts';

const HOUR_MS = 3_600_000;
export const MAX_BUCKETS = 10_000;

export const AirHistoryQuerySchema = z
  .object({
    district: DistrictCodeSchema,
    from: z.date(),
    to: z.date(),
    bucketSeconds: z.number().int().min(60).max(31 * 86_400),
    /** Station code (entity `station:<code>`); the entity id itself is accepted too. */
    station: z.string().min(1).optional(),
  })
  .refine((q) => q.from.getTime() < q.to.getTime(), { message: 'from must be before to' })
  .refine((q) => (q.to.getTime() - q.from.getTime()) / (q.bucketSeconds * 1000) <= MAX_BUCKETS, {
    message: `at most ${MAX_BUCKETS} buckets`,
  });
export type AirHistoryQuery = z.input<typeof AirHistoryQuerySchema>;

export interface AirHistoryPoint {
  bucket: string;
  metric: string;
  avg: number | null;
  min: number | null;
  max: number | null;
  n: number;
}

/** Pure: whether the hourly rollup answers this query exactly. */
export const usesRollup = (q: { from: Date; to: Date; bucketSeconds: number }): boolean =>
  q.bucketSeconds % 3600 === 0 && q.from.getTime() % HOUR_MS === 0 && q.to.getTime() % HOUR_MS === 0;

export const stationEntity = (station: string): string => (station.includes(':') ? station : `station:${station}`);

/** Pure: the SQL for a query; $1 interval, $2 district, $3 from (also the bucket origin), $4 to, $5 entity. */
export const airHistorySql = (rollup: boolean, byStation: boolean): string => {
  // readings also hold other domains' metrics (emergency-room beds): only the pollutants here
  const entity = `${byStation ? ' AND entity = $5' : ''} AND metric IN (${AIR_METRICS.map((m) => `'${m}'`).join(', ')})`;
  return rollup
    ? `SELECT date_bin($1::interval, h.bucket, $3::timestamptz) AS bucket, h.metric,
              (sum(h.sum) / NULLIF(sum(h.n), 0))::float8 AS avg, min(h.min) AS min, max(h.max) AS max, sum(h.n)::int AS n
         FROM readings_hourly h
        WHERE h.district = $2 AND h.bucket >= $3 AND h.bucket < $4${entity}
        GROUP BY 1, h.metric ORDER BY 1, h.metric`
    : `SELECT date_bin($1::interval, r.time, $3::timestamptz) AS bucket, r.metric,
              avg(r.value)::float8 AS avg, min(r.value) AS min, max(r.value) AS max, count(r.value)::int AS n
         FROM readings r
        WHERE r.district = $2 AND r.time >= $3 AND r.time < $4${entity}
        GROUP BY 1, r.metric ORDER BY 1, r.metric`;
};

type Row = Omit<AirHistoryPoint, 'bucket'> & { bucket: Date | string };

export const airHistory = async (db: Database, query: AirHistoryQuery): Promise<AirHistoryPoint[]> => {
  const q = AirHistoryQuerySchema.parse(query);
  const params: unknown[] = [`${q.bucketSeconds} seconds`, q.district, q.from, q.to];
  if (q.station !== undefined) params.push(stationEntity(q.station));
  const rows = await db.query<Row>(airHistorySql(usesRollup(q), q.station !== undefined), params);
  return rows.map((r) => ({ ...r, bucket: new Date(r.bucket).toISOString() }));
};
