/**
 * @module server/store/seed-reference
 * Loads the reference layers (db/reference/*.json) into `districts` and `neighborhoods`, then the
 * given stations. Idempotent: every row is upserted by its code.
 */
import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { districts, neighborhoods } from '../../db/schema/index.ts';
import { upsertStations, type Station } from './stations.ts';

const Geometry = z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) });
const DistrictsFile = z.array(
  z.object({
    code: z.string().regex(/^11\d{3}$/),
    nameKo: z.string(),
    nameEn: z.string(),
    centroidLon: z.number(),
    centroidLat: z.number(),
    geometry: Geometry,
  }),
);
const NeighborhoodsFile = z.array(
  z.object({
    code: z.string().regex(/^\d{10}$/),
    kostatCode: z.string(),
    districtCode: z.string().regex(/^11\d{3}$/),
    nameKo: z.string(),
    nameEn: z.string().nullable(),
    geometry: Geometry,
  }),
);

const referenceFile = (name: string): URL => new URL(`../../db/reference/${name}`, import.meta.url);
const load = async <T>(schema: z.ZodType<T>, name: string): Promise<T> =>
  schema.parse(JSON.parse(await readFile(referenceFile(name), 'utf8')));

export interface SeedResult {
  districts: number;
  neighborhoods: number;
  stations: number;
}

export const seedReference = async (db: Database, opts: { stations: readonly Station[] }): Promise<SeedResult> => {
  const gu = await load(DistrictsFile, 'districts.json');
  const dong = await load(NeighborhoodsFile, 'neighborhoods.json');
  await db.orm
    .insert(districts)
    .values(gu)
    .onConflictDoUpdate({
      target: districts.code,
      set: {
        nameKo: sql`excluded.name_ko`,
        nameEn: sql`excluded.name_en`,
        geometry: sql`excluded.geometry`,
        centroidLon: sql`excluded.centroid_lon`,
        centroidLat: sql`excluded.centroid_lat`,
      },
    });
  await db.orm
    .insert(neighborhoods)
    .values(dong)
    .onConflictDoUpdate({
      target: neighborhoods.code,
      set: {
        kostatCode: sql`excluded.kostat_code`,
        districtCode: sql`excluded.district_code`,
        nameKo: sql`excluded.name_ko`,
        nameEn: sql`excluded.name_en`,
        geometry: sql`excluded.geometry`,
      },
    });
  await upsertStations(db, opts.stations);
  return { districts: gu.length, neighborhoods: dong.length, stations: opts.stations.length };
};
