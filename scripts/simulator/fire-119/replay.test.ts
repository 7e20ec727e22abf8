import test from 'ava';
import type { FireRow } from './csv.ts';
import { createFireReplay, estimatedDispatchS, FireReplayError } from './replay.ts';

const kst = (s: string) => Date.parse(`${s}+09:00`);
const row = (index: number, at: string, travelS = 450, suppressionS = 600): FireRow => ({
  index, deaths: 0, injuries: 0, damage: 100, travelS, suppressionS, gu: '중구', dong: '명동', lon: 126.98, lat: 37.56, at: kst(at), atText: at,
});
// three fires over two days: the cycle is 2021-03-01 06:00 to the end of 2021-03-02 (42 h)
const rows = [row(0, '2021-03-01T06:00:00'), row(1, '2021-03-01T18:00:00', 500, 0), row(2, '2021-03-02T12:00:00')];
const t0 = Date.parse('2024-05-01T03:00:00Z');
const replay = (o: Partial<Parameters<typeof createFireReplay>[0]> = {}) => createFireReplay({ rows, speedup: 720, lifecycleSpeedup: 1, startedAt: t0, seed: 1, ...o });

test('onsets keep their data spacing divided by the speed-up, from the first fire', (t) => {
  const r = replay();
  t.is(r.cycleMs, 42 * 3600_000);
  const incs = r.incidentsBetween(t0, t0 + 200_000);
  t.deepEqual(incs.map((i) => i.at[0] - t0), [0, 60_000, 150_000], '12 h and 30 h of data → 60 s and 150 s at 720×');
  t.deepEqual(incs.map((i) => i.ordinal), [0, 1, 2]);
  t.regex(incs[0]!.number, /^20240501-120000-000000$/);
  t.is(r.dataTimeAt(t0 + 60_000), kst('2021-03-01T18:00:00'));
});

test('the replay wraps around after the cycle, with new ordinals and numbers', (t) => {
  const r = replay();
  const cycleWall = r.cycleMs / 720; // 210 s
  const next = r.incidentsBetween(t0 + cycleWall, t0 + cycleWall + 1);
  t.is(next.length, 1);
  t.like(next[0], { wrap: 1, ordinal: 3 });
  t.is(next[0]!.row.index, 0);
  t.is(next[0]!.at[0], t0 + cycleWall);
  t.not(next[0]!.number, r.incidentsBetween(t0, t0)[0]!.number);
});

test('startAt starts the replay inside the file; outside it is refused', (t) => {
  const r = replay({ startAt: '2021-03-02' });
  const incs = r.incidentsBetween(t0, t0 + 200_000);
  t.is(incs[0]!.row.index, 2);
  t.is(incs[0]!.at[0], t0 + 60_000, '12 h after the chosen midnight');
  t.throws(() => replay({ startAt: '2021-02-01' }), { instanceOf: FireReplayError, message: /outside the file/ });
  t.throws(() => replay({ startAt: 'tomorrow' }), { instanceOf: FireReplayError });
  t.throws(() => replay({ speedup: 0 }), { instanceOf: FireReplayError });
  t.throws(() => replay({ lifecycleSpeedup: -1 }), { instanceOf: FireReplayError });
});

test('lifecycle: dispatched after the estimate, arrived after the real travel, resolved after the real suppression', (t) => {
  for (const L of [1, 60]) {
    const [a, b] = replay({ lifecycleSpeedup: L }).incidentsBetween(t0, t0 + 100_000);
    for (const inc of [a!, b!]) {
      const [rep, dis, arr, res] = inc.at;
      t.true(rep <= dis && dis <= arr && arr <= res);
      t.true(Math.abs(dis - rep - (inc.dispatchS * 1000) / L) <= 1);
      t.true(Math.abs(arr - dis - (inc.row.travelS * 1000) / L) <= 1);
      t.true(Math.abs(res - arr - (inc.row.suppressionS * 1000) / L) <= 1);
    }
    t.is(b!.at[3], b!.at[2], 'suppression 0: resolved on arrival');
  }
  t.is(replay().maxLifeMs, Math.max(...replay().incidentsBetween(t0, t0 + 200_000).map((i) => i.at[3] - i.at[0])));
});

test('call-handling estimates are 30–120 s, fixed by the seed', (t) => {
  const xs = Array.from({ length: 2000 }, (_, i) => estimatedDispatchS(119, i));
  t.true(xs.every((x) => Number.isInteger(x) && x >= 30 && x <= 120));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  t.true(Math.abs(mean - 75) < 2, `mean ${mean}`);
  t.deepEqual(Array.from({ length: 2000 }, (_, i) => estimatedDispatchS(119, i)), xs);
  t.notDeepEqual(Array.from({ length: 20 }, (_, i) => estimatedDispatchS(120, i)), xs.slice(0, 20));
});
