import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import { setupIndicatorStorage } from '../../db/storage/indicators.ts';
import type { Observation } from '../contracts/indicator.ts';
import { asKnownOn, knownOn, observationKey } from '../indicators/known.ts';
import { loadBuildInputs, buildObservations } from '../indicators/values/build.ts';
import {
  bucketValue, drilldown, headlineObservations, indicatorCube, loadObservations, rollup, rollupFromValues, rollupGrid, rollupGridFromValues, seedIndicators, series, type RollupRow,
} from './indicators.ts';

const SEED = 20250501;
const SCALE = 0.08; // two gu: the city is their sum or mean
const inputsP = loadBuildInputs();

const setup = async () => {
  const t = await migratedTempDatabase();
  await t.db.session((s) => setupIndicatorStorage(s, t.mode));
  return t;
};

const byCell = (a: { period: string; district: string; age: string; gender: string }, b: typeof a): number =>
  `${a.period}|${a.district}|${a.age}|${a.gender}` < `${b.period}|${b.district}|${b.age}|${b.gender}` ? -1 : 1;

/** The rollup computed in memory from what is known now. */
const expectedRollup = (obs: readonly Observation[], indicator: string, grain: 'month' | 'year', cell: (o: Observation) => boolean): RollupRow[] => {
  const groups = new Map<string, Observation[]>();
  for (const o of asKnownOn(obs.filter((x) => x.indicator === indicator && cell(x)), '9999-12-31')) {
    const bucket = grain === 'year' ? o.period.slice(0, 4) : o.period.length === 4 ? `${o.period}-01` : o.period.includes('Q') ? `${o.period.slice(0, 4)}-${String(Number(o.period.slice(6)) * 3 - 2).padStart(2, '0')}` : o.period;
    const k = `${o.district}|${o.age}|${o.gender}|${bucket}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, os]) => {
    const [district, age, gender, bucket] = k.split('|') as [string, string, string, string];
    const vs = os.map((o) => o.value);
    const sum = vs.reduce((s, v) => s + v, 0);
    return { bucket, district, age, gender, n: vs.length, sum, min: Math.min(...vs), max: Math.max(...vs), mean: sum / vs.length } as RollupRow;
  });
};

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const sameRollup = (t: { true: (v: boolean, m?: string) => void; is: (a: unknown, b: unknown, m?: string) => void }, got: RollupRow[], want: RollupRow[], what: string) => {
  t.is(got.length, want.length, `${what}: rows`);
  got.forEach((g, i) => {
    const w = want[i] as RollupRow;
    t.true(g.bucket === w.bucket && g.district === w.district && g.age === w.age && g.gender === w.gender && g.n === w.n
      && close(g.sum, w.sum) && close(g.min, w.min) && close(g.max, w.max) && close(g.mean, w.mean), `${what}: row ${i} ${JSON.stringify(g)} vs ${JSON.stringify(w)}`);
  });
};

test('seeding loads the data set once; the same seed again loads nothing; another seed replaces the synthetic values', async (t) => {
  const { db, done } = await setup();
  try {
    const inputs = await inputsP;
    const first = await seedIndicators(db, { seed: SEED, scale: SCALE, inputs });
    t.true(first.loaded);
    t.is(first.inserted, first.observations);
    const [{ n } = { n: 0 }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM indicator_values`);
    t.is(n, first.observations);
    t.like(await seedIndicators(db, { seed: SEED, scale: SCALE, inputs }), { loaded: false, inserted: 0 });
    const other = await seedIndicators(db, { seed: 7, scale: SCALE, inputs });
    t.true(other.loaded);
    const want = await buildObservations({ seed: 7, scale: SCALE, inputs });
    const [{ m } = { m: 0 }] = await db.query<{ m: number }>(`SELECT count(*)::int AS m FROM indicator_values`);
    t.is(m, want.length, 'nothing of the first seed is left');
    const ind = want.find((o) => o.synthetic && o.revision > 0) as Observation;
    const got = await series(db, { indicator: ind.indicator, district: ind.district, age: ind.age, gender: ind.gender });
    t.deepEqual(got.map((o) => o.value), knownOn(want.filter((o) => observationKey(o).startsWith(`${ind.indicator}|`) && o.district === ind.district && o.age === ind.age && o.gender === ind.gender), '9999-12-31').sort(byCell).map((o) => o.value));
  } finally {
    await done();
  }
});

