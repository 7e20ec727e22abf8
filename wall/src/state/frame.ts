/**
 * @module wall/state/frame
 * Where things go: the logical canvas for a viewport (3840×2160, or 1080 wide on a portrait phone),
 * its scale and letterbox, and each panel's rectangle on it. Pure.
 */
import { GRID, type Panel, type Screen } from '../../../server/contracts/layout.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Frame {
  orientation: 'landscape' | 'portrait';
  width: number;
  height: number;
  /** CSS pixels per logical pixel. */
  scale: number;
  offsetX: number;
  offsetY: number;
}

export const LANDSCAPE = { width: 3840, height: 2160 } as const;
export const HEADER_HEIGHT = 150;
export const GAP = 24;

/** Portrait screens (phones) get a narrower canvas, as tall as the screen, so text stays readable. */
export const PORTRAIT_WIDTH = 1080;

export function frameFor(viewportW: number, viewportH: number): Frame {
  if (viewportH > viewportW * 1.1) {
    const width = PORTRAIT_WIDTH;
    const height = Math.max(1920, Math.round((width * viewportH) / viewportW));
    const scale = Math.min(viewportW / width, viewportH / height);
    return { orientation: 'portrait', width, height, scale, offsetX: (viewportW - width * scale) / 2, offsetY: (viewportH - height * scale) / 2 };
  }
  const { width, height } = LANDSCAPE;
  const scale = Math.min(viewportW / width, viewportH / height);
  return { orientation: 'landscape', width, height, scale, offsetX: (viewportW - width * scale) / 2, offsetY: (viewportH - height * scale) / 2 };
}

/** Viewport (CSS px) → logical canvas coordinates. */
export const toLogical = (f: Frame, x: number, y: number): [number, number] => [(x - f.offsetX) / f.scale, (y - f.offsetY) / f.scale];

/** Logical → viewport (CSS px). */
export const toViewport = (f: Frame, x: number, y: number): [number, number] => [f.offsetX + x * f.scale, f.offsetY + y * f.scale];

/** Landscape: the layout's 24×12 grid under the header. */
function gridRect(f: Frame, p: Panel): Rect {
  const cellW = (f.width - GAP) / GRID.cols;
  const cellH = (f.height - HEADER_HEIGHT - GAP) / GRID.rows;
  return {
    x: GAP + p.area.col * cellW,
    y: HEADER_HEIGHT + p.area.row * cellH,
    w: p.area.cols * cellW - GAP,
    h: p.area.rows * cellH - GAP,
  };
}

/** Portrait: panels stacked in reading order (top to bottom, then left to right), heights by their share of rows. */
function stackRects(f: Frame, panels: readonly Panel[]): Map<string, Rect> {
  const ordered = [...panels].sort((a, b) => a.area.row - b.area.row || a.area.col - b.area.col);
  const weight = (p: Panel): number => (p.kind === 'map' ? 3 : Math.max(1, Math.min(2, (p.area.rows * p.area.cols) / 48)));
  const total = ordered.reduce((s, p) => s + weight(p), 0);
  const available = f.height - HEADER_HEIGHT - GAP * ordered.length;
  const rects = new Map<string, Rect>();
  let y = HEADER_HEIGHT;
  for (const p of ordered) {
    const h = (available * weight(p)) / total;
    rects.set(p.id, { x: GAP, y, w: f.width - 2 * GAP, h });
    y += h + GAP;
  }
  return rects;
}

export function panelRects(f: Frame, screen: Screen): Map<string, Rect> {
  if (f.orientation === 'portrait') return stackRects(f, screen.panels);
  return new Map(screen.panels.map((p) => [p.id, gridRect(f, p)]));
}

export const contains = (r: Rect, x: number, y: number): boolean => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
