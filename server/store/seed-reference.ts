/**
 * @module server/store/seed-reference
 * Loads the reference layers (db/reference/*.json) into `districts` and `neighborhoods`, then the
 * given stations. Idempotent: every row is upserted by its code.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { excludedColumns } from './excluded.ts';
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
      set: excludedColumns(districts, ['nameKo', 'nameEn', 'geometry', 'centroidLon', 'centroidLat']),
    });
  await db.orm
    .insert(neighborhoods)
    .values(dong)
    .onConflictDoUpdate({
      target: neighborhoods.code,
      set: excludedColumns(neighborhoods, ['kostatCode', 'districtCode', 'nameKo', 'nameEn', 'geometry']),
    });
  await upsertStations(db, opts.stations);
  return { districts: gu.length, neighborhoods: dong.length, stations: opts.stations.length };
};
