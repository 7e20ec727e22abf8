/**
 * @module wall/build/map-asset
 * Prepares the wall's map asset once, at build time, from the committed reference layers
 * (db/reference: districts.json, neighborhoods.json, population.json): projects every ring to
 * metres, simplifies the dong borders as shared arcs (Douglas–Peucker, 4 m), quantizes to whole
 * metres and delta-encodes. The gu polygons are the union of their dongs, so gu outlines lie exactly
 * on dong borders (the 2015 gu boundary file disagrees with the 2021 dong boundaries by tens of
 * metres). Names and codes of the gu come from districts.json.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  addCounts,
  populationByBoundary,
  PopulationReferenceSchema,
  type PopulationCounts,
  type PopulationReference,
} from '../../db/reference/population.ts';
import { createProjection, SEOUL_PROJECTION, type Projection } from '../src/map/projection.ts';
import { MapAssetSchema, type MapAsset, type PopulationDetail, type PopulationSummary } from '../src/map/map-asset.ts';
import { boundsOf, encodeRing, integerLabelPoint, orientPolygon, signedArea, type PolygonRings, type Pt } from './geometry.ts';
import { dissolve, simplifyShared } from './topology.ts';

export const SIMPLIFY_TOLERANCE_M = 4;

/** Short credits shown on the wall (full text in db/reference/README.md). */
export const mapAttribution = (populationAsOf: string): string[] => [
  'Boundaries: SGIS administrative dong (KOGL Type 1), modified by vuski/admdongkor, CC BY 4.0',
  'Names: southkorea/seoul-maps (Apache-2.0); southkorea/southkorea-population, Team POPONG (CC BY 3.0)',
  `Population: Ministry of the Interior and Safety (행정안전부), resident registration, ${populationAsOf}`,
];

const Position = z.tuple([z.number(), z.number()]);
const Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) }),
]);
const DistrictsFile = z.array(z.object({ code: z.string(), nameKo: z.string(), nameEn: z.string() }));
const NeighborhoodsFile = z.array(
  z.object({ code: z.string(), districtCode: z.string(), nameKo: z.string(), nameEn: z.string().nullable(), geometry: Geometry }),
);

export interface MapReference {
  districts: z.infer<typeof DistrictsFile>;
  neighborhoods: z.infer<typeof NeighborhoodsFile>;
  population: PopulationReference;
}

export class MapAssetError extends Error {
  override readonly name = 'MapAssetError';
}

const REFERENCE_DIR = new URL('../../db/reference/', import.meta.url);

export function loadMapReference(dir: URL = REFERENCE_DIR): MapReference {
  const read = <T>(schema: z.ZodType<T>, file: string): T => schema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  return {
    districts: read(DistrictsFile, 'districts.json'),
    neighborhoods: read(NeighborhoodsFile, 'neighborhoods.json'),
    population: read(PopulationReferenceSchema, 'population.json'),
  };
}

const projectGeometry = (g: z.infer<typeof Geometry>, p: Projection): Pt[][][] => {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.map((rings) => rings.map((r) => r.map(([lon, lat]) => p.project(lon, lat))));
};

/** Simplifies all dong rings together (shared borders stay shared), keeping the polygon structure. */
const simplifyDongs = (dongs: readonly Pt[][][][], tolerance: number): PolygonRings[][] => {
  const flat = dongs.flatMap((polys) => polys.flat());
  const simplified = simplifyShared(flat, tolerance);
  let next = 0;
  return dongs.map((polys) => polys.map((rings) => orientPolygon(rings.map(() => simplified[next++] ?? []))));
};

const summary = (c: PopulationCounts, asOf: string): PopulationSummary => ({
  asOf,
  total: c.total,
  male: c.male,
  female: c.female,
  age65plus: c.age65plus,
});
const detail = (c: PopulationCounts, asOf: string): PopulationDetail => ({
  ...summary(c, asOf),
  maleByAge: c.maleByAge,
  femaleByAge: c.femaleByAge,
});

/** Label inside the largest polygon; rings encoded. */
const shape = (polygons: readonly PolygonRings[]) => {
  const largest = [...polygons].sort((a, b) => signedArea(b[0] ?? []) - signedArea(a[0] ?? []))[0];
  if (!largest) throw new MapAssetError('an area without polygons');
  return { label: integerLabelPoint(largest), polygons: polygons.map((rings) => rings.map(encodeRing)) };
};

const checkCity = (city: PopulationCounts, districts: readonly PopulationCounts[]): void => {
  const sum = addCounts(city.code, city.nameKo, districts);
  if (sum.total !== city.total) throw new MapAssetError(`city total ${city.total} ≠ sum of gu ${sum.total}`);
};

/** Pure: the asset from the reference layers. */
export function assembleMapAsset(ref: MapReference, tolerance = SIMPLIFY_TOLERANCE_M): MapAsset {
  const projection = createProjection(SEOUL_PROJECTION);
  const { asOf } = ref.population;
  const dongShapes = simplifyDongs(ref.neighborhoods.map((n) => projectGeometry(n.geometry, projection)), tolerance);
  const dongPop = populationByBoundary(ref.neighborhoods.map((n) => n.code), ref.population.neighborhoods);
  const guPop = new Map(ref.population.districts.map((d) => [d.code, d]));
  const neighborhoods = ref.neighborhoods.map((n, i) => {
    const pop = dongPop.get(n.code);
    if (!pop) throw new MapAssetError(`no population for dong ${n.code}`);
    const { label, polygons } = shape(dongShapes[i] ?? []);
    const population = summary(pop, asOf);
    return { code: n.code, district: n.districtCode, nameKo: n.nameKo, nameEn: n.nameEn, label, polygons, population };
  });
  const districts = ref.districts.map((d) => {
    const pop = guPop.get(d.code);
    const members = dongShapes.filter((_, i) => ref.neighborhoods[i]?.districtCode === d.code).flat();
    if (!pop || members.length === 0) throw new MapAssetError(`gu ${d.code}: no population or no dong`);
    const { label, polygons } = shape(dissolve(members));
    return { code: d.code, nameKo: d.nameKo, nameEn: d.nameEn, label, polygons, population: detail(pop, asOf) };
  });
  const city = ref.population.city;
  checkCity(city, [...guPop.values()]);
  return {
    version: 1,
    projection: projection.params,
    bounds: boundsOf(dongShapes.flat(3)),
    attribution: mapAttribution(asOf),
    ageBands: ref.population.ageBands,
    city: { code: city.code, nameKo: city.nameKo, nameEn: 'Seoul', population: detail(city, asOf) },
    districts,
    neighborhoods,
  };
}

/** The asset from the committed reference layers (what the wall build writes to assets/), checked. */
export function buildMapAsset(): MapAsset {
  return MapAssetSchema.parse(assembleMapAsset(loadMapReference()));
}
