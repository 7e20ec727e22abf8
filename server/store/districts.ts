/**
 * @module server/store/districts
 * The 25 gu: list, one by code, and a GeoJSON FeatureCollection for maps.
 */
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { districts } from '../../db/schema/index.ts';

export type DistrictRow = typeof districts.$inferSelect;

export interface DistrictFeature {
  type: 'Feature';
  id: string;
  properties: { code: string; nameKo: string; nameEn: string; centroid: [number, number] };
  geometry: unknown;
}

export interface DistrictFeatureCollection {
  type: 'FeatureCollection';
  features: DistrictFeature[];
}

export const listDistricts = (db: Database): Promise<DistrictRow[]> =>
  db.orm.select().from(districts).orderBy(asc(districts.code));

export const getDistrict = async (db: Database, code: string): Promise<DistrictRow | null> => {
  const [row] = await db.orm.select().from(districts).where(eq(districts.code, code));
  return row ?? null;
};

/** Pure: rows to a FeatureCollection (feature id = gu code). */
export const toFeatureCollection = (rows: readonly DistrictRow[]): DistrictFeatureCollection => ({
  type: 'FeatureCollection',
  features: rows.map((r) => ({
    type: 'Feature',
    id: r.code,
    properties: { code: r.code, nameKo: r.nameKo, nameEn: r.nameEn, centroid: [r.centroidLon, r.centroidLat] },
    geometry: r.geometry,
  })),
});

export const districtsFeatureCollection = async (db: Database): Promise<DistrictFeatureCollection> =>
  toFeatureCollection(await listDistricts(db));
