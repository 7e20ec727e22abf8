/**
 * @module wall/systems/gesture-session
 * One gesture session — from the first finger down to the last finger up — as the gesture recognizer
 * reads it: what it is so far (its mode), where it started and the shape its fingers started in, and
 * the steps that advance it as they move or lift, each answering the gesture it makes, if any: a drag,
 * an edge swipe, a pinch or a turn, a three-finger swipe; press and tap, a two-finger tap or swipe.
 * Pure; the recognizer keeps the fingers, the time, the tap held back for a double tap and a flick's glide.
 */
import type { GestureName } from './gesture-meanings.ts';
import { inwards, type Contact } from './gesture-contacts.ts';
import {
  EDGE_SWIPE_DISTANCE, MULTI_TOUCH_SETTLE_MS, PINCH_MIN_DISTANCE, PINCH_MIN_SCALE_CHANGE, PRESS_HOLD_MS, PRESS_TAP_MAX_MS,
  ROTATE_MAX_SCALE_CHANGE, ROTATE_MIN_DEGREES, SWIPE_MAX_MS, TAP_SLOP, THREE_SWIPE_DISTANCE, TWO_FINGER_GAP_MS, TWO_FINGER_TAP_MS,
  TWO_FINGER_TAP_SLOP, axisOf, dist, swipeOf, turn, type Edge, type GestureEvent, type PointerSample,
} from './gesture-strokes.ts';

export type Mode = 'still' | 'edge' | 'drag' | 'stroke' | 'two' | 'two-drag' | 'pinch' | 'three' | 'done';

export interface Session {
  mode: Mode;
  pannable: boolean;
  edges: Edge[];
  edge: Edge | null;
  /** The point pans are reported from, and the last point reported. */
  origin: [number, number];
  last: [number, number];
  /** The gestures this session has made (only the first of each kind is `first`). */
  seen: Set<GestureName>;
  /** Two or three fingers: who, since when, and the shape they started with. */
  ids: number[];
  t1: number;
  t2: number;
  heldFirst: boolean;
  d0: number;
  a0: number;
  c0: [number, number];
  lastD: number;
  pinch: 'pinch-in' | 'pinch-out';
}

/** The session a first finger starts, still until it moves. */
export function startSession(p: PointerSample, pannable: boolean, edges: Edge[]): Session {
  return {
    mode: 'still', pannable, edges, edge: null,
    origin: [p.x, p.y], last: [p.x, p.y], seen: new Set(), ids: [p.id], t1: p.t, t2: p.t, heldFirst: false,
    d0: 0, a0: 0, c0: [p.x, p.y], lastD: 0, pinch: 'pinch-out',
  };
}

/** A second finger `p` lands beside the first, `a`: the shape the two start in. */
export function addSecondFinger(s: Session, a: Contact, p: PointerSample): void {
  // A first finger still settling counts from where it landed.
  const [ax, ay] = s.mode === 'still' ? [a.x0, a.y0] : [a.x, a.y];
  s.heldFirst = s.mode === 'still' && a.maxDist <= TAP_SLOP && p.t - a.t0 >= PRESS_HOLD_MS;
  s.mode = s.mode === 'drag' ? 'two-drag' : 'two';
  s.ids = [a.id, p.id];
  s.t2 = p.t;
  s.d0 = s.lastD = Math.max(1, dist(a.x, a.y, p.x, p.y));
  s.a0 = Math.atan2(p.y - a.y, p.x - a.x);
  s.c0 = s.origin = s.last = [(ax + p.x) / 2, (ay + p.y) / 2];
}

/** The drag from the last reported point to (x, y), if it moved. */
export function dragStep(s: Session, x: number, y: number): GestureEvent | null {
  const [lx, ly] = s.last;
  s.last = [x, y];
  return x !== lx || y !== ly ? { gesture: 'drag', x: s.origin[0], y: s.origin[1], dx: x - lx, dy: y - ly, first: true } : null;
}

/** One finger has moved: an edge swipe, a drag (where the map pans) or a stroke (maybe a swipe). */
export function startStroke(s: Session, c: Contact): GestureEvent | null {
  const edge = s.edges.find((e) => inwards(e, c.x - c.x0, c.y - c.y0) > 0) ?? null;
  s.mode = edge ? 'edge' : s.pannable ? 'drag' : 'stroke';
  s.edge = edge;
  if (edge) return edgeStep(s, c);
  return s.mode === 'drag' ? dragStep(s, c.x, c.y) : null;
}

