/**
 * @module wall/map/geometry
 * The map asset decoded once into absolute rings, with bounding boxes, and the hit test that finds
 * the area under a point. Pure (no DOM, no Pixi).
 */
import { decodeRing, type MapAsset } from './map-asset.ts';

export interface Area {
  code: string;
  nameKo: string;
  nameEn: string | null;
  /** The district (gu) code; for a district, its own code. */
  district: string;
  label: [number, number];
  /** Polygon → rings (the first is the outline, the rest are holes), each [x0, y0, x1, y1, …]. */
  polygons: Float32Array[][];
  bbox: [number, number, number, number];
}

export interface MapGeometry {
  districts: Area[];
  neighborhoods: Area[];
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

function bboxOf(polygons: Float32Array[][]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons) {
    const outer = poly[0];
    if (!outer) continue;
    for (let i = 0; i < outer.length; i += 2) {
      const x = outer[i]!;
      const y = outer[i + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

const decodePolygons = (polygons: number[][][]): Float32Array[][] => polygons.map((rings) => rings.map(decodeRing));

export function decodeGeometry(asset: MapAsset): MapGeometry {
  const area = (a: { code: string; nameKo: string; nameEn: string | null; label: [number, number]; polygons: number[][][] }, district: string): Area => {
    const polygons = decodePolygons(a.polygons);
    return { code: a.code, nameKo: a.nameKo, nameEn: a.nameEn, district, label: a.label, polygons, bbox: bboxOf(polygons) };
  };
  return {
    districts: asset.districts.map((d) => area(d, d.code)),
    neighborhoods: asset.neighborhoods.map((n) => area(n, n.district)),
    bounds: asset.bounds,
  };
}

/** Even–odd ray casting over one ring. */
function inRing(ring: Float32Array, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const xi = ring[i]!;
    const yi = ring[i + 1]!;
    const xj = ring[j]!;
    const yj = ring[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function contains(a: Area, x: number, y: number): boolean {
  const [minX, minY, maxX, maxY] = a.bbox;
  if (x < minX || x > maxX || y < minY || y > maxY) return false;
  return a.polygons.some((rings) => rings[0] !== undefined && inRing(rings[0], x, y) && !rings.slice(1).some((hole) => inRing(hole, x, y)));
}

export const areaAt = (areas: readonly Area[], x: number, y: number): Area | null => areas.find((a) => contains(a, x, y)) ?? null;
