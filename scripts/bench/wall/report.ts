/**
 * @module scripts/bench/wall/report
 * The figures of a wall benchmark run: the last-line JSON object and the readable table, with the
 * goals beside them (c/a ≥ 0.9, c/b ≥ 1.0, heap growth ≤ 5 %). Goals are reported, never enforced.
 */
import { ratio } from '../stats.ts';
import type { CaseResult, ObjectCounts, WallResult } from './cases.ts';

export const GOALS = { wallOverEmpty: 0.9, wallOverSprites: 1.0, heapGrowthPct: 5 } as const;

export interface RunFigures {
  empty: CaseResult;
  sprites: CaseResult;
  wall: WallResult | null;
  glance: (CaseResult & { rendersPerS: number }) | null;
  /** The city screen with every change drawn (`hz=60`): what the wall costs without coalescing. */
  unthrottled: (CaseResult & { rendersPerS: number }) | null;
  /** The counts (b) was built with (the wall's, or given on the command line). */
  objects: ObjectCounts;
  targetEventsPerS: number;
  windowS: number;
}

/** What (b) draws for the wall's counts: its texts as Text, its sprites and graphics as sprites. */
export const referenceQuery = (objects: ObjectCounts, rate: number): { sprites: number; texts: number; rate: number } => ({
  sprites: objects.sprites + objects.graphics,
  texts: objects.texts,
  rate,
});

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function resultOf(f: RunFigures): Record<string, unknown> {
  const w = f.wall;
  const growth = w ? ((w.heapEndMb - w.heapStartMb) / w.heapStartMb) * 100 : null;
  return {
    bench: 'wall',
    empty_fps: f.empty.frames.fps,
    empty_p95_ms: f.empty.frames.p95Ms,
    sprites_fps: f.sprites.frames.fps,
    sprites_p95_ms: f.sprites.frames.p95Ms,
    wall_fps: w?.frames.fps ?? null,
    wall_p95_ms: w?.frames.p95Ms ?? null,
    wall_renders_per_s: w?.rendersPerS ?? null,
    wall_over_empty: w ? ratio(w.frames.fps, f.empty.frames.fps) : null,
    wall_over_sprites: w ? ratio(w.frames.fps, f.sprites.frames.fps) : null,
    heap_start_mb: w ? round(w.heapStartMb, 2) : null,
    heap_end_mb: w ? round(w.heapEndMb, 2) : null,
    heap_growth_pct: growth === null ? null : round(growth, 2),
    soak_s: w?.soakS ?? null,
    events_per_s: w?.eventsPerS ?? null,
    target_events_per_s: f.targetEventsPerS,
    glance_fps: f.glance?.frames.fps ?? null,
    glance_p95_ms: f.glance?.frames.p95Ms ?? null,
    glance_renders_per_s: f.glance?.rendersPerS ?? null,
    every_change_fps: f.unthrottled?.frames.fps ?? null,
    every_change_p95_ms: f.unthrottled?.frames.p95Ms ?? null,
    every_change_renders_per_s: f.unthrottled?.rendersPerS ?? null,
    every_change_over_empty: f.unthrottled ? ratio(f.unthrottled.frames.fps, f.empty.frames.fps) : null,
    objects: f.objects,
    sprites_page: referenceQuery(f.objects, f.targetEventsPerS),
    window_s: f.windowS,
    renderer: w?.renderer ?? f.empty.renderer,
    goals: { wall_over_empty: GOALS.wallOverEmpty, wall_over_sprites: GOALS.wallOverSprites, heap_growth_pct: GOALS.heapGrowthPct },
  };
}

const mark = (ok: boolean): string => (ok ? 'met' : 'MISSED');
const num = (x: number | null | undefined, digits = 1): string => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));

/** The readable table (one string, several lines). */
export function tableOf(f: RunFigures): string {
  const r = resultOf(f);
  const b = referenceQuery(f.objects, f.targetEventsPerS);
  const rows: [string, string, string, string][] = [
    ['(a) empty canvas', num(f.empty.frames.fps), num(f.empty.frames.p95Ms), '—'],
    [`(b) pixi, ${b.sprites} sprites + ${b.texts} texts`, num(f.sprites.frames.fps), num(f.sprites.frames.p95Ms), '—'],
  ];
  if (f.wall) rows.push(['(c) wall, city screen', num(f.wall.frames.fps), num(f.wall.frames.p95Ms), num(f.wall.rendersPerS)]);
  if (f.glance) rows.push(['    wall, glance screen', num(f.glance.frames.fps), num(f.glance.frames.p95Ms), num(f.glance.rendersPerS)]);
  if (f.unthrottled) rows.push(['    wall, every change drawn (hz=60)', num(f.unthrottled.frames.fps), num(f.unthrottled.frames.p95Ms), num(f.unthrottled.rendersPerS)]);
  const lines = [
    `${'case'.padEnd(40)}${'fps'.padStart(8)}${'p95 ms'.padStart(10)}${'renders/s'.padStart(12)}`,
    ...rows.map(([a, b, c, d]) => `${a.padEnd(40)}${b.padStart(8)}${c.padStart(10)}${d.padStart(12)}`),
  ];
  if (f.wall) {
    const eo = r['wall_over_empty'] as number;
    const es = r['wall_over_sprites'] as number;
    const g = r['heap_growth_pct'] as number;
    lines.push(
      '',
      `c/a  ${num(eo, 3)}   goal ≥ ${GOALS.wallOverEmpty}   ${mark(eo >= GOALS.wallOverEmpty)}`,
      `c/b  ${num(es, 3)}   goal ≥ ${GOALS.wallOverSprites.toFixed(1)}   ${mark(es >= GOALS.wallOverSprites)}`,
      `heap ${num(f.wall.heapStartMb, 2)} → ${num(f.wall.heapEndMb, 2)} MB after ${f.wall.soakS} s: ${num(g, 2)} %   goal ≤ ${GOALS.heapGrowthPct} %   ${mark(g <= GOALS.heapGrowthPct)}`,
      `load ${f.wall.eventsPerS} events/s achieved (target ${f.targetEventsPerS}); objects ${f.objects.total} (texts ${f.objects.texts}, sprites ${f.objects.sprites}, graphics ${f.objects.graphics})`,
    );
  }
  lines.push(`renderer ${String(r['renderer'])}`);
  return lines.join('\n');
}
