/**
 * @module db/reference/sample-area
 * Pure: whether a point lies inside a (Multi)Polygon (even-odd rule, so holes are holes and the
 * parts of a multipolygon add up), its bounding box, and points drawn uniformly inside it by
 * rejection sampling over that box. Planar in lon/lat, which is uniform enough within one gu.
 */
import type { Area, Position } from './geo.ts';
import { GeometryError } from './geo.ts';

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

const polygonsOf = (a: Area): Position[][][] => (a.type === 'Polygon' ? [a.coordinates] : a.coordinates);

/** Ray casting over one ring: does a ray from (x, y) to the east cross it an odd number of times? */
const crossesOdd = (ring: readonly Position[], x: number, y: number): boolean => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

/** Inside one of the polygons and outside its holes. */
export const pointInArea = (a: Area, lon: number, lat: number): boolean =>
  polygonsOf(a).some((rings) => rings.reduce((inside, ring) => (crossesOdd(ring, lon, lat) ? !inside : inside), false));

export const bboxOf = (a: Area): BBox => {
  const b = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const rings of polygonsOf(a)) {
    for (const [lon, lat] of rings[0] ?? []) {
      b.minLon = Math.min(b.minLon, lon);
      b.maxLon = Math.max(b.maxLon, lon);
      b.minLat = Math.min(b.minLat, lat);
      b.maxLat = Math.max(b.maxLat, lat);
    }
  }
  if (!(b.maxLon > b.minLon && b.maxLat > b.minLat)) throw new GeometryError('geometry has an empty bounding box');
  return b;
};

/**
 * A sampler of points uniform inside the area, rounded to `digits` decimals (the rounded point is
 * the one tested, so every point returned is inside). `rand` is a seeded generator.
 */
export const areaSampler = (a: Area, rand: () => number, digits = 6, maxTries = 10_000): (() => Position) => {
  const box = bboxOf(a);
  const f = 10 ** digits;
  return () => {
    for (let i = 0; i < maxTries; i++) {
      const lon = Math.round((box.minLon + rand() * (box.maxLon - box.minLon)) * f) / f;
      const lat = Math.round((box.minLat + rand() * (box.maxLat - box.minLat)) * f) / f;
      if (pointInArea(a, lon, lat)) return [lon, lat];
    }
    throw new GeometryError(`no point inside the area after ${maxTries} tries`);
  };
};
