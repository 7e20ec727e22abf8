/**
 * @module wall/state/cctv-grid
 * The CCTV grid: how many columns and rows give `n` tiles the largest 16:9 picture in a panel, each
 * tile's rectangle, and a video scaled to fit a tile without cropping (letterboxed). Pure.
 */
import type { Rect } from './frame.ts';

export interface Grid {
  cols: number;
  rows: number;
  tileW: number;
  tileH: number;
}

export const TILE_GAP = 16;
/** Height under the picture for the camera's name and distance. */
export const CAPTION_H = 44;

/** The grid whose tiles show the largest picture of the given aspect. */
export function gridFor(n: number, w: number, h: number, aspect = 16 / 9, gap = TILE_GAP, captionH = CAPTION_H): Grid {
  const count = Math.max(1, n);
  let best: Grid = { cols: 1, rows: 1, tileW: Math.max(0, w), tileH: Math.max(0, h) };
  let bestArea = -1;
  for (let cols = 1; cols <= count; cols++) {
    const rows = Math.ceil(count / cols);
    const tileW = (w - gap * (cols - 1)) / cols;
    const tileH = (h - gap * (rows - 1)) / rows;
    if (tileW <= 0 || tileH <= captionH) continue;
    const picW = Math.min(tileW, (tileH - captionH) * aspect);
    const area = picW * (picW / aspect);
    if (area > bestArea + 1e-6) {
      bestArea = area;
      best = { cols, rows, tileW, tileH };
    }
  }
  return best;
}

export function tileRect(g: Grid, i: number, gap = TILE_GAP): Rect {
  const col = i % g.cols;
  const row = Math.floor(i / g.cols);
  return { x: col * (g.tileW + gap), y: row * (g.tileH + gap), w: g.tileW, h: g.tileH };
}

/** A source of `srcW`×`srcH` scaled to fit `box` whole and centred in it. */
export function fitInto(srcW: number, srcH: number, box: Rect): { scale: number; x: number; y: number; w: number; h: number } {
  if (srcW <= 0 || srcH <= 0) return { scale: 0, x: box.x + box.w / 2, y: box.y + box.h / 2, w: 0, h: 0 };
  const scale = Math.min(box.w / srcW, box.h / srcH);
  const w = srcW * scale;
  const h = srcH * scale;
  return { scale, x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
