import test from 'ava';
import type { Screen } from '../../../server/contracts/index.ts';
import { builtInLayout, builtInRoles } from '../../../server/layouts/defaults.ts';
import { frameFor, panelRects, toLogical, toViewport, type Frame, type Rect } from './frame.ts';

const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;
const screens = (): Screen[] => builtInRoles().flatMap((role) => builtInLayout(role).screens);
const inside = (f: Frame, r: Rect): boolean => r.x >= 0 && r.y >= 0 && r.x + r.w <= f.width && r.y + r.h <= f.height && r.w > 0 && r.h > 0;
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

test('the wall itself is the logical canvas at scale 1; full HD is half of it', (t) => {
  t.deepEqual(frameFor(3840, 2160), { orientation: 'landscape', width: 3840, height: 2160, scale: 1, offsetX: 0, offsetY: 0 });
  t.deepEqual(frameFor(1920, 1080), { orientation: 'landscape', width: 3840, height: 2160, scale: 0.5, offsetX: 0, offsetY: 0 });
});

test('a 16:10 tablet is letterboxed top and bottom', (t) => {
  const f = frameFor(2560, 1600);
  t.is(f.orientation, 'landscape');
  t.true(near(f.scale, 2 / 3));
  t.is(f.offsetX, 0);
  t.true(near(f.offsetY, 80), String(f.offsetY));
});

test('a portrait phone gets a canvas 1080 wide and as tall as its screen, filling it', (t) => {
  const f = frameFor(390, 844);
  t.is(f.orientation, 'portrait');
  t.is(f.width, 1080);
  t.is(f.height, Math.round((1080 * 844) / 390));
  t.true(near(f.scale, 390 / 1080));
  t.is(f.offsetX, 0);
  t.true(Math.abs(f.offsetY) < 1);
  t.is(frameFor(1000, 1200).height, 1920, 'never shorter than 1920');
  t.is(frameFor(1000, 1050).orientation, 'landscape', 'nearly square stays landscape');
});

test('toLogical and toViewport are inverses', (t) => {
  for (const f of [frameFor(3840, 2160), frameFor(2560, 1600), frameFor(390, 844)]) {
    for (const [x, y] of [[0, 0], [123.5, 77], [f.width, f.height]] as const) {
      const [vx, vy] = toViewport(f, x, y);
      const [lx, ly] = toLogical(f, vx, vy);
      t.true(near(lx, x) && near(ly, y), `${x},${y}`);
    }
  }
  const [ox, oy] = toViewport(frameFor(2560, 1600), 0, 0);
  t.true(near(ox, 0) && near(oy, 80), 'the canvas origin sits below the letterbox');
});

test('landscape: every built-in screen’s panels lie inside the canvas and never overlap', (t) => {
  const f = frameFor(3840, 2160);
  for (const screen of screens()) {
    const rects = panelRects(f, screen);
    t.is(rects.size, screen.panels.length, screen.id);
    const all = [...rects.entries()];
    for (const [id, r] of all) t.true(inside(f, r), `${screen.id}/${id}: ${JSON.stringify(r)}`);
    for (const [i, [a, ra]] of all.entries()) {
      for (const [b, rb] of all.slice(i + 1)) t.false(overlap(ra, rb), `${screen.id}: ${a} and ${b}`);
    }
  }
});

test('landscape: a full-width panel spans the canvas less the margins', (t) => {
  const glance = builtInLayout('mayor').screens[0];
  if (!glance) return t.fail();
  const r = panelRects(frameFor(3840, 2160), glance).get('glance');
  t.deepEqual(r && { x: r.x, right: r.x + r.w }, { x: 24, right: 3840 - 24 });
});

test('portrait: panels are stacked in reading order, each full width, all inside the canvas', (t) => {
  const f = frameFor(390, 844);
  for (const screen of screens()) {
    const rects = panelRects(f, screen);
    const order = [...screen.panels].sort((a, b) => a.area.row - b.area.row || a.area.col - b.area.col).map((p) => p.id);
    let bottom = 0;
    for (const id of order) {
      const r = rects.get(id);
      if (!r) return t.fail(`${screen.id}/${id} has no rect`);
      t.true(inside(f, r), `${screen.id}/${id}: ${JSON.stringify(r)}`);
      t.true(r.y >= bottom, `${screen.id}/${id} starts below the panel before it`);
      t.true(near(r.w, f.width - 48), `${screen.id}/${id} width`);
      bottom = r.y + r.h;
    }
  }
});
