/**
 * @module wall/systems/gesture-strokes
 * What the gesture recognizer reads and says — pointer samples in, gesture events out — and what
 * tells gestures apart: the thresholds (logical canvas pixels of the 3840×2160 wall, milliseconds)
 * and the measures of a stroke (its axis, whether it is a swipe, how far a flick glides). Pure.
 */

/** A finger (or mouse, or pen) moved to (x, y) at time t, in logical canvas pixels and ms. */
export interface PointerSample {
  id: number;
  x: number;
  y: number;
  t: number;
  kind: 'down' | 'move' | 'up' | 'cancel';
}

export interface CanvasSize {
  width: number;
  height: number;
}

export type Edge = 'right' | 'bottom';
export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * A recognised gesture at (x, y): where it started (drag, flick, swipe) or where it happened. `first`
 * is true on the first event of a gesture that goes on (drag, pinch, flick), always on the others.
 */
export type GestureEvent = { x: number; y: number; first: boolean } & (
  | { gesture: 'tap' | 'double-tap' | 'long-press' | 'two-finger-tap' | 'swipe-left' | 'swipe-right' | 'swipe-up' | 'swipe-down' }
  | { gesture: 'pinch-in' | 'pinch-out'; factor: number; dx: number; dy: number }
  | { gesture: 'rotate'; degrees: number }
  | { gesture: 'two-finger-swipe'; direction: 'left' | 'right' }
  | { gesture: 'three-finger-swipe'; direction: Direction }
  | { gesture: 'drag' | 'flick'; dx: number; dy: number }
  | { gesture: 'edge-swipe'; edge: Edge }
  | { gesture: 'press-and-tap'; tapX: number; tapY: number }
);

/** Movement (px) under which a finger is still. */
export const TAP_SLOP = 24;
/**
 * A moving finger waits this long from touching down before it counts as one finger: fingers of one
 * hand land a few tens of ms apart, and the first should not drag the map before the others arrive.
 */
export const MULTI_TOUCH_SETTLE_MS = 100;
export const LONG_PRESS_MS = 600;
/** A second tap must start this soon after the first ended, this close to it. */
export const DOUBLE_TAP_MS = 300;
export const DOUBLE_TAP_SLOP = 80;
/** Press and tap: the first finger held at least this long before the second lands, which lifts within PRESS_TAP_MAX_MS. */
export const PRESS_HOLD_MS = 200;
export const PRESS_TAP_MAX_MS = 400;
/** Two-finger tap: both fingers land within TWO_FINGER_GAP_MS and are up within TWO_FINGER_TAP_MS. */
export const TWO_FINGER_GAP_MS = 150;
export const TWO_FINGER_TAP_MS = 400;
export const TWO_FINGER_TAP_SLOP = 40;
/** A pinch: the fingers' distance changed by this share, and by at least PINCH_MIN_DISTANCE px. */
export const PINCH_MIN_SCALE_CHANGE = 0.12;
export const PINCH_MIN_DISTANCE = 40;
/** A turn: the fingers' angle changed this much while their distance changed by less than ROTATE_MAX_SCALE_CHANGE. */
export const ROTATE_MIN_DEGREES = 30;
export const ROTATE_MAX_SCALE_CHANGE = 0.25;
/** A swipe: this far, this fast (px/ms), within SWIPE_MAX_MS, along one axis (AXIS_RATIO times the other). */
export const SWIPE_MIN_DISTANCE = 200;
export const SWIPE_MIN_SPEED = 0.8;
export const SWIPE_MAX_MS = 450;
export const AXIS_RATIO = 1.5;
export const THREE_SWIPE_DISTANCE = 200;
/** An edge swipe starts within EDGE_ZONE of the right or bottom edge and goes EDGE_SWIPE_DISTANCE inwards. */
export const EDGE_ZONE = 60;
export const EDGE_SWIPE_DISTANCE = 160;
/** A flick: let go while moving at least this fast (px/ms) over the last FLICK_WINDOW_MS. */
export const FLICK_MIN_SPEED = 0.8;
export const FLICK_MAX_SPEED = 8;
export const FLICK_WINDOW_MS = 80;
/** Inertia: the speed decays with this time constant and stops after FLICK_DURATION_MS. */
export const FLICK_DURATION_MS = 600;
export const FLICK_TIME_CONSTANT_MS = 150;

export const dist = (ax: number, ay: number, bx: number, by: number): number => Math.hypot(ax - bx, ay - by);
const degrees = (rad: number): number => (rad * 180) / Math.PI;
/** An angle difference folded into (-180, 180]. */
export const turn = (a: number, b: number): number => {
  let d = degrees(a - b) % 360;
  if (d > 180) d -= 360;
  if (d <= -180) d += 360;
  return d;
};

/** The direction of a stroke along an axis `ratio` times longer than the other, or null (ratio 1: the longer axis). */
export function axisOf(dx: number, dy: number, ratio = AXIS_RATIO): Direction | null {
  if (Math.abs(dx) >= ratio * Math.abs(dy)) return dx < 0 ? 'left' : 'right';
  if (Math.abs(dy) >= ratio * Math.abs(dx)) return dy < 0 ? 'up' : 'down';
  return null;
}

/** A stroke of (dx, dy) over `ms` as a swipe, or null when it is too short, too slow or slanted. */
export function swipeOf(dx: number, dy: number, ms: number): Direction | null {
  const d = Math.hypot(dx, dy);
  if (d < SWIPE_MIN_DISTANCE || ms > SWIPE_MAX_MS || d / Math.max(ms, 1) < SWIPE_MIN_SPEED) return null;
  return axisOf(dx, dy);
}

/** How far inertia has carried the map `ms` after letting go at speed v. */
export const glide = (v: number, ms: number): number => v * FLICK_TIME_CONSTANT_MS * (1 - Math.exp(-ms / FLICK_TIME_CONSTANT_MS));