/** A finger moving in from an edge: the edge swipe once it is far enough in. */
export function edgeStep(s: Session, c: Contact): GestureEvent | null {
  const inward = s.edge ? inwards(s.edge, c.x - c.x0, c.y - c.y0) : 0;
  if (s.edge && inward >= EDGE_SWIPE_DISTANCE) {
    s.mode = 'done';
    return { gesture: 'edge-swipe', x: c.x0, y: c.y0, edge: s.edge, first: true };
  }
  if (inward === 0) {
    // Turned away from the inward course: an ordinary stroke from here.
    s.mode = s.pannable ? 'drag' : 'stroke';
    if (s.mode === 'drag') return dragStep(s, c.x, c.y);
  }
  return null;
}

/** Two fingers `a` and `b` moved: a turn, a pinch, or the two dragging together. */
export function twoFingerStep(s: Session, a: Contact, b: Contact, t: number): GestureEvent | null {
  const d = Math.max(1, dist(a.x, a.y, b.x, b.y));
  const angle = Math.atan2(b.y - a.y, b.x - a.x);
  if (s.mode === 'two' && t - s.t2 < MULTI_TOUCH_SETTLE_MS) {
    // Still landing (a third finger may follow): what counts as a pinch or a turn is measured from
    // the shape they settle in; the zoom still counts from where they landed.
    s.d0 = d;
    s.a0 = angle;
    return null;
  }
  const change = Math.abs(d / s.d0 - 1);
  const rot = turn(angle, s.a0);
  const cx = (a.x + b.x) / 2;
  const cy = (a.y + b.y) / 2;
  if (s.mode === 'two' && Math.abs(rot) >= ROTATE_MIN_DEGREES && change < ROTATE_MAX_SCALE_CHANGE) {
    s.mode = 'done';
    return { gesture: 'rotate', x: cx, y: cy, degrees: rot, first: true };
  }
  const pinching = change >= PINCH_MIN_SCALE_CHANGE && Math.abs(d - s.d0) >= PINCH_MIN_DISTANCE && (s.mode !== 'two' || Math.abs(rot) < ROTATE_MIN_DEGREES / 2 || change >= ROTATE_MAX_SCALE_CHANGE);
  if (s.mode !== 'pinch' && pinching) s.mode = 'pinch';
  if (s.mode === 'pinch') {
    const factor = d / s.lastD;
    const [lx, ly] = s.last;
    s.lastD = d;
    s.last = [cx, cy];
    if (factor !== 1) s.pinch = factor > 1 ? 'pinch-out' : 'pinch-in';
    return factor !== 1 || cx !== lx || cy !== ly ? { gesture: s.pinch, x: cx, y: cy, factor, dx: cx - lx, dy: cy - ly, first: true } : null;
  }
  // Two fingers moving together, too slowly for a swipe: they drag the map.
  if (s.mode === 'two' && dist(cx, cy, s.c0[0], s.c0[1]) > TAP_SLOP && t - s.t2 > SWIPE_MAX_MS) s.mode = 'two-drag';
  return s.mode === 'two-drag' ? dragStep(s, cx, cy) : null;
}

/** Three fingers moved, their centroid now at (cx, cy): a three-finger swipe once it is far enough. */
export function threeFingerStep(s: Session, cx: number, cy: number): GestureEvent | null {
  const mx = cx - s.c0[0];
  const my = cy - s.c0[1];
  if (Math.hypot(mx, my) < THREE_SWIPE_DISTANCE) return null;
  s.mode = 'done';
  return { gesture: 'three-finger-swipe', x: s.c0[0], y: s.c0[1], direction: axisOf(mx, my, 1)!, first: true };
}

/** The first of two fingers (`a` landed first, `b` second) lifts, `lifted`: press and tap, a two-finger tap, or a two-finger swipe. */
export function twoFingerLift(s: Session, a: Contact, b: Contact, lifted: Contact, t: number): GestureEvent | null {
  if (s.heldFirst && lifted.id === b.id && a.maxDist <= TAP_SLOP && b.maxDist <= TAP_SLOP && t - s.t2 <= PRESS_TAP_MAX_MS) {
    return { gesture: 'press-and-tap', x: a.x0, y: a.y0, tapX: b.x0, tapY: b.y0, first: true };
  }
  const still = a.maxDist <= TWO_FINGER_TAP_SLOP && b.maxDist <= TWO_FINGER_TAP_SLOP;
  if (!s.heldFirst && still && s.t2 - s.t1 <= TWO_FINGER_GAP_MS && t - s.t1 <= TWO_FINGER_TAP_MS) {
    return { gesture: 'two-finger-tap', x: s.c0[0], y: s.c0[1], first: true };
  }
  const dir = swipeOf((a.x + b.x) / 2 - s.c0[0], (a.y + b.y) / 2 - s.c0[1], t - s.t2);
  return dir === 'left' || dir === 'right' ? { gesture: 'two-finger-swipe', x: s.c0[0], y: s.c0[1], direction: dir, first: true } : null;
}
