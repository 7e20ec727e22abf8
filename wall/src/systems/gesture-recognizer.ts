/**
 * @module wall/systems/gesture-recognizer
 * Turns pointer samples (logical canvas pixels, milliseconds) into the wall's 17 gestures. Pure: no
 * DOM and no clock of its own — `feed` takes each sample, `tick` the time between samples (a long
 * press, the wait for a second tap, a flick's inertia), and both answer the gestures recognised.
 *
 * A session runs from the first finger down to the last finger up; its fingers decide what it is.
 * One finger: still → tap, double tap or long press; moving where the map pans → drag (and a flick
 * when let go while moving fast); moving where nothing pans → a swipe when fast, else a drag; from
 * the right or bottom edge inwards → edge swipe. A second finger held still by the first → press and
 * tap. Two fingers: tap, pinch, turn (rotate), swipe. Three: swipe. More: nothing.
 */
import type { GestureName } from './gesture-meanings.ts';
import { contactAt, edgesAt, glideStep, inwards, startGlide, track, velocity, type Contact, type Glide } from './gesture-contacts.ts';
import {
  DOUBLE_TAP_MS, DOUBLE_TAP_SLOP, EDGE_SWIPE_DISTANCE, FLICK_MIN_SPEED, LONG_PRESS_MS, MULTI_TOUCH_SETTLE_MS, PINCH_MIN_DISTANCE,
  PINCH_MIN_SCALE_CHANGE, PRESS_HOLD_MS, PRESS_TAP_MAX_MS, ROTATE_MAX_SCALE_CHANGE, ROTATE_MIN_DEGREES, SWIPE_MAX_MS, TAP_SLOP,
  THREE_SWIPE_DISTANCE, TWO_FINGER_GAP_MS, TWO_FINGER_TAP_MS, TWO_FINGER_TAP_SLOP,
  axisOf, dist, swipeOf, turn, type CanvasSize, type Edge, type GestureEvent, type PointerSample,
} from './gesture-strokes.ts';

export type { CanvasSize, Direction, Edge, GestureEvent, PointerSample } from './gesture-strokes.ts';

type Mode = 'still' | 'edge' | 'drag' | 'stroke' | 'two' | 'two-drag' | 'pinch' | 'three' | 'done';

interface Session {
  mode: Mode;
  pannable: boolean;
  edges: Edge[];
  edge: Edge | null;
  /** The point pans are reported from, and the last point reported. */
  origin: [number, number];
  last: [number, number];
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

interface PendingTap {
  x: number;
  y: number;
  upAt: number;
  /** A second finger is down close by, in time: maybe a double tap. */
  awaiting: boolean;
}

export interface RecognizerOptions {
  size(): CanvasSize;
  /** Whether a drag starting at (x, y) moves something (the map). */
  pannableAt(x: number, y: number): boolean;
}

export class GestureRecognizer {
  private readonly contacts = new Map<number, Contact>();
  private session: Session | null = null;
  private pending: PendingTap | null = null;
  private inertia: Glide | null = null;
  private out: GestureEvent[] = [];

  constructor(private readonly opts: RecognizerOptions) {}

  /** Whether `tick` still has something to do (fingers down, a tap waiting, a glide). */
  active(): boolean {
    return this.contacts.size > 0 || this.pending !== null || this.inertia !== null;
  }

  feed(s: PointerSample): GestureEvent[] {
    this.out = [];
    this.advance(s.t);
    if (s.kind === 'down') this.down(s);
    else if (s.kind === 'move') this.move(s);
    else this.lift(s);
    return this.out;
  }

  tick(t: number): GestureEvent[] {
    this.out = [];
    this.advance(t);
    const g = this.inertia;
    if (g) {
      const [dx, dy, over] = glideStep(g, t);
      if (Math.abs(dx) + Math.abs(dy) > 0.01) this.out.push({ gesture: 'flick', x: g.x, y: g.y, dx, dy, first: false });
      if (over) this.inertia = null;
    }
    return this.out;
  }

