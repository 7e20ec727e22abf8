/**
 * @module wall/systems/gesture-contacts
 * The fingers on the wall as the gesture recognizer follows them: where each landed, how far it has
 * strayed, its recent trail (for the speed it was let go at), which edges it started by, and the
 * glide of a flick after it. Pure.
 */
import {
  axisOf, dist, EDGE_ZONE, FLICK_DURATION_MS, FLICK_MAX_SPEED, FLICK_WINDOW_MS, glide,
  type CanvasSize, type Edge, type PointerSample,
} from './gesture-strokes.ts';

export interface Contact {
  id: number;
  x0: number;
  y0: number;
  t0: number;
  x: number;
  y: number;
  /** The farthest it has been from where it landed. */
  maxDist: number;
  trail: Array<{ x: number; y: number; t: number }>;
}

export const contactAt = (p: PointerSample): Contact => ({ id: p.id, x0: p.x, y0: p.y, t0: p.t, x: p.x, y: p.y, maxDist: 0, trail: [{ x: p.x, y: p.y, t: p.t }] });

export function track(c: Contact, p: PointerSample): void {
  c.x = p.x;
  c.y = p.y;
  c.maxDist = Math.max(c.maxDist, dist(c.x0, c.y0, p.x, p.y));
  c.trail.push({ x: p.x, y: p.y, t: p.t });
  while (c.trail.length > 2 && c.trail[0]!.t < p.t - 2 * FLICK_WINDOW_MS) c.trail.shift();
}

/** Speed (px/ms) over the last FLICK_WINDOW_MS before t; 0 when the finger had stopped. */
export function velocity(c: Contact, t: number): [number, number] {
  const recent = c.trail.filter((q) => q.t >= t - FLICK_WINDOW_MS);
  const a = recent[0];
  const b = recent.at(-1);
  if (!a || !b || b.t - a.t < 1) return [0, 0];
  return [(b.x - a.x) / (b.t - a.t), (b.y - a.y) / (b.t - a.t)];
}

/** The edges (right, bottom) a touch at (x, y) starts by. */
export function edgesAt(x: number, y: number, size: CanvasSize): Edge[] {
  const edges: Edge[] = [];
  if (x >= size.width - EDGE_ZONE) edges.push('right');
  if (y >= size.height - EDGE_ZONE) edges.push('bottom');
  return edges;
}

/** How far (dx, dy) goes inwards from an edge, along a clear axis; 0 otherwise. */
export function inwards(edge: Edge, dx: number, dy: number): number {
  const axis = axisOf(dx, dy);
  if (edge === 'right') return axis === 'left' ? -dx : 0;
  return axis === 'up' ? -dy : 0;
}

/** A flick's glide: from where the drag started, at the speed it was let go (capped), since t0. */
export interface Glide {
  x: number;
  y: number;
  vx: number;
  vy: number;
  t0: number;
  shown: [number, number];
}

export function startGlide(at: readonly [number, number], vx: number, vy: number, t: number): Glide {
  const k = Math.min(1, FLICK_MAX_SPEED / Math.max(Math.hypot(vx, vy), 1e-9));
  return { x: at[0], y: at[1], vx: vx * k, vy: vy * k, t0: t, shown: [0, 0] };
}

/** The glide's next step at time t: the movement since the last step, and whether it is over. */
export function glideStep(g: Glide, t: number): [number, number, boolean] {
  const ms = Math.min(t - g.t0, FLICK_DURATION_MS);
  const at: [number, number] = [glide(g.vx, ms), glide(g.vy, ms)];
  const step: [number, number, boolean] = [at[0] - g.shown[0], at[1] - g.shown[1], ms >= FLICK_DURATION_MS];
  g.shown = at;
  return step;
}

/** A frame this long after the one before: the page stalled, and touches made meanwhile may still wait to be handled. */
export const STALL_MS = 250;

/**
 * The samples' clock. Each sample's time moves on by the lesser of two gaps since the one before:
 * between when the events were made (the touch screen's time) and between when the page handled
 * them. A page busy drawing a frame handles a quick tap's down and up late, together; synthesized
 * touches are made late when the page was late to take the one before. Either way the lesser gap is
 * the finger's. Between samples the clock runs with the page's, for `tick` — except in the first
 * frame after a stall, when a lift made during it may not be handled yet: that frame gives no time.
 */
export interface SampleClock {
  /** The time of a sample made at `made` and handled at `handled` (ms, one time origin). */
  sample(made: number, handled: number): number;
  /** The time for a frame at page time `handled`, or null just after a stall. */
  tick(handled: number): number | null;
}

export function sampleClock(): SampleClock {
  let last: { made: number; handled: number; t: number } | null = null;
  let seen: number | null = null;
  let waited = false;
  return {
    sample(made, handled) {
      const t = last ? last.t + Math.max(0, Math.min(made - last.made, handled - last.handled)) : handled;
      last = { made, handled, t };
      seen = handled;
      waited = false;
      return t;
    },
    tick(handled) {
      // One frame of waiting is enough: a page that keeps stalling still gets its time every other frame.
      const stalled = !waited && seen !== null && handled - seen > STALL_MS;
      seen = handled;
      waited = stalled;
      if (stalled) return null;
      return last ? last.t + Math.max(0, handled - last.handled) : handled;
    },
  };
}
