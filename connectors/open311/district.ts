/**
 * @module connectors/open311/district
 * Pure lookup: the Seoul gu a WGS84 position lies in, by the gu polygons of db/reference/districts.json
 * (read once, on first use), or null outside Seoul. Positions outside the box of `_safety/place.ts` are
 * answered without testing a polygon.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Area } from '../../db/reference/geo.ts';
import { pointInArea } from '../../db/reference/sample-area.ts';
import { guByCode } from '../_safety/gu.ts';
import { inSeoul } from '../_safety/place.ts';

const DISTRICTS_URL = new URL('../../db/reference/districts.json', import.meta.url);

const Ring = z.array(z.tuple([z.number(), z.number()]));
const DistrictsSchema = z.array(
  z.object({
    code: z.string().refine((c) => guByCode(c) !== undefined, 'a Seoul gu code'),
    geometry: z.union([
      z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring) }),
      z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring)) }),
    ]),
  }),
);

let districts: { code: string; area: Area }[] | null = null;

const loaded = (): { code: string; area: Area }[] => {
  districts ??= DistrictsSchema.parse(JSON.parse(readFileSync(DISTRICTS_URL, 'utf8'))).map((d) => ({ code: d.code, area: d.geometry as Area }));
  return districts;
};

/** The MOIS code of the gu containing (lon, lat), or null when the position is not in Seoul. */
export const districtAt = (lon: number, lat: number): string | null => {
  if (!inSeoul(lon, lat)) return null;
  return loaded().find((d) => pointInArea(d.area, lon, lat))?.code ?? null;
};
