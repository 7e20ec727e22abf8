import test from 'ava';
import { ScoreRollupSchema, type Indicator, type Observation, type Task } from '../contracts/indicator.ts';
import { bucketsOf, planWeights, rollupScores } from './rollup.ts';

const indicator = (id: string, over: Partial<Indicator> = {}): Indicator =>
  ({ id, frequency: 'annual', polarity: 'up', measure: 'count', baseline: { period: '2022', value: 100 }, target: { value: 200, deadline: '2026' }, ...over }) as Indicator;
const obs = (indicator: string, period: string, value: number, released: string, district = 'city', revision = 0): Observation => ({
  indicator,
  period,
  district,
  age: 'all',
  gender: 'all',
  value,
  released,
  revision,
  synthetic: true,
});
const task = (id: string, links: [string, number][]) => ({ id, indicators: links.map(([indicator, weight]) => ({ indicator, weight })) }) as Task;

test('each task spreads a weight of 1 over its indicators', (t) => {
  const w = planWeights({ tasks: [task('a', [['x', 3], ['y', 1]]), task('b', [['y', 1]])] });
  t.deepEqual([...w], [['x', 0.75], ['y', 1.25]]);
});

test('buckets: days, months and quarters; the last one ends on the last day asked', (t) => {
  t.deepEqual(bucketsOf('2024-02-28', '2024-03-01', 'day').map((b) => b.bucket), ['2024-02-28', '2024-02-29', '2024-03-01']);
  t.deepEqual(bucketsOf('2024-01-15', '2024-03-10', 'month'), [
    { bucket: '2024-01', asOf: '2024-01-31' },
    { bucket: '2024-02', asOf: '2024-02-29' },
    { bucket: '2024-03', asOf: '2024-03-10' },
  ]);
  t.deepEqual(bucketsOf('2024-05-01', '2024-12-31', 'quarter').map((b) => [b.bucket, b.asOf]), [['2024-Q2', '2024-06-30'], ['2024-Q3', '2024-09-30'], ['2024-Q4', '2024-12-31']]);
  t.deepEqual(bucketsOf('2024-05-01', '2024-04-01', 'month'), []);
});

const indicators = new Map([
  ['x', indicator('x')],
  ['y', indicator('y', { polarity: 'down', measure: 'share', baseline: { period: '2022', value: 40 }, target: { value: 30, deadline: '2026' } })],
  ['m', indicator('m', { frequency: 'monthly' })],
]);
const plan = { tasks: [task('a', [['x', 1], ['y', 1]]), task('b', [['m', 1]])] };
const observations = [
  obs('x', '2023', 150, '2024-02-01'),
  obs('x', '2023', 160, '2024-05-01', 'city', 1),
  obs('y', '2023', 35, '2024-03-15'),
  obs('x', '2022', 50, '2023-02-01', '11110'),
  obs('x', '2023', 75, '2024-02-01', '11110'),
  ...Array.from({ length: 12 }, (_, i) => obs('m', `2023-${String(i + 1).padStart(2, '0')}`, i % 2 === 0 ? 120 : 180, `2023-${String(i + 1).padStart(2, '0')}-28`)),
];

test('the city score: weighted scores as known at each bucket end, contributions adding up', (t) => {
  const r = rollupScores(observations, indicators, plan, { from: '2024-01-01', to: '2024-06-30', grain: 'month', scopes: ['city'] });
  t.deepEqual(r.map((x) => x.bucket), ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
  const jan = r[0];
  t.deepEqual(jan?.contributions.map((c) => [c.indicator, c.weight, c.level, c.score]), [['m', 1, 150, 0.5]]);
  const feb = r[1];
  t.deepEqual(feb?.contributions.map((c) => c.indicator).sort(), ['m', 'x']);
  t.is(feb?.contributions.find((c) => c.indicator === 'x')?.weight, 0.5 / 1.5);
  const mar = r[2];
  t.is(mar?.contributions.length, 3);
  t.is(mar?.contributions.find((c) => c.indicator === 'y')?.score, 0.5);
  for (const x of r) ScoreRollupSchema.parse(x);
  for (const x of r) t.true(Math.abs((x.score ?? 0) - x.contributions.reduce((s, c) => s + c.contribution, 0)) < 1e-12);
  t.true(Math.abs((mar?.score ?? Number.NaN) - (0.25 * 0.5 + 0.25 * 0.5 + 0.5 * 0.5)) < 1e-12);
  // the revision of x released in May raises the score from May on only
  t.is(r[3]?.contributions.find((c) => c.indicator === 'x')?.level, 150);
  t.is(r[4]?.contributions.find((c) => c.indicator === 'x')?.level, 160);
  t.true((r[4]?.score ?? 0) > (r[3]?.score ?? 0));
});
test('a gu is scored on its own series against its own baseline; no values, no score', (t) => {
  const [gu] = rollupScores(observations, indicators, plan, { from: '2024-12-31', to: '2024-12-31', grain: 'day', scopes: ['11110'] });
  t.deepEqual(gu?.contributions.map((c) => [c.indicator, c.weight, c.score]), [['x', 1, 0.5]]);
  const [empty] = rollupScores(observations, indicators, plan, { from: '2024-12-31', to: '2024-12-31', grain: 'day', scopes: ['11740'] });
  t.like(empty, { scope: '11740', score: null, contributions: [] });
});

test('a plan that links an indicator the catalogue lacks is an error', (t) => {
  t.throws(() => rollupScores(observations, indicators, { tasks: [task('c', [['zzz', 1]])] }, { from: '2024-01-01', to: '2024-01-02', grain: 'day', scopes: ['city'] }), { instanceOf: RangeError });
});