  private emit(e: GestureEvent): void {
    const s = this.session;
    const first = s ? !s.seen.has(e.gesture) : true;
    s?.seen.add(e.gesture);
    this.out.push({ ...e, first: e.first && first });
  }

  /** The single tap held back for a possible second one goes out now. */
  private flushTap(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.out.push({ gesture: 'tap', x: p.x, y: p.y, first: true });
  }

  private advance(t: number): void {
    const p = this.pending;
    if (p && !p.awaiting && t - p.upAt > DOUBLE_TAP_MS) this.flushTap();
    const s = this.session;
    const only = this.contacts.size === 1 ? [...this.contacts.values()][0]! : null;
    if (s?.mode === 'still' && only && t - only.t0 >= LONG_PRESS_MS) {
      this.flushTap();
      s.mode = 'done';
      this.emit({ gesture: 'long-press', x: only.x0, y: only.y0, first: true });
    }
  }

  private down(p: PointerSample): void {
    this.inertia = null;
    const c = contactAt(p);
    const s = this.session;
    if (!s || this.contacts.size === 0) {
      const q = this.pending;
      if (q && (p.t - q.upAt > DOUBLE_TAP_MS || dist(q.x, q.y, p.x, p.y) > DOUBLE_TAP_SLOP)) this.flushTap();
      else if (q) q.awaiting = true;
      this.contacts.set(p.id, c);
      this.session = {
        mode: 'still', pannable: this.opts.pannableAt(p.x, p.y), edges: edgesAt(p.x, p.y, this.opts.size()), edge: null,
        origin: [p.x, p.y], last: [p.x, p.y], seen: new Set(), ids: [p.id], t1: p.t, t2: p.t, heldFirst: false,
        d0: 0, a0: 0, c0: [p.x, p.y], lastD: 0, pinch: 'pinch-out',
      };
      return;
    }
    this.flushTap();
    this.contacts.set(p.id, c);
    if (s.mode === 'done') return;
    if (this.contacts.size === 2) {
      const a = this.contacts.get(s.ids[0]!)!;
      // A first finger still settling counts from where it landed.
      const [ax, ay] = s.mode === 'still' ? [a.x0, a.y0] : [a.x, a.y];
      s.heldFirst = s.mode === 'still' && a.maxDist <= TAP_SLOP && p.t - a.t0 >= PRESS_HOLD_MS;
      s.mode = s.mode === 'drag' ? 'two-drag' : 'two';
      s.ids = [a.id, p.id];
      s.t2 = p.t;
      s.d0 = s.lastD = Math.max(1, dist(a.x, a.y, p.x, p.y));
      s.a0 = Math.atan2(p.y - a.y, p.x - a.x);
      s.c0 = s.origin = s.last = [(ax + p.x) / 2, (ay + p.y) / 2];
    } else if (this.contacts.size === 3) {
      s.mode = 'three';
      s.ids = [...this.contacts.keys()];
      s.c0 = this.centroid(s.ids);
    } else {
      s.mode = 'done';
    }
  }

  private centroid(ids: readonly number[]): [number, number] {
    const cs = ids.map((id) => this.contacts.get(id)).filter((c): c is Contact => c !== undefined);
    return [cs.reduce((n, c) => n + c.x, 0) / cs.length, cs.reduce((n, c) => n + c.y, 0) / cs.length];
  }

  /** Reports the drag from the last reported point to (x, y). */
  private dragTo(s: Session, x: number, y: number): void {
    const [lx, ly] = s.last;
    s.last = [x, y];
    if (x !== lx || y !== ly) this.emit({ gesture: 'drag', x: s.origin[0], y: s.origin[1], dx: x - lx, dy: y - ly, first: true });
  }

