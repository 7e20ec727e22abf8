import test from 'ava';
import { ER_SITES } from './hospitals.ts';
import { createBedWalk, updateWallMsOf } from './walk.ts';

const t0 = Date.parse('2024-05-01T03:00:00Z');
const walk = (seed = 1339, speedup = 720) => createBedWalk({ sites: ER_SITES, seed, speedup, startedAt: t0 });

test('updates every 5 data minutes, at most once a wall second, on whole seconds', (t) => {
  t.is(updateWallMsOf(1), 300_000);
  t.is(updateWallMsOf(60), 5000);
  t.is(updateWallMsOf(720), 1000);
  t.is(updateWallMsOf(86_400), 1000);
  const w = walk();
  t.is(w.at(t0 + 1500).at, t0 + 1000);
  t.is(w.at(t0 + 1500).dataAt, t0 + 720_000);
});

test('the same seed and times give the same figures, in any order of asking; another seed others', (t) => {
  const times = [t0 + 60_000, t0 + 5000, t0 + 3600_000, t0 + 60_000];
  const a = walk();
  const first = times.map((x) => a.at(x).available);
  const b = walk();
  t.deepEqual([...times].reverse().map((x) => b.at(x).available).reverse(), first);
  t.deepEqual(first[0], first[3]);
  t.notDeepEqual(walk(7).at(t0 + 60_000).available, first[0]);
});

test('figures stay within −15 % and all beds, and follow the day: evenings fuller than mornings', (t) => {
  const w = walk();
  const byHour = Array.from({ length: 24 }, () => ({ free: 0, n: 0 }));
  for (let s = 0; s < 20 * 120; s += 1) {
    const snap = w.at(t0 + s * 1000);
    snap.available.forEach((v, i) => {
      const beds = ER_SITES[i]!.beds;
      t.true(v <= beds && v >= -Math.ceil(beds * 0.15));
    });
    const hour = new Date(snap.dataAt + 9 * 3600_000).getUTCHours();
    byHour[hour]!.free += snap.available.reduce((x, y) => x + y, 0);
    byHour[hour]!.n++;
  }
  const mean = (h: number) => byHour[h]!.free / byHour[h]!.n;
  t.true(mean(20) < mean(8) * 0.8, `20h ${mean(20)} vs 8h ${mean(8)}`);
  t.true(ER_SITES.some((_, i) => w.at(t0 + 30_000).available[i] !== w.at(t0 + 600_000).available[i]), 'the figures move');
});
