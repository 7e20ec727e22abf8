import test from 'ava';
import fc from 'fast-check';
import { CAPTION_H, fitInto, gridFor, TILE_GAP, tileRect } from './cctv-grid.ts';

test('the grid gives the largest 16:9 picture: wide panels get columns, tall ones rows', (t) => {
  t.like(gridFor(8, 2170, 698), { cols: 4, rows: 2 });
  t.like(gridFor(12, 1828, 861), { cols: 4, rows: 3 });
  t.like(gridFor(4, 900, 2000), { cols: 1, rows: 4 });
  t.like(gridFor(1, 1000, 600), { cols: 1, rows: 1, tileW: 1000, tileH: 600 });
  t.like(gridFor(0, 1000, 600), { cols: 1, rows: 1 }, 'no camera: one empty cell');
});

test('every tile fits the panel and none overlaps (property)', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 400, max: 4000 }), fc.integer({ min: 300, max: 2200 }), (n, w, h) => {
      const g = gridFor(n, w, h);
      if (g.cols * g.rows < n) return false;
      const rects = Array.from({ length: n }, (_, i) => tileRect(g, i));
      const inside = rects.every((r) => r.x >= -1e-6 && r.y >= -1e-6 && r.x + r.w <= w + 1e-6 && r.y + r.h <= h + 1e-6);
      const apart = rects.every((a, i) => rects.every((b, j) => i === j || a.x + a.w + TILE_GAP / 2 <= b.x || b.x + b.w + TILE_GAP / 2 <= a.x || a.y + a.h + TILE_GAP / 2 <= b.y || b.y + b.h + TILE_GAP / 2 <= a.y));
      return inside && apart && g.tileH > CAPTION_H;
    }),
  );
  t.pass();
});

test('a video is scaled to fit whole and centred (letterboxed, never cropped)', (t) => {
  t.deepEqual(fitInto(1280, 720, { x: 0, y: 0, w: 640, h: 480 }), { scale: 0.5, x: 0, y: 60, w: 640, h: 360 });
  t.deepEqual(fitInto(640, 480, { x: 10, y: 0, w: 1280, h: 480 }), { scale: 1, x: 330, y: 0, w: 640, h: 480 });
  t.like(fitInto(0, 0, { x: 0, y: 0, w: 100, h: 50 }), { scale: 0, w: 0, h: 0 }, 'no picture yet');
});
