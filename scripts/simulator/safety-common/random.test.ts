import test from 'ava';
import { cumulative, hashSeed, logNormal, normal, pickIndex, poisson, streamOf } from './random.ts';

test('streams are repeatable per key and differ between keys', (t) => {
  const a = streamOf(7, 'hour', 12);
  const b = streamOf(7, 'hour', 12);
  const xs = [a(), a(), a()];
  t.deepEqual([b(), b(), b()], xs);
  t.not(streamOf(7, 'hour', 13)(), xs[0]);
  t.not(streamOf(8, 'hour', 12)(), xs[0]);
  t.not(hashSeed('a', 'bc'), hashSeed('ab', 'c'));
});

test('distributions have the expected means', (t) => {
  const r = streamOf(1);
  const n = 20_000;
  let sn = 0;
  let sp = 0;
  const logs: number[] = [];
  for (let i = 0; i < n; i++) {
    sn += normal(r);
    sp += poisson(r, 2.5);
    logs.push(logNormal(r, 100, 0.5));
  }
  t.true(Math.abs(sn / n) < 0.03, `normal mean ${sn / n}`);
  t.true(Math.abs(sp / n - 2.5) < 0.05, `poisson mean ${sp / n}`);
  logs.sort((x, y) => x - y);
  t.true(Math.abs((logs[n / 2] as number) - 100) < 3, `log-normal median ${logs[n / 2]}`);
  t.is(poisson(r, 0), 0);
  const big = Array.from({ length: 2000 }, () => poisson(r, 300));
  t.true(Math.abs(big.reduce((s, v) => s + v, 0) / 2000 - 300) < 2);
});

test('pickIndex follows the weights', (t) => {
  const r = streamOf(3);
  const cum = cumulative([1, 0, 3, 6]);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 10_000; i++) counts[pickIndex(r, cum)]!++;
  t.is(counts[1], 0);
  t.true(Math.abs(counts[0]! / 10_000 - 0.1) < 0.015);
  t.true(Math.abs(counts[3]! / 10_000 - 0.6) < 0.02);
});
