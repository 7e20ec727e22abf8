/**
 * @module db/reference/cameras-load
 * Reads the two inputs of the synthetic camera registry — the 2016 CCTV counts per gu and the gu
 * boundaries — from this folder and generates it (db/reference/cameras.ts does the work).
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { generateCameras, parseCctvCsv, type RegistryCamera } from './cameras.ts';
import type { Area } from './geo.ts';

/** The seed of the registry the platform seeds; change it and every position changes. */
export const CAMERA_SEED = 20_160_101;

const Ring = z.array(z.tuple([z.number(), z.number()])).min(4);
const GeometrySchema = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
]);
const DistrictsFile = z.array(
  z.object({ code: z.string().regex(/^11\d{3}$/), nameKo: z.string().min(1), nameEn: z.string().min(1), geometry: GeometrySchema }),
);

const here = (name: string): URL => new URL(`./${name}`, import.meta.url);

export interface LoadCamerasOptions {
  seed?: number;
  /** Cameras in all (benchmarks); default: Seoul's 2016 count per gu. */
  total?: number;
}

export const loadCameraRegistry = async (o: LoadCamerasOptions = {}): Promise<RegistryCamera[]> => {
  const [csv, json] = await Promise.all([readFile(here('seoul_cctv_by_gu_2016.csv'), 'utf8'), readFile(here('districts.json'), 'utf8')]);
  const districts = DistrictsFile.parse(JSON.parse(json)).map((d) => ({ ...d, geometry: d.geometry as Area }));
  return generateCameras({ districts, counts: parseCctvCsv(csv), seed: o.seed ?? CAMERA_SEED, ...(o.total === undefined ? {} : { total: o.total }) });
};
