import test from 'ava';
import { frameFigures } from './frames.ts';

test('fps and frame-time percentiles from rAF timestamps', (t) => {
  // 100 frames at 16 ms, then 5 at 100 ms
  const stamps: number[] = [0];
  for (let i = 0; i < 100; i += 1) stamps.push((stamps.at(-1) ?? 0) + 16);
  for (let i = 0; i < 5; i += 1) stamps.push((stamps.at(-1) ?? 0) + 100);
  const f = frameFigures(stamps);
  t.is(f.frames, 106);
  t.is(f.fps, Math.round((105 / 2100) * 10000) / 10);
  t.is(f.p50Ms, 16);
  t.is(f.p95Ms, 16);
  t.is(f.maxMs, 100);
  const slow = frameFigures([0, 100, 200, 300, 400, 500]);
  t.is(slow.fps, 10);
  t.is(slow.p95Ms, 100);
});

test('too few frames give no figures rather than wrong ones', (t) => {
  t.is(frameFigures([]).fps, 0);
  t.true(Number.isNaN(frameFigures([5]).p95Ms));
});
