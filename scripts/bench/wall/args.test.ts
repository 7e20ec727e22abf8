import test from 'ava';
import { parseBenchArgs } from './args.ts';

test('defaults: 5 s warm-up, 20 s window, 300 s soak, 1000 events/s, every case', (t) => {
  t.like(parseBenchArgs([], {}), { warmup: 5, window: 20, soak: 300, rate: 1000, cases: ['a', 'b', 'c'], 'skip-glance': false });
});

test('flags win over the environment', (t) => {
  const a = parseBenchArgs(['--window', '5', '--soak', '30', '--cases', 'a,b'], { BENCH_WALL_WINDOW_S: '9', BENCH_WALL_SOAK_S: '60', BENCH_WALL_WARMUP_S: '2' });
  t.like(a, { window: 5, soak: 30, warmup: 2, cases: ['a', 'b'] });
});

test('inconsistent or unknown values are refused', (t) => {
  t.throws(() => parseBenchArgs(['--window', '30', '--soak', '10'], {}));
  t.throws(() => parseBenchArgs(['--cases', 'a,d'], {}));
  t.throws(() => parseBenchArgs(['--texts', '10', '--objects', '5'], {}));
  t.throws(() => parseBenchArgs(['--nope'], {}));
});
