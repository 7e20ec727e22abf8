import test from 'ava';
import type { CaseResult, WallResult } from './cases.ts';
import { referenceQuery, resultOf, tableOf, type RunFigures } from './report.ts';

const frames = (fps: number, p95Ms: number): CaseResult['frames'] => ({ frames: fps * 20, fps, p50Ms: p95Ms / 2, p95Ms, maxMs: p95Ms * 2 });
const objects = { total: 700, texts: 200, sprites: 450, graphics: 50 };
const wall: WallResult = {
  renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
  frames: frames(18, 70),
  objects,
  rendersPerS: 17.5,
  eventsPerS: 1000,
  heapStartMb: 20,
  heapEndMb: 21.5,
  soakS: 300,
};
const figures: RunFigures = {
  empty: { renderer: wall.renderer, frames: frames(20, 60) },
  sprites: { renderer: wall.renderer, frames: frames(15, 90) },
  wall,
  glance: null,
  unthrottled: null,
  objects,
  targetEventsPerS: 1000,
  windowS: 20,
};

test('the JSON has the ratios, heap growth and the load achieved', (t) => {
  const r = resultOf(figures);
  t.like(r, { empty_fps: 20, sprites_fps: 15, wall_fps: 18, wall_over_empty: 0.9, wall_over_sprites: 1.2, heap_growth_pct: 7.5, soak_s: 300, events_per_s: 1000, wall_renders_per_s: 17.5 });
  t.deepEqual(r['objects'], objects);
  t.regex(String(r['renderer']), /SwiftShader/);
});

test('the table marks each goal met or missed', (t) => {
  const table = tableOf(figures);
  t.regex(table, /c\/a\s+0\.900\s+goal ≥ 0\.9\s+met/);
  t.regex(table, /c\/b\s+1\.200\s+goal ≥ 1\.0\s+met/);
  t.regex(table, /7\.50 %\s+goal ≤ 5 %\s+MISSED/);
});

test('without the wall only (a) and (b) are reported', (t) => {
  const r = resultOf({ ...figures, wall: null });
  t.is(r['wall_fps'], null);
  t.is(r['heap_growth_pct'], null);
  t.notRegex(tableOf({ ...figures, wall: null }), /c\/a/);
});

test('(b) draws the wall texts as Text and its sprites and graphics as sprites', (t) => {
  t.deepEqual(referenceQuery(objects, 1000), { sprites: 500, texts: 200, rate: 1000 });
  t.regex(tableOf(figures), /\(b\) pixi, 500 sprites \+ 200 texts/);
});
