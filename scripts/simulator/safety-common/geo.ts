/**
 * @module scripts/simulator/safety-common/geo
 * Pure: points in (Multi)Polygons and random positions inside an area (planar lon/lat: fine at city scale).
 */
import { centroid, type Area, type Position } from '../../../db/reference/geo.ts';
import { normal, type Rand } from './random.ts';

const inRing = (lon: number, lat: number, ring: readonly Position[]): boolean => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

/** Inside the outer ring and outside every hole of one of the polygons. */
export const contains = (area: Area, lon: number, lat: number): boolean => {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  return polygons.some(([outer, ...holes]) => outer !== undefined && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)));
};

export interface Place {
  area: Area;
  centre: Position;
  box: { west: number; east: number; south: number; north: number };
}

export const placeOf = (area: Area): Place => {
  const points = (area.type === 'Polygon' ? [area.coordinates] : area.coordinates).flat(2);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return { area, centre: centroid(area), box: { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) } };
};

/** Metres per degree of latitude; a degree of longitude at Seoul (37.5° N) is about 0.79 of it. */
const M_PER_DEG = 111_320;
const LON_SCALE = Math.cos((37.55 * Math.PI) / 180);

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * A position inside the place (and inside `within` too, when given: boundary layers of different sources
 * disagree by some metres): its centroid plus Gaussian jitter (σ = `jitterM` metres), retried until inside;
 * then uniform in its bounding box; the centroid as the last resort.
 */
export const pointIn = (rand: Rand, p: Place, jitterM = 250, within?: Area): Position => {
  const ok = (lon: number, lat: number): boolean => contains(p.area, lon, lat) && (within === undefined || contains(within, lon, lat));
  const [cx, cy] = p.centre;
  for (let i = 0; i < 12; i++) {
    const lon = cx + (normal(rand) * jitterM) / (M_PER_DEG * LON_SCALE);
    const lat = cy + (normal(rand) * jitterM) / M_PER_DEG;
    if (ok(lon, lat)) return [round6(lon), round6(lat)];
  }
  for (let i = 0; i < 200; i++) {
    const lon = p.box.west + rand() * (p.box.east - p.box.west);
    const lat = p.box.south + rand() * (p.box.north - p.box.south);
    if (ok(lon, lat)) return [round6(lon), round6(lat)];
  }
  return [round6(cx), round6(cy)];
};
