/**
 * @module wall/systems/gestures
 * Pointer input on the wall canvas, for touch, pen and mouse alike: pointer events become samples in
 * logical canvas pixels for the gesture recognizer, whose gestures go to the handlers (see
 * gesture-dispatch); between events a frame callback gives it the time (long press, double-tap wait,
 * a flick's glide), on the samples' clock (gesture-contacts `sampleClock`). The mouse wheel zooms (it
 * is not one of the gestures).
 */
import { dispatchGesture, type GestureHandlers } from './gesture-dispatch.ts';
import { sampleClock } from './gesture-contacts.ts';
import { GestureRecognizer, type CanvasSize, type PointerSample } from './gesture-recognizer.ts';

export type { GestureHandlers } from './gesture-dispatch.ts';

export interface GestureInput extends GestureHandlers {
  toLogical(clientX: number, clientY: number): [number, number];
  /** The logical canvas (edge swipes start near its edges). */
  canvasSize(): CanvasSize;
}

const WHEEL_ZOOM = 0.0015;

export function attachGestures(el: HTMLElement, h: GestureInput): () => void {
  const recognizer = new GestureRecognizer({ size: () => h.canvasSize(), pannableAt: (x, y) => h.pannableAt(x, y) });
  const clock = sampleClock();
  let frame = 0;

  const run = (events: ReturnType<GestureRecognizer['tick']>): void => {
    for (const e of events) dispatchGesture(e, h);
  };
  const tick = (): void => {
    frame = 0;
    const t = clock.tick(performance.now());
    if (t !== null) run(recognizer.tick(t));
    if (recognizer.active()) frame = requestAnimationFrame(tick);
  };
  const sample = (e: PointerEvent, kind: PointerSample['kind']): void => {
    const [x, y] = h.toLogical(e.clientX, e.clientY);
    // Event times share performance.now()'s origin in today's browsers; otherwise only when handled.
    const handled = performance.now();
    const made = e.timeStamp > 0 && Math.abs(handled - e.timeStamp) < 60_000 ? e.timeStamp : handled;
    run(recognizer.feed({ id: e.pointerId, x, y, t: clock.sample(made, handled), kind }));
    if (recognizer.active() && frame === 0) frame = requestAnimationFrame(tick);
  };

  const down = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    el.setPointerCapture?.(e.pointerId);
    sample(e, 'down');
  };
  const move = (e: PointerEvent): void => sample(e, 'move');
  const up = (e: PointerEvent): void => sample(e, 'up');
  const cancel = (e: PointerEvent): void => sample(e, 'cancel');
  const wheel = (e: WheelEvent): void => {
    e.preventDefault();
    const [x, y] = h.toLogical(e.clientX, e.clientY);
    h.zoom(x, y, Math.exp(-e.deltaY * WHEEL_ZOOM));
  };

  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', cancel);
  el.addEventListener('wheel', wheel, { passive: false });
  return () => {
    if (frame !== 0) cancelAnimationFrame(frame);
    el.removeEventListener('pointerdown', down);
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', cancel);
    el.removeEventListener('wheel', wheel);
  };
}
