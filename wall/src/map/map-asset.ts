/**
 * @module wall/map/map-asset
 * The compact map asset the wall loads (`assets/seoul-map-*.json`, built by wall/build/map-asset.ts):
 * gu and dong polygons projected to metres (see ./projection.ts), simplified, quantized to whole
 * metres and delta-encoded, with label points and population summaries. The zod schema checks the
 * file at load; `decodeRing` turns one encoded ring into absolute coordinates. Pure (no DOM, no Pixi).
 */
import { z } from 'zod';
import type { ProjectionParams } from './projection.ts';

const Int = z.number().int();
const Count = Int.nonnegative();

/**
 * One ring, open (the closing point is implied): [x0, y0, dx1, dy1, dx2, dy2, …] in whole metres,
 * each point after the first relative to the one before. At least 3 points.
 */
export const EncodedRingSchema = z.array(Int).min(6);
/** Polygon → rings (the first is the outline, clockwise on screen; the rest are holes). */
export const PolygonsSchema = z.array(z.array(EncodedRingSchema).min(1)).min(1);
export const PointSchema = z.tuple([z.number(), z.number()]);

export const ProjectionParamsSchema = z.object({
  kind: z.literal('equirectangular'),
  lon0: z.number(),
  lat0: z.number(),
  radius: z.number().positive(),
}) satisfies z.ZodType<ProjectionParams>;

export const PopulationSummarySchema = z.object({
  /** Month of the resident-registration figures, YYYY-MM. */
  asOf: z.string(),
  total: Count,
  male: Count,
  female: Count,
  age65plus: Count,
});
/** With counts per 10-year band of `MapAsset.ageBands` (0-9 … 90+), by sex. */
export const PopulationDetailSchema = PopulationSummarySchema.extend({
  maleByAge: z.array(Count),
  femaleByAge: z.array(Count),
});

export const MapDistrictSchema = z.object({
  /** 5-digit MOIS gu code (SIG_CD). */
  code: z.string().regex(/^11\d{3}$/),
  nameKo: z.string(),
  nameEn: z.string(),
  /** A point inside the polygon, far from its edges, in projected metres. */
  label: PointSchema,
  polygons: PolygonsSchema,
  population: PopulationDetailSchema,
});

export const MapNeighborhoodSchema = z.object({
  /** 10-digit MOIS administrative-dong code. */
  code: z.string().regex(/^11\d{8}$/),
  district: z.string().regex(/^11\d{3}$/),
  nameKo: z.string(),
  nameEn: z.string().nullable(),
  label: PointSchema,
  polygons: PolygonsSchema,
  population: PopulationSummarySchema,
});

export const MapAssetSchema = z.object({
  version: z.literal(1),
  projection: ProjectionParamsSchema,
  /** Extent of all polygons in projected metres (x east, y south). */
  bounds: z.object({ minX: z.number(), minY: z.number(), maxX: z.number(), maxY: z.number() }),
  /** Short credits for boundaries, names and population, to show on the wall. */
  attribution: z.array(z.string()),
  ageBands: z.array(z.string()),
  city: z.object({ code: z.string(), nameKo: z.string(), nameEn: z.string(), population: PopulationDetailSchema }),
  districts: z.array(MapDistrictSchema),
  neighborhoods: z.array(MapNeighborhoodSchema),
});

export type PopulationSummary = z.infer<typeof PopulationSummarySchema>;
export type PopulationDetail = z.infer<typeof PopulationDetailSchema>;
export type MapDistrict = z.infer<typeof MapDistrictSchema>;
export type MapNeighborhood = z.infer<typeof MapNeighborhoodSchema>;
export type MapAsset = z.infer<typeof MapAssetSchema>;

/** [x0, y0, dx1, dy1, …] → [x0, y0, x1, y1, …] (absolute metres; the ring stays open). */
export function decodeRing(flat: readonly number[]): Float32Array {
  const out = new Float32Array(flat.length - (flat.length % 2));
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    x += flat[i] ?? 0;
    y += flat[i + 1] ?? 0;
    out[i] = x;
    out[i + 1] = y;
  }
  return out;
}
