/**
 * @module server/store/stations
 * Measuring stations: list, by district, upsert.
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { excludedColumns } from './excluded.ts';
import { STATION_KINDS, stations } from '../../db/schema/index.ts';
import { DistrictCodeSchema, SourceIdSchema } from '../contracts/index.ts';

export const StationSchema = z.object({
  code: z.string().min(1),
  nameKo: z.string().min(1),
  nameEn: z.string().min(1),
  kind: z.enum(STATION_KINDS),
  districtCode: DistrictCodeSchema,
  lon: z.number().min(124).max(132),
  lat: z.number().min(33).max(39),
  sourceId: SourceIdSchema,
  note: z.string().nullable().optional(),
});
export type Station = z.input<typeof StationSchema>;
export type StationRow = typeof stations.$inferSelect;

export const listStations = (db: Database): Promise<StationRow[]> =>
  db.orm.select().from(stations).orderBy(asc(stations.code));

export const stationsByDistrict = (db: Database, districtCode: string): Promise<StationRow[]> =>
  db.orm.select().from(stations).where(eq(stations.districtCode, districtCode)).orderBy(asc(stations.code));

export const upsertStations = async (db: Database, list: readonly Station[]): Promise<void> => {
  const rows = list.map((s) => {
    const p = StationSchema.parse(s);
    return { ...p, note: p.note ?? null };
  });
  if (rows.length === 0) return;
  await db.orm
    .insert(stations)
    .values(rows)
    .onConflictDoUpdate({
      target: stations.code,
      set: excludedColumns(stations, ['nameKo', 'nameEn', 'kind', 'districtCode', 'lon', 'lat', 'sourceId', 'note']),
    });
};
