/**
 * @module wall/state/map-view
 * The map's transform: fitting the city into a panel, panning, zooming about a point, and the
 * inverse (panel pixel → map metres) used for hit tests. Pure.
 */
import type { MapView } from './wall-state.ts';

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 16;
const MARGIN = 0.94;

export const homeView = (b: Bounds): MapView => ({ zoom: 1, cx: (b.minX + b.maxX) / 2, cy: (b.minY + b.maxY) / 2 });

/** Panel pixels per map metre. */
export function scaleOf(b: Bounds, view: MapView, w: number, h: number): number {
  return Math.min(w / (b.maxX - b.minX), h / (b.maxY - b.minY)) * MARGIN * view.zoom;
}

export function toScreen(b: Bounds, view: MapView, w: number, h: number, x: number, y: number): [number, number] {
  const s = scaleOf(b, view, w, h);
  return [w / 2 + (x - view.cx) * s, h / 2 + (y - view.cy) * s];
}

export function toMap(b: Bounds, view: MapView, w: number, h: number, px: number, py: number): [number, number] {
  const s = scaleOf(b, view, w, h);
  return [view.cx + (px - w / 2) / s, view.cy + (py - h / 2) / s];
}

/** Keeps the centre over the city. */
function clampCentre(b: Bounds, view: MapView): MapView {
  return { zoom: view.zoom, cx: Math.min(b.maxX, Math.max(b.minX, view.cx)), cy: Math.min(b.maxY, Math.max(b.minY, view.cy)) };
}

export function panBy(b: Bounds, view: MapView, w: number, h: number, dx: number, dy: number): MapView {
  const s = scaleOf(b, view, w, h);
  return clampCentre(b, { zoom: view.zoom, cx: view.cx - dx / s, cy: view.cy - dy / s });
}

/** Zooms by `factor` keeping the map point under panel pixel (px, py) where it is. */
export function zoomAt(b: Bounds, view: MapView, w: number, h: number, factor: number, px: number, py: number): MapView {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom * factor));
  const [mx, my] = toMap(b, view, w, h, px, py);
  const s = scaleOf(b, { ...view, zoom }, w, h);
  return clampCentre(b, { zoom, cx: mx - (px - w / 2) / s, cy: my - (py - h / 2) / s });
}

/** Centres on a point at a zoom. */
export const focusView = (b: Bounds, x: number, y: number, zoom: number): MapView => clampCentre(b, { zoom, cx: x, cy: y });

/** How close a map centred on one gu starts (a district head's wall). */
export const FOCUS_ZOOM = 2.5;

/** A map's view before anyone moves it: on the layout's gu (its label point) when it has one, else the whole city. */
export const defaultView = (b: Bounds, focus: readonly [number, number] | null): MapView => (focus ? focusView(b, focus[0], focus[1], FOCUS_ZOOM) : homeView(b));
