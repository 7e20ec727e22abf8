/**
 * @module wall/systems/gestures
 * Pointer input on the wall canvas, for mouse, pen and touch alike: tap, one-finger drag (pan),
 * two-finger pinch (zoom and pan) and the mouse wheel (zoom). Reports in logical canvas pixels.
 */
export interface GestureHandlers {
  toLogical(clientX: number, clientY: number): [number, number];
  tap(x: number, y: number): void;
  pan(x: number, y: number, dx: number, dy: number): void;
  zoom(x: number, y: number, factor: number): void;
}

const TAP_SLOP = 12;
const TAP_MS = 600;

interface Pointer {
  x: number;
  y: number;
  startX: number;
  startY: number;
  startedAt: number;
}

export function attachGestures(el: HTMLElement, h: GestureHandlers): () => void {
  const pointers = new Map<number, Pointer>();
  let moved = false;

  const down = (e: PointerEvent): void => {
    el.setPointerCapture?.(e.pointerId);
    const [x, y] = h.toLogical(e.clientX, e.clientY);
    pointers.set(e.pointerId, { x, y, startX: x, startY: y, startedAt: e.timeStamp });
    if (pointers.size > 1) moved = true;
    else moved = false;
  };

  const move = (e: PointerEvent): void => {
    const p = pointers.get(e.pointerId);
    if (!p) return;
    const [x, y] = h.toLogical(e.clientX, e.clientY);
    if (pointers.size === 1) {
      if (!moved && Math.hypot(x - p.startX, y - p.startY) < TAP_SLOP) return;
      moved = true;
      h.pan(p.startX, p.startY, x - p.x, y - p.y);
    } else if (pointers.size === 2) {
      const other = [...pointers.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(p.x - other.x, p.y - other.y);
        const after = Math.hypot(x - other.x, y - other.y);
        const cx = (x + other.x) / 2;
        const cy = (y + other.y) / 2;
        h.pan(cx, cy, (x - p.x) / 2, (y - p.y) / 2);
        if (before > 0) h.zoom(cx, cy, after / before);
      }
    }
    p.x = x;
    p.y = y;
  };

  const up = (e: PointerEvent): void => {
    const p = pointers.get(e.pointerId);
    pointers.delete(e.pointerId);
    if (!p || moved || pointers.size > 0) return;
    if (e.timeStamp - p.startedAt <= TAP_MS) h.tap(p.startX, p.startY);
  };

  const cancel = (e: PointerEvent): void => {
    pointers.delete(e.pointerId);
    moved = true;
  };

  const wheel = (e: WheelEvent): void => {
    e.preventDefault();
    const [x, y] = h.toLogical(e.clientX, e.clientY);
    h.zoom(x, y, Math.exp(-e.deltaY * 0.0015));
  };

  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', cancel);
  el.addEventListener('wheel', wheel, { passive: false });
  return () => {
    el.removeEventListener('pointerdown', down);
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', cancel);
    el.removeEventListener('wheel', wheel);
  };
}