test('series and drill-downs as known on a date agree with asKnownOn and knownOn, revisions included', async (t) => {
  const { db, done } = await setup();
  try {
    const inputs = await inputsP;
    await seedIndicators(db, { seed: SEED, scale: SCALE, inputs });
    const obs = await buildObservations({ seed: SEED, scale: SCALE, inputs });
    const revised = [...new Set(obs.filter((o) => o.revision > 0).map((o) => o.indicator))].slice(0, 6);
    t.true(revised.length >= 3, 'the data set has revisions');
    let changed = 0;
    for (const indicator of revised) {
      const mine = obs.filter((o) => o.indicator === indicator);
      const cell = mine.find((o) => o.revision > 0) as Observation;
      for (const asOf of ['2019-06-30', '2022-01-15', cell.released, '9999-12-31']) {
        const line = mine.filter((o) => o.district === cell.district && o.age === cell.age && o.gender === cell.gender);
        const want = knownOn(line, asOf).sort(byCell);
        const got = await series(db, { indicator, district: cell.district, age: cell.age, gender: cell.gender, asOf });
        t.deepEqual(got, want, `${indicator} ${cell.district}/${cell.age}/${cell.gender} as of ${asOf}`);
        t.deepEqual(got.map(({ revisedFrom: _, ...o }) => o), asKnownOn(line, asOf).sort(byCell));
        changed += got.filter((o) => o.revisedFrom !== null).length;
        for (const by of ['district', 'age', 'gender'] as const) {
          const cells = knownOn(mine.filter((o) => o.period === cell.period
            && (by === 'district' ? o.age === 'all' && o.gender === 'all' : by === 'age' ? o.district === 'city' && o.gender === 'all' : o.district === 'city' && o.age === 'all')), asOf).sort(byCell);
          t.deepEqual(await drilldown(db, { indicator, period: cell.period, by, asOf }), cells, `${indicator} ${cell.period} by ${by} as of ${asOf}`);
        }
        const cube = await indicatorCube(db, { indicator, period: cell.period, asOf, smallBelow: Number.POSITIVE_INFINITY });
        const cellsKnown = asKnownOn(mine.filter((o) => o.period === cell.period), asOf);
        t.deepEqual(cube.sort(byCell), cellsKnown.some((o) => o.value > 0) ? cellsKnown.sort(byCell) : []);
        const all = await indicatorCube(db, { indicator, asOf, smallBelow: 5 });
        const small = new Set(asKnownOn(mine, asOf).filter((o) => o.value > 0 && o.value < 5).map((o) => o.period));
        t.deepEqual(all.sort(byCell), asKnownOn(mine.filter((o) => small.has(o.period)), asOf).sort(byCell), 'only the periods with a small count');
      }
    }
    t.true(changed > 0, 'some values show the value a revision replaced');
    const headline = await headlineObservations(db, '2023-12-31');
    t.is(headline.length, obs.filter((o) => o.age === 'all' && o.gender === 'all' && o.released <= '2023-12-31').length);
  } finally {
    await done();
  }
});