  private move(p: PointerSample): void {
    const c = this.contacts.get(p.id);
    const s = this.session;
    if (!c || !s) return;
    track(c, p);
    switch (s.mode) {
      case 'still':
        if (c.maxDist > TAP_SLOP && p.t - c.t0 >= MULTI_TOUCH_SETTLE_MS) this.decide(s, c);
        return;
      case 'edge':
        return this.edgeMove(s, c);
      case 'drag':
        return this.dragTo(s, c.x, c.y);
      case 'stroke':
        // Too slow for a swipe: a drag after all.
        if (p.t - c.t0 > SWIPE_MAX_MS) {
          s.mode = 'drag';
          this.dragTo(s, c.x, c.y);
        }
        return;
      case 'two':
      case 'two-drag':
      case 'pinch':
        return this.twoMove(s, p.t);
      case 'three': {
        const [cx, cy] = this.centroid(s.ids);
        const mx = cx - s.c0[0];
        const my = cy - s.c0[1];
        if (Math.hypot(mx, my) < THREE_SWIPE_DISTANCE) return;
        s.mode = 'done';
        this.emit({ gesture: 'three-finger-swipe', x: s.c0[0], y: s.c0[1], direction: axisOf(mx, my, 1)!, first: true });
        return;
      }
      case 'done':
        return;
    }
  }

  /** One finger has moved: an edge swipe, a drag (where the map pans) or a stroke (maybe a swipe). */
  private decide(s: Session, c: Contact): void {
    this.flushTap();
    const edge = s.edges.find((e) => inwards(e, c.x - c.x0, c.y - c.y0) > 0) ?? null;
    s.mode = edge ? 'edge' : s.pannable ? 'drag' : 'stroke';
    s.edge = edge;
    if (edge) this.edgeMove(s, c);
    else if (s.mode === 'drag') this.dragTo(s, c.x, c.y);
  }

  private edgeMove(s: Session, c: Contact): void {
    const inward = s.edge ? inwards(s.edge, c.x - c.x0, c.y - c.y0) : 0;
    if (s.edge && inward >= EDGE_SWIPE_DISTANCE) {
      s.mode = 'done';
      this.emit({ gesture: 'edge-swipe', x: c.x0, y: c.y0, edge: s.edge, first: true });
    } else if (inward === 0) {
      // Turned away from the inward course: an ordinary stroke from here.
      s.mode = s.pannable ? 'drag' : 'stroke';
      if (s.mode === 'drag') this.dragTo(s, c.x, c.y);
    }
  }

  private twoMove(s: Session, t: number): void {
    const a = this.contacts.get(s.ids[0]!);
    const b = this.contacts.get(s.ids[1]!);
    if (!a || !b) return;
    const d = Math.max(1, dist(a.x, a.y, b.x, b.y));
    const angle = Math.atan2(b.y - a.y, b.x - a.x);
    if (s.mode === 'two' && t - s.t2 < MULTI_TOUCH_SETTLE_MS) {
      // Still landing (a third finger may follow): what counts as a pinch or a turn is measured from
      // the shape they settle in; the zoom still counts from where they landed.
      s.d0 = d;
      s.a0 = angle;
      return;
    }
    const change = Math.abs(d / s.d0 - 1);
    const rot = turn(angle, s.a0);
    const cx = (a.x + b.x) / 2;
    const cy = (a.y + b.y) / 2;
    if (s.mode === 'two' && Math.abs(rot) >= ROTATE_MIN_DEGREES && change < ROTATE_MAX_SCALE_CHANGE) {
      s.mode = 'done';
      this.emit({ gesture: 'rotate', x: cx, y: cy, degrees: rot, first: true });
      return;
    }
    const pinching = change >= PINCH_MIN_SCALE_CHANGE && Math.abs(d - s.d0) >= PINCH_MIN_DISTANCE && (s.mode !== 'two' || Math.abs(rot) < ROTATE_MIN_DEGREES / 2 || change >= ROTATE_MAX_SCALE_CHANGE);
    if (s.mode !== 'pinch' && pinching) s.mode = 'pinch';
    if (s.mode === 'pinch') {
      const factor = d / s.lastD;
      const [lx, ly] = s.last;
      s.lastD = d;
      s.last = [cx, cy];
      if (factor !== 1) s.pinch = factor > 1 ? 'pinch-out' : 'pinch-in';
      if (factor !== 1 || cx !== lx || cy !== ly) this.emit({ gesture: s.pinch, x: cx, y: cy, factor, dx: cx - lx, dy: cy - ly, first: true });
      return;
    }
    // Two fingers moving together, too slowly for a swipe: they drag the map.
    if (s.mode === 'two' && dist(cx, cy, s.c0[0], s.c0[1]) > TAP_SLOP && t - s.t2 > SWIPE_MAX_MS) s.mode = 'two-drag';
    if (s.mode === 'two-drag') this.dragTo(s, cx, cy);
  }

