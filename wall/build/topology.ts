/**
 * @module wall/build/topology
 * Simplification that keeps neighbouring areas glued together, and the dissolve of areas into their
 * parent (dong → gu). Rings are cut into arcs at junctions (where the neighbour across the edge
 * changes); each arc is simplified and quantized once and shared by both sides, so borders stay
 * identical and no gap or overlap appears. Pure; rings are open (the closing point is implied).
 */
import { dedupe, inRing, roundPoint, signedArea, simplifyLine, type PolygonRings, type Pt } from './geometry.ts';

const key = (p: Pt): string => `${p[0]},${p[1]}`;
const edgeKey = (a: Pt, b: Pt): string => {
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
};

/** Which rings use each undirected edge and each vertex. */
const incidence = (rings: readonly Pt[][]) => {
  const edges = new Map<string, number[]>();
  const vertices = new Map<string, Set<number>>();
  rings.forEach((ring, r) => {
    ring.forEach((p, i) => {
      const k = edgeKey(p, ring[(i + 1) % ring.length] as Pt);
      edges.set(k, [...(edges.get(k) ?? []), r]);
      vertices.set(key(p), (vertices.get(key(p)) ?? new Set()).add(r));
    });
  });
  return { edges, vertices };
};

/** Cuts one ring into arcs between junctions; a ring without junctions is one closed arc. */
const arcsOf = (ring: readonly Pt[], isJunction: (i: number) => boolean): Pt[][] => {
  const n = ring.length;
  const cuts = ring.map((_, i) => i).filter(isJunction);
  if (cuts.length === 0) {
    // Start at the smallest vertex so that every ring using this loop cuts it the same way.
    const s = ring.reduce((best, p, i) => (key(p) < key(ring[best] as Pt) ? i : best), 0);
    return [[...ring.slice(s), ...ring.slice(0, s), ring[s] as Pt]];
  }
  return cuts.map((from, c) => {
    const to = cuts[(c + 1) % cuts.length] as number;
    const len = ((to - from + n - 1) % n) + 1;
    return Array.from({ length: len + 1 }, (_, k) => ring[(from + k) % n] as Pt);
  });
};

/** Canonical direction of an arc, so that both sides share one simplification. */
const canonical = (arc: readonly Pt[]): { id: string; reversed: boolean } => {
  const fwd = arc.map(key).join(';');
  const rev = arc.map(key).reverse().join(';');
  return fwd <= rev ? { id: fwd, reversed: false } : { id: rev, reversed: true };
};

/** Every ring as a list of references to shared arcs. */
const sharedArcs = (rings: readonly Pt[][]): { id: string; reversed: boolean }[][] => {
  const { edges, vertices } = incidence(rings);
  const sides = (a: Pt, b: Pt): string => (edges.get(edgeKey(a, b)) ?? []).join();
  return rings.map((ring) =>
    arcsOf(ring, (i) => {
      const n = ring.length;
      const [prev, p, next] = [ring[(i + n - 1) % n] as Pt, ring[i] as Pt, ring[(i + 1) % n] as Pt];
      return (vertices.get(key(p))?.size ?? 0) >= 3 || sides(prev, p) !== sides(p, next);
    }).map(canonical),
  );
};

/** Simplified, rounded arcs by id, each with its own tolerance (lowered where a ring gets too thin). */
const arcStore = (tolerance: number) => {
  const tol = new Map<string, number>();
  const cache = new Map<string, Pt[]>();
  return {
    get(id: string): Pt[] {
      let out = cache.get(id);
      if (!out) {
        const pts = id.split(';').map((s) => s.split(',').map(Number) as Pt);
        out = dedupe(simplifyLine(pts, tol.get(id) ?? tolerance).map(roundPoint), false);
        cache.set(id, out);
      }
      return out;
    },
    lower(id: string): void {
      const t = (tol.get(id) ?? tolerance) / 2;
      tol.set(id, t < 0.25 ? 0 : t);
      cache.delete(id);
    },
  };
};

/**
 * Simplifies (Douglas–Peucker) and rounds to integers a set of rings that may share borders. Every
 * ring keeps at least `minPoints` distinct points (if it had them): the tolerance of its arcs is
 * lowered until it does, for both sides of those arcs alike.
 */
export function simplifyShared(input: readonly Pt[][], tolerance: number, minPoints = 4): Pt[][] {
  const rings = input.map((r) => dedupe(r, true));
  const arcs = sharedArcs(rings);
  const store = arcStore(tolerance);
  const assemble = (refs: readonly { id: string; reversed: boolean }[]): Pt[] =>
    dedupe(
      refs.flatMap(({ id, reversed }) => (reversed ? store.get(id).slice().reverse() : store.get(id)).slice(1)),
      true,
    );
  const wanted = rings.map((ring) => Math.min(minPoints, dedupe(ring.map(roundPoint), true).length));
  let out = arcs.map(assemble);
  for (let pass = 0; pass < 32; pass++) {
    const short = arcs.filter((_, r) => (out[r]?.length ?? 0) < (wanted[r] ?? 0));
    if (short.length === 0) break;
    for (const ref of short.flat()) store.lower(ref.id);
    out = arcs.map(assemble);
  }
  return out;
}

/** Directed edges left after opposite pairs cancel (shared borders inside the group). */
const outerEdges = (polygons: readonly PolygonRings[]): Map<string, string[]> => {
  const count = new Map<string, number>();
  for (const ring of polygons.flat()) {
    ring.forEach((p, i) => {
      const k = `${key(p)}|${key(ring[(i + 1) % ring.length] as Pt)}`;
      count.set(k, (count.get(k) ?? 0) + 1);
    });
  }
  const next = new Map<string, string[]>();
  for (const [k, n] of count) {
    const [a = '', b = ''] = k.split('|');
    const left = n - (count.get(`${b}|${a}`) ?? 0);
    for (let i = 0; i < left; i++) next.set(a, [...(next.get(a) ?? []), b]);
  }
  return next;
};

/** Follows the remaining edges into closed rings. */
const chain = (next: Map<string, string[]>): Pt[][] => {
  const rings: Pt[][] = [];
  for (const start of [...next.keys()]) {
    while ((next.get(start)?.length ?? 0) > 0) {
      const ring: Pt[] = [];
      let at = start;
      do {
        ring.push(at.split(',').map(Number) as Pt);
        at = next.get(at)?.pop() ?? start;
      } while (at !== start);
      rings.push(ring);
    }
  }
  return rings;
};

/**
 * The union of polygons that share exact borders (outlines clockwise on screen, holes the other way,
 * as `orientPolygon` makes them). Returns polygons: each outline with the holes inside it.
 */
export function dissolve(polygons: readonly PolygonRings[]): PolygonRings[] {
  const rings = chain(outerEdges(polygons)).filter((r) => r.length >= 3);
  const outlines = rings.filter((r) => signedArea(r) > 0).sort((a, b) => signedArea(a) - signedArea(b));
  const out = new Map<Pt[], Pt[][]>(outlines.map((o) => [o, [o]]));
  for (const hole of rings.filter((r) => signedArea(r) < 0)) {
    const [x, y] = hole[0] as Pt;
    const owner = outlines.find((o) => inRing(o, x, y));
    if (owner) out.get(owner)?.push(hole);
  }
  return [...out.values()].sort((a, b) => signedArea(b[0] as Pt[]) - signedArea(a[0] as Pt[]));
}
