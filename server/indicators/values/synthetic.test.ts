import test from 'ava';
import type { Indicator, Observation } from '../../contracts/indicator.ts';
import { asKnownOn } from '../known.ts';
import { periodEnd } from '../period.ts';
import { SyntheticModelSchema } from './model.ts';
import { driftShare, syntheticObservations, type SyntheticOptions } from './synthetic.ts';
import type { PopulationWeights } from './weights.ts';

const band = (n: number) => Array.from({ length: 9 }, (_, i) => n * (i + 1));
const population: PopulationWeights = new Map([
  ['11110', { male: band(100), female: band(110) }],
  ['11140', { male: band(300), female: band(280) }],
  ['11170', { male: band(50), female: band(60) }],
]);
const districts = [...population.keys()];

const indicator = (over: Partial<Indicator>): Indicator =>
  ({
    id: 'traffic-deaths',
    frequency: 'annual',
    measure: 'count',
    decimals: 0,
    dimensions: ['district', 'age', 'gender'],
    ageBands: ['20-29', '30-39', '80+'],
    release: { lagDays: 90, revisionLagDays: [270, 500] },
    ...over,
  }) as Indicator;
const countModel = SyntheticModelSchema.parse({
  indicator: 'traffic-deaths',
  path: [[2016, 300], [2026, 150]],
  noise: 0.2,
  spread: 0.3,
  drift: 0.1,
  age: { '80+': 3 },
  female: 0.5,
  revise: { share: 1, sd: 0.05 },
});
const options: SyntheticOptions = { seed: 7, districts, from: 2016, to: 2025 };
const run = (ind: Indicator, model = countModel, o: Partial<SyntheticOptions> = {}): Observation[] => [...syntheticObservations(ind, model, population, { ...options, ...o })];

test('the same seed gives the same values; another seed others', (t) => {
  const a = run(indicator({}));
  t.deepEqual(run(indicator({})), a);
  t.notDeepEqual(run(indicator({}), countModel, { seed: 8 }).map((o) => o.value), a.map((o) => o.value));
  t.true(a.every((o) => o.synthetic && Number.isInteger(o.value) && o.value >= 0));
});

test('counts: in every release the totals are the sums of their parts', (t) => {
  const obs = run(indicator({}));
  for (const date of ['2019-12-31', '2021-01-01', '2030-01-01']) {
    const known = asKnownOn(obs, date);
    const v = (period: string, district: string, age: string, gender: string) =>
      known.find((o) => o.period === period && o.district === district && o.age === age && o.gender === gender)?.value ?? Number.NaN;
    for (const period of [...new Set(known.map((o) => o.period))]) {
      t.is(v(period, 'city', 'all', 'all'), districts.reduce((s, d) => s + v(period, d, 'all', 'all'), 0), `${date} ${period}`);
      t.is(v(period, '11140', 'all', 'female'), ['20-29', '30-39', '80+'].reduce((s, a) => s + v(period, '11140', a, 'female'), 0));
      t.is(v(period, 'city', '80+', 'all'), v(period, 'city', '80+', 'male') + v(period, 'city', '80+', 'female'));
    }
  }
});

test('shares: a margin is the resident-weighted mean of its parts', (t) => {
  const ind = indicator({ id: 'employment-rate', measure: 'share', decimals: 2, dimensions: ['district'], release: { lagDays: 45, revisionLagDays: [] } });
  const model = SyntheticModelSchema.parse({ indicator: 'employment-rate', path: [[2016, 60], [2026, 63]], noise: 0.01, spread: 0.05, drift: 0.02 });
  const obs = run(ind, model);
  const weight = (d: string) => band(1).reduce((s, _, i) => s + (population.get(d)?.male[i] ?? 0) + (population.get(d)?.female[i] ?? 0), 0);
  for (const period of ['2016', '2025']) {
    const v = (d: string) => obs.find((o) => o.period === period && o.district === d)?.value ?? Number.NaN;
    const mean = districts.reduce((s, d) => s + v(d) * weight(d), 0) / districts.reduce((s, d) => s + weight(d), 0);
    t.true(Math.abs(v('city') - mean) <= 0.01, `${period}: ${v('city')} vs ${mean}`);
    t.true(v('city') > 55 && v('city') < 68);
  }
});

test('revisions come after the first release, later ones later, and change the value', (t) => {
  const obs = run(indicator({}));
  const byCell = new Map<string, Observation[]>();
  for (const o of obs) byCell.set(`${o.period}|${o.district}|${o.age}|${o.gender}`, [...(byCell.get(`${o.period}|${o.district}|${o.age}|${o.gender}`) ?? []), o]);
  let revised = 0;
  for (const versions of byCell.values()) {
    t.is(versions[0]?.revision, 0);
    t.true((versions[0]?.released ?? '') > periodEnd(versions[0]?.period ?? '2000'));
    for (let k = 1; k < versions.length; k++) {
      const [prev, cur] = [versions[k - 1] as Observation, versions[k] as Observation];
      t.true(cur.revision > prev.revision && cur.released > prev.released && cur.value !== prev.value);
      revised++;
    }
  }
  t.true(revised > 0);
  t.true(obs.some((o) => o.revision === 2));
});

test('through keeps what was released by then, with the same values; fewer years give the same values', (t) => {
  const all = run(indicator({}));
  const early = run(indicator({}), countModel, { through: '2020-06-30' });
  t.true(early.length > 0 && early.every((o) => o.released <= '2020-06-30'));
  t.deepEqual(early, all.filter((o) => o.released <= '2020-06-30'));
  const one = run(indicator({}), countModel, { from: 2020, to: 2020 });
  t.deepEqual(one, all.filter((o) => o.period === '2020'));
});

test('monthly values follow the season', (t) => {
  const ind = indicator({ id: 'jobs-created', frequency: 'monthly', dimensions: ['district'], ageBands: undefined, release: { lagDays: 20, revisionLagDays: [] } } as Partial<Indicator>);
  const model = SyntheticModelSchema.parse({ indicator: 'jobs-created', path: [[2016, 5000], [2026, 5000]], seasonal: { amplitude: 0.3, peak: 3 }, noise: 0.05, spread: 0.2, drift: 0 });
  const city = run(ind, model).filter((o) => o.district === 'city');
  const mean = (mm: string) => city.filter((o) => o.period.endsWith(mm)).reduce((s, o) => s + o.value, 0) / 10;
  t.true(mean('-03') > 6000 && mean('-09') < 4000);
});

test('a gu drifts from 2016 to 2026 and not outside', (t) => {
  t.is(driftShare('2010'), 0);
  t.is(driftShare('2021-01'), (2021 + 0.5 / 12 - 2016) / 10);
  t.is(driftShare('2030'), 1);
});

test('a model for another indicator is refused', (t) => {
  t.throws(() => run(indicator({ id: 'fire-deaths' })), { instanceOf: RangeError, message: /model traffic-deaths given for indicator fire-deaths/ });
});