test('rollups serve the latest revision: equal to the raw aggregation and to the values known now, and follow a new revision', async (t) => {
  const { db, done } = await setup();
  try {
    const inputs = await inputsP;
    await seedIndicators(db, { seed: SEED, scale: SCALE, inputs });
    const obs = await buildObservations({ seed: SEED, scale: SCALE, inputs });
    const pick = (freq: string) => inputs.catalogue.indicators.find((i) => i.frequency === freq && i.dimensions.length === 3 && obs.some((o) => o.indicator === i.id && o.revision > 0))
      ?? inputs.catalogue.indicators.find((i) => i.frequency === freq) ;
    const ids = ['monthly', 'quarterly', 'annual'].map((f) => pick(f)?.id).filter((x): x is string => x !== undefined);
    const lines = { district: (o: Observation) => o.age === 'all' && o.gender === 'all', age: (o: Observation) => o.district === 'city' && o.gender === 'all', gender: (o: Observation) => o.district === 'city' && o.age === 'all' };
    for (const indicator of ids) {
      for (const grain of ['month', 'year'] as const) {
        for (const by of [undefined, 'district', 'age', 'gender'] as const) {
          const got = await rollup(db, { indicator, grain, by });
          const cell = by === undefined ? (o: Observation) => o.district === 'city' && o.age === 'all' && o.gender === 'all' : lines[by];
          sameRollup(t, got, await rollupFromValues(db, { indicator, grain, by }), `${indicator} ${grain} ${by} raw`);
          sameRollup(t, got, expectedRollup(obs, indicator, grain, cell), `${indicator} ${grain} ${by} in memory`);
        }
      }
    }
    const head = obs.find((o) => o.indicator === ids[0] && o.district === 'city' && o.age === 'all' && o.gender === 'all' && o.period.startsWith('2024')) as Observation;
    const latest = asKnownOn(obs.filter((o) => observationKey(o) === observationKey(head)), '9999-12-31')[0] as Observation;
    const correction: Observation = { ...latest, value: latest.value + 1000, revision: latest.revision + 1, released: '2026-02-01' };
    t.like(await loadObservations(db, [correction]), { inserted: 1, updated: 0, unchanged: 0 });
    t.like(await loadObservations(db, [correction, latest]), { inserted: 0, updated: 0, unchanged: 2 }, 'loading again changes nothing');
    const month = (await rollup(db, { indicator: head.indicator, grain: 'month' })).find((r) => r.bucket === (head.period.length === 7 && !head.period.includes('Q') ? head.period : r.bucket) && r.sum === correction.value);
    t.truthy(month, 'the rollup shows the correction');
    sameRollup(t, await rollup(db, { indicator: head.indicator, grain: 'year' }), await rollupFromValues(db, { indicator: head.indicator, grain: 'year' }), 'after the correction');
    const before = await series(db, { indicator: head.indicator, asOf: '2026-01-31' });
    const after = await series(db, { indicator: head.indicator, asOf: '2026-02-01' });
    t.is(before.find((o) => o.period === head.period)?.value, latest.value, 'as known before its release, the correction is not there');
    t.like(after.find((o) => o.period === head.period), { value: correction.value, revision: correction.revision, revisedFrom: latest.value });
  } finally {
    await done();
  }
});

test('the grid (every indicator at once, by line and years) equals the raw aggregation and the values known now; counts add up, rates average', async (t) => {
  const { db, done } = await setup();
  try {
    const inputs = await inputsP;
    await seedIndicators(db, { seed: SEED, scale: SCALE, inputs });
    const obs = await buildObservations({ seed: SEED, scale: SCALE, inputs });
    const cells = { total: (o: Observation) => o.district === 'city' && o.age === 'all' && o.gender === 'all', district: (o: Observation) => o.age === 'all' && o.gender === 'all', age: (o: Observation) => o.district === 'city' && o.gender === 'all', gender: (o: Observation) => o.district === 'city' && o.age === 'all' };
    const ids = inputs.catalogue.indicators.map((i) => i.id);
    for (const grain of ['year', 'month'] as const) {
      for (const by of [undefined, 'district', 'age', 'gender'] as const) {
        const q = { grain, by, from: 2018, to: 2023 };
        const got = await rollupGrid(db, q);
        t.true(got.length > 0);
        t.true(got.every((r) => r.bucket >= '2018' && r.bucket < '2024'), 'only the years asked');
        sameRollup(t, got, await rollupGridFromValues(db, q), `grid ${grain} ${by} raw`);
        t.deepEqual(got.map((r) => r.indicator), [...got.map((r) => r.indicator)].sort(), 'indicator by indicator');
        const inYears = (o: Observation) => o.period >= '2018' && o.period < '2024';
        for (const indicator of ids.filter((_, k) => k % 7 === 0)) {
          sameRollup(t, got.filter((r) => r.indicator === indicator), expectedRollup(obs.filter(inYears), indicator, grain, cells[by ?? 'total']), `grid ${indicator} ${grain} ${by} in memory`);
        }
      }
    }
    const some = await rollupGrid(db, { indicators: ids.slice(0, 3), grain: 'year' });
    t.deepEqual([...new Set(some.map((r) => r.indicator))].sort(), ids.slice(0, 3).sort());
    await t.throwsAsync(rollupGrid(db, { grain: 'year', from: 2025, to: 2016 }), { instanceOf: RangeError });
    const row = { sum: 120, mean: 10 };
    t.is(bucketValue(row, 'sum'), 120, 'a year of a monthly flow is its sum');
    t.is(bucketValue(row, 'mean'), 10, 'stocks, levels and rates: the mean of the periods');
  } finally {
    await done();
  }
});
