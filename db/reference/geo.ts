/**
 * @module db/reference/geo
 * Pure GeoJSON helpers for the reference layers: coordinate rounding and area-weighted centroids.
 */

export type Position = [number, number];
export type Polygon = { type: 'Polygon'; coordinates: Position[][] };
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: Position[][][] };
export type Area = Polygon | MultiPolygon;

export class GeometryError extends Error {
  override readonly name = 'GeometryError';
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

const roundRing = (ring: Position[], digits: number): Position[] => {
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    const p: Position = [round(lon, digits), round(lat, digits)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
};

/** Rounds every coordinate and removes consecutive duplicate points that rounding creates. */
export const roundGeometry = (g: Area, digits = 5): Area =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => roundRing(r, digits)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => roundRing(r, digits))) };

/** Signed area and area-weighted centroid sums of one ring (shoelace). */
const ringMoments = (ring: Position[]): { a: number; cx: number; cy: number } => {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i] as Position;
    const [x1, y1] = ring[i + 1] as Position;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { a: a / 2, cx, cy };
};

/** Area-weighted centroid of a (Multi)Polygon; holes subtract. Planar in lon/lat: fine at city scale. */
export const centroid = (g: Area): Position => {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let area = 0;
  let sx = 0;
  let sy = 0;
  for (const rings of polygons) {
    rings.forEach((ring, i) => {
      const m = ringMoments(ring);
      const sign = (i === 0 ? 1 : -1) * Math.sign(m.a);
      area += sign * m.a;
      sx += sign * m.cx;
      sy += sign * m.cy;
    });
  }
  if (area === 0) throw new GeometryError('geometry has no area');
  return [round(sx / (6 * area), 6), round(sy / (6 * area), 6)];
};