  private lift(p: PointerSample): void {
    const c = this.contacts.get(p.id);
    const s = this.session;
    if (!c || !s) return;
    if (p.kind === 'cancel') {
      this.flushTap();
      s.mode = 'done';
    } else {
      track(c, p);
      this.classifyLift(s, c, p.t);
    }
    this.contacts.delete(p.id);
    if (this.contacts.size === 0) this.session = null;
  }

  private classifyLift(s: Session, c: Contact, t: number): void {
    const n = this.contacts.size;
    if (n === 1) return this.liftOne(s, c, t);
    if (n === 2 && s.mode === 'two') this.liftTwo(s, c, t);
    else if (n === 3 && s.mode === 'three') this.move({ id: c.id, x: c.x, y: c.y, t, kind: 'move' });
    s.mode = 'done';
  }

  private liftOne(s: Session, c: Contact, t: number): void {
    if (s.mode === 'still' && c.maxDist > TAP_SLOP) this.decide(s, c);
    switch (s.mode) {
      case 'still': {
        const q = this.pending;
        if (q?.awaiting) {
          this.pending = null;
          this.emit({ gesture: 'double-tap', x: q.x, y: q.y, first: true });
        } else if (s.pannable) {
          // On the map a tap waits a moment: it may be the first of a double tap.
          this.pending = { x: c.x0, y: c.y0, upAt: t, awaiting: false };
        } else {
          this.emit({ gesture: 'tap', x: c.x0, y: c.y0, first: true });
        }
        return;
      }
      case 'edge':
      case 'stroke': {
        const dir = swipeOf(c.x - c.x0, c.y - c.y0, t - c.t0);
        if (dir) this.emit({ gesture: `swipe-${dir}`, x: c.x0, y: c.y0, first: true });
        else this.dragTo(s, c.x, c.y);
        return;
      }
      case 'drag': {
        this.dragTo(s, c.x, c.y);
        if (!s.pannable) return;
        const [vx, vy] = velocity(c, t);
        if (Math.hypot(vx, vy) < FLICK_MIN_SPEED) return;
        this.inertia = startGlide(s.origin, vx, vy, t);
        this.emit({ gesture: 'flick', x: s.origin[0], y: s.origin[1], dx: 0, dy: 0, first: true });
        return;
      }
      default:
        return;
    }
  }

  /** The first of two fingers lifts: press and tap, a two-finger tap, or a two-finger swipe. */
  private liftTwo(s: Session, c: Contact, t: number): void {
    const a = this.contacts.get(s.ids[0]!)!;
    const b = this.contacts.get(s.ids[1]!)!;
    if (s.heldFirst && c.id === b.id && a.maxDist <= TAP_SLOP && b.maxDist <= TAP_SLOP && t - s.t2 <= PRESS_TAP_MAX_MS) {
      this.emit({ gesture: 'press-and-tap', x: a.x0, y: a.y0, tapX: b.x0, tapY: b.y0, first: true });
      return;
    }
    const still = a.maxDist <= TWO_FINGER_TAP_SLOP && b.maxDist <= TWO_FINGER_TAP_SLOP;
    if (!s.heldFirst && still && s.t2 - s.t1 <= TWO_FINGER_GAP_MS && t - s.t1 <= TWO_FINGER_TAP_MS) {
      this.emit({ gesture: 'two-finger-tap', x: s.c0[0], y: s.c0[1], first: true });
      return;
    }
    const dir = swipeOf((a.x + b.x) / 2 - s.c0[0], (a.y + b.y) / 2 - s.c0[1], t - s.t2);
    if (dir === 'left' || dir === 'right') this.emit({ gesture: 'two-finger-swipe', x: s.c0[0], y: s.c0[1], direction: dir, first: true });
  }
}
