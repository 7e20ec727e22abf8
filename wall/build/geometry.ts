/**
 * @module wall/build/geometry
 * Pure planar geometry for preparing the map asset: Douglas–Peucker simplification, signed area and
 * orientation, point-in-polygon, a label point that is inside the polygon (the pole of
 * inaccessibility, found by quadtree search as in "polylabel": unlike the centroid it is inside also
 * for crescent and U-shaped areas) and the delta encoding of integer rings. Rings here are open: the
 * closing point is implied.
 */

export type Pt = [number, number];
/** Rings of one polygon: the first is the outline, the rest are holes. */
export type PolygonRings = Pt[][];

/** Distance from p to the segment a–b (to the point a when a = b). */
export function segmentDistance(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/**
 * Douglas–Peucker on an open polyline: keeps both ends and every point needed so that no dropped
 * point lies farther than `tolerance` from the result. Works for a closed loop (first = last) too.
 */
export function simplifyLine(points: readonly Pt[], tolerance: number): Pt[] {
  const n = points.length;
  if (n <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let worst = -1;
    let worstDist = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i] as Pt, points[first] as Pt, points[last] as Pt);
      if (d > worstDist) {
        worst = i;
        worstDist = d;
      }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([first, worst], [worst, last]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Removes consecutive repeats and, for a ring, a last point equal to the first. */
export function dedupe(points: readonly Pt[], ring: boolean): Pt[] {
  const out: Pt[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  while (ring && out.length > 1 && out[0]?.[0] === out.at(-1)?.[0] && out[0]?.[1] === out.at(-1)?.[1]) out.pop();
  return out;
}

/** Shoelace area of an open ring: positive when it turns clockwise on screen (x east, y south). */
export function signedArea(ring: readonly Pt[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Pt;
    const [xj, yj] = ring[j] as Pt;
    a += xj * yi - xi * yj;
  }
  return a / 2;
}

/** Outline clockwise on screen (positive area), holes the other way. */
export function orientPolygon(rings: readonly Pt[][]): PolygonRings {
  return rings.map((r, i) => ((signedArea(r) > 0) === (i === 0) ? r.slice() : r.slice().reverse()));
}

/** Even–odd ray casting over one open ring. */
export function inRing(ring: readonly Pt[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Pt;
    const [xj, yj] = ring[j] as Pt;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance to the polygon's nearest edge: positive inside, negative outside (one pass, no allocation). */
export function signedDistance(rings: readonly Pt[][], x: number, y: number): number {
  let inside = false;
  let min2 = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j] as Pt;
      const [bx, by] = ring[i] as Pt;
      if (by > y !== ay > y && x < ((ax - bx) * (y - by)) / (ay - by) + bx) inside = !inside;
      const [dx, dy] = [bx - ax, by - ay];
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      const [ex, ey] = [x - ax - t * dx, y - ay - t * dy];
      min2 = Math.min(min2, ex * ex + ey * ey);
    }
  }
  return inside ? Math.sqrt(min2) : -Math.sqrt(min2);
}

/** Integer ring → [x0, y0, dx1, dy1, …] (each point relative to the previous one). */
export function encodeRing(ring: readonly Pt[]): number[] {
  const out: number[] = [];
  let [px, py] = [0, 0];
  for (const [x, y] of ring) {
    if (!Number.isInteger(x) || !Number.isInteger(y)) throw new RangeError(`not an integer point: ${x},${y}`);
    out.push(x - px, y - py);
    [px, py] = [x, y];
  }
  return out;
}

export const roundPoint = (p: Pt): Pt => [Math.round(p[0]), Math.round(p[1])];

export type Bounds = { minX: number; minY: number; maxX: number; maxY: number };

export function boundsOf(points: Iterable<Pt>): Bounds {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    b.minX = Math.min(b.minX, x);
    b.minY = Math.min(b.minY, y);
    b.maxX = Math.max(b.maxX, x);
    b.maxY = Math.max(b.maxY, y);
  }
  return b;
}

// Label point ---------------------------------------------------------------------------------

interface Cell {
  x: number;
  y: number;
  /** Half the cell's side. */
  h: number;
  /** Signed distance from the centre to the polygon. */
  d: number;
  /** Best distance any point of the cell could reach. */
  max: number;
}

const cell = (rings: readonly Pt[][], x: number, y: number, h: number): Cell => {
  const d = signedDistance(rings, x, y);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
};

/** Area-weighted centroid of the outline: a good first guess. */
const centroidCell = (rings: readonly Pt[][]): Cell | null => {
  const outer = rings[0] ?? [];
  const a = signedArea(outer);
  if (a === 0) return null;
  let [cx, cy] = [0, 0];
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const [xi, yi] = outer[i] as Pt;
    const [xj, yj] = outer[j] as Pt;
    const f = xj * yi - xi * yj;
    cx += (xi + xj) * f;
    cy += (yi + yj) * f;
  }
  return cell(rings, cx / (6 * a), cy / (6 * a), 0);
};

/** Keeps `queue` sorted by `max`, ascending, so that pop() yields the most promising cell. */
const enqueue = (queue: Cell[], c: Cell): void => {
  let [lo, hi] = [0, queue.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((queue[mid] as Cell).max < c.max) lo = mid + 1;
    else hi = mid;
  }
  queue.splice(lo, 0, c);
};

/** The inside point farthest from the edges, to within `precision` (same units as the rings). */
export function labelPoint(rings: readonly Pt[][], precision = 1): Pt {
  const b = boundsOf(rings[0] ?? []);
  const size = Math.min(b.maxX - b.minX, b.maxY - b.minY);
  if (!(size > 0)) return [b.minX, b.minY];
  const h = size / 2;
  const queue: Cell[] = [];
  for (let x = b.minX; x < b.maxX; x += size) {
    for (let y = b.minY; y < b.maxY; y += size) enqueue(queue, cell(rings, x + h, y + h, h));
  }
  let best = centroidCell(rings) ?? cell(rings, b.minX + h, b.minY + h, 0);
  for (let c = queue.pop(); c; c = queue.pop()) {
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const q = c.h / 2;
    for (const [dx, dy] of [[-q, -q], [q, -q], [-q, q], [q, q]] as const) enqueue(queue, cell(rings, c.x + dx, c.y + dy, q));
  }
  return [best.x, best.y];
}

/**
 * A label point rounded to whole units that is still at least `margin` inside the polygon. The
 * search stops within `precision` of the best point (a few metres do not show on a city map).
 */
export function integerLabelPoint(rings: readonly Pt[][], precision = 4, margin = 0.5): Pt {
  const [x, y] = labelPoint(rings, precision);
  const candidates: Pt[] = [[Math.round(x), Math.round(y)], [Math.floor(x), Math.floor(y)], [Math.ceil(x), Math.ceil(y)]];
  const inside = candidates.find(([cx, cy]) => signedDistance(rings, cx, cy) >= margin);
  return inside ?? [Math.round(x), Math.round(y)];
}
