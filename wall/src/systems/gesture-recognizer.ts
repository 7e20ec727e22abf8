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
 *
 * This is the state machine over time — the fingers down, the session, the tap held back for a
 * double tap, the long press, a flick's glide; how a session's moves and lifts read as gestures is
 * in gesture-session.
 */
import { contactAt, edgesAt, glideStep, startGlide, track, velocity, type Contact, type Glide } from './gesture-contacts.ts';
import {
  addSecondFinger, dragStep, edgeStep, startSession, startStroke, threeFingerStep, twoFingerLift, twoFingerStep, type Session,
} from './gesture-session.ts';
import {
  DOUBLE_TAP_MS, DOUBLE_TAP_SLOP, FLICK_MIN_SPEED, LONG_PRESS_MS, MULTI_TOUCH_SETTLE_MS, SWIPE_MAX_MS, TAP_SLOP,
  dist, swipeOf, type CanvasSize, type GestureEvent, type PointerSample,
} from './gesture-strokes.ts';

export type { CanvasSize, Direction, Edge, GestureEvent, PointerSample } from './gesture-strokes.ts';

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

  /** Reports a gesture of the session (if any): `first` only for the session's first of its kind. */
  private emit(e: GestureEvent | null): void {
    if (!e) return;
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
      this.session = startSession(p, this.opts.pannableAt(p.x, p.y), edgesAt(p.x, p.y, this.opts.size()));
      return;
    }
    this.flushTap();
    this.contacts.set(p.id, c);
    if (s.mode === 'done') return;
    if (this.contacts.size === 2) {
      addSecondFinger(s, this.contacts.get(s.ids[0]!)!, p);
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
        return this.emit(edgeStep(s, c));
      case 'drag':
        return this.emit(dragStep(s, c.x, c.y));
      case 'stroke':
        // Too slow for a swipe: a drag after all.
        if (p.t - c.t0 > SWIPE_MAX_MS) {
          s.mode = 'drag';
          this.emit(dragStep(s, c.x, c.y));
        }
        return;
      case 'two':
      case 'two-drag':
      case 'pinch': {
        const a = this.contacts.get(s.ids[0]!);
        const b = this.contacts.get(s.ids[1]!);
        if (a && b) this.emit(twoFingerStep(s, a, b, p.t));
        return;
      }
      case 'three': {
        const [cx, cy] = this.centroid(s.ids);
        return this.emit(threeFingerStep(s, cx, cy));
      }
      case 'done':
        return;
    }
  }

  /** One finger has moved: a tap held back goes out, and the session becomes a stroke of some kind. */
  private decide(s: Session, c: Contact): void {
    this.flushTap();
    this.emit(startStroke(s, c));
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
    if (n === 2 && s.mode === 'two') this.emit(twoFingerLift(s, this.contacts.get(s.ids[0]!)!, this.contacts.get(s.ids[1]!)!, c, t));
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
        else this.emit(dragStep(s, c.x, c.y));
        return;
      }
      case 'drag': {
        this.emit(dragStep(s, c.x, c.y));
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
}
