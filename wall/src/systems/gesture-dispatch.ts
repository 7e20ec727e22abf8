/**
 * @module wall/systems/gesture-dispatch
 * What each recognised gesture does on the wall: the handlers it calls (tap, pan, zoom, long press,
 * edge swipe) or the command it issues (go back, next screen, language, help, next gu…), as the
 * table in gesture-meanings says. Also counts the gestures for the test hook. Pure: no DOM.
 */
import type { Command, Language } from '../../../server/contracts/index.ts';
import { SEOUL_GU_CODES } from '../../../server/auth/districts.ts';
import type { GestureName } from './gesture-meanings.ts';
import type { Edge, GestureEvent } from './gesture-recognizer.ts';

/** A double tap zooms the map in this much about the point. */
export const DOUBLE_TAP_ZOOM = 2;

/** What some gestures' commands are about, read when they happen. */
export interface GestureContext {
  language: Language;
  /** The selected gu. */
  selected: string | null;
  /** The gu under logical (x, y), on a map. */
  districtAt(x: number, y: number): string | null;
}

export interface GestureHandlers {
  /** Whether a drag starting at (x, y) moves something (the map): there a fast stroke is a drag, elsewhere a swipe. */
  pannableAt(x: number, y: number): boolean;
  tap(x: number, y: number): void;
  pan(x: number, y: number, dx: number, dy: number): void;
  zoom(x: number, y: number, factor: number): void;
  longPress(x: number, y: number): void;
  command(cmd: Command, gesture: GestureName): void;
  edgeSwipe(edge: Edge): void;
  context(): GestureContext;
  /** Every gesture recognised, once per gesture (a drag once, not once per move). */
  gesture?(name: GestureName): void;
}

/** The gu `step` places after (or before) `current` among the 25 in code order, going round. */
export function stepDistrict(current: string | null, step: 1 | -1, codes: readonly string[] = SEOUL_GU_CODES): string {
  const i = current === null ? -1 : codes.indexOf(current);
  if (i < 0) return step === 1 ? codes[0]! : codes.at(-1)!;
  return codes[(i + step + codes.length) % codes.length]!;
}

/** The command a gesture issues, or null for gestures that act through the handlers (or mean nothing here). */
export function commandOf(e: GestureEvent, ctx: GestureContext): Command | null {
  switch (e.gesture) {
    case 'two-finger-tap':
      return { type: 'go-back' };
    case 'rotate':
      return { type: 'change-language', lang: ctx.language === 'ko' ? 'en' : 'ko' };
    case 'swipe-left':
      return { type: 'next-screen' };
    case 'swipe-right':
      return { type: 'previous-screen' };
    case 'swipe-up':
      return { type: 'show-help' };
    case 'swipe-down':
      return { type: 'clear-selection' };
    case 'two-finger-swipe':
      return { type: 'select-district', district: stepDistrict(ctx.selected, e.direction === 'left' ? 1 : -1) };
    case 'three-finger-swipe':
      return { type: 'reset-view' };
    case 'press-and-tap': {
      // The gu held against the selected one, or else against the gu tapped.
      const held = ctx.districtAt(e.x, e.y);
      const other = ctx.selected ?? ctx.districtAt(e.tapX, e.tapY);
      return held && other && held !== other ? { type: 'compare-districts', districts: [held, other] } : null;
    }
    default:
      return null;
  }
}

export function dispatchGesture(e: GestureEvent, h: GestureHandlers): void {
  if (e.first) h.gesture?.(e.gesture);
  switch (e.gesture) {
    case 'tap':
      return h.tap(e.x, e.y);
    case 'double-tap':
      return h.zoom(e.x, e.y, DOUBLE_TAP_ZOOM);
    case 'long-press':
      return h.longPress(e.x, e.y);
    case 'pinch-in':
    case 'pinch-out':
      if (e.dx !== 0 || e.dy !== 0) h.pan(e.x, e.y, e.dx, e.dy);
      if (e.factor !== 1) h.zoom(e.x, e.y, e.factor);
      return;
    case 'drag':
    case 'flick':
      if (e.dx !== 0 || e.dy !== 0) h.pan(e.x, e.y, e.dx, e.dy);
      return;
    case 'edge-swipe':
      return h.edgeSwipe(e.edge);
    default: {
      const cmd = commandOf(e, h.context());
      if (cmd) h.command(cmd, e.gesture);
    }
  }
}

/** How many gestures of each kind the wall recognised, and the last one. */
export interface GestureLog {
  count: number;
  last: GestureName | null;
  counts: Partial<Record<GestureName, number>>;
}

export const createGestureLog = (): GestureLog => ({ count: 0, last: null, counts: {} });

export function recordGesture(log: GestureLog, name: GestureName): void {
  log.count += 1;
  log.last = name;
  log.counts[name] = (log.counts[name] ?? 0) + 1;
}
