import test from 'ava';
import { homeView, MAX_ZOOM, MIN_ZOOM, panBy, scaleOf, toMap, toScreen, zoomAt, type Bounds } from './map-view.ts';

const B: Bounds = { minX: -18_000, minY: -15_000, maxX: 19_000, maxY: 15_000 };
const W = 2400;
const H = 1600;
const near = (a: number, b: number, eps = 1e-6): boolean => Math.abs(a - b) <= eps;

test('home shows the whole city centred in the panel', (t) => {
  const v = homeView(B);
  t.deepEqual(v, { zoom: 1, cx: 500, cy: 0 });
  const [x0, y0] = toScreen(B, v, W, H, B.minX, B.minY);
  const [x1, y1] = toScreen(B, v, W, H, B.maxX, B.maxY);
  t.true(x0 > 0 && y0 > 0 && x1 < W && y1 < H);
  t.deepEqual(toScreen(B, v, W, H, 500, 0), [W / 2, H / 2]);
});

test('toMap inverts toScreen', (t) => {
  const v = { zoom: 3.5, cx: 1200, cy: -800 };
  for (const [x, y] of [[0, 0], [-17_000, 14_000], [1234.5, -987]] as const) {
    const [px, py] = toScreen(B, v, W, H, x, y);
    const [mx, my] = toMap(B, v, W, H, px, py);
    t.true(near(mx, x) && near(my, y), `${x},${y}`);
  }
});

test('zoomAt keeps the map point under the cursor where it is', (t) => {
  const v = { zoom: 2, cx: 1000, cy: 500 };
  const [px, py] = [700, 1100];
  const before = toMap(B, v, W, H, px, py);
  for (const factor of [1.25, 0.8, 3]) {
    const z = zoomAt(B, v, W, H, factor, px, py);
    t.true(near(z.zoom, 2 * factor));
    const after = toMap(B, z, W, H, px, py);
    t.true(near(after[0], before[0]) && near(after[1], before[1]), `factor ${factor}`);
  }
});

test('zoomAt clamps the zoom to [MIN_ZOOM, MAX_ZOOM]', (t) => {
  const v = { zoom: 2, cx: 0, cy: 0 };
  t.is(zoomAt(B, v, W, H, 100, W / 2, H / 2).zoom, MAX_ZOOM);
  t.is(zoomAt(B, v, W, H, 0.01, W / 2, H / 2).zoom, MIN_ZOOM);
  t.is(zoomAt(B, { ...v, zoom: MAX_ZOOM }, W, H, 2, 10, 10).zoom, MAX_ZOOM);
  const before = toMap(B, v, W, H, 900, 700);
  const after = toMap(B, zoomAt(B, v, W, H, 100, 900, 700), W, H, 900, 700);
  t.true(near(after[0], before[0]) && near(after[1], before[1]), 'a clamped zoom still keeps the point');
});

test('panBy moves the map with the finger and keeps the centre over the city', (t) => {
  const v = { zoom: 4, cx: 0, cy: 0 };
  const p = panBy(B, v, W, H, 120, -60);
  const s = scaleOf(B, v, W, H);
  t.true(near(p.cx, -120 / s) && near(p.cy, 60 / s));
  t.is(p.zoom, 4);
  const [x, y] = toScreen(B, p, W, H, 0, 0);
  t.true(near(x, W / 2 + 120) && near(y, H / 2 - 60), 'the point under the finger followed it');
  const far = panBy(B, v, W, H, -1e7, 1e7);
  t.deepEqual(far, { zoom: 4, cx: B.maxX, cy: B.minY });
});
