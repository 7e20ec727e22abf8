import test from 'ava';
import type { Observation } from '../contracts/indicator.ts';
import { headlineSeries, knownValues, seriesCursor, seriesKey } from './series.ts';

const o = (period: string, value: number, released: string, revision = 0, over: Partial<Observation> = {}): Observation => ({
  indicator: 'complaint-sla',
  period,
  district: 'city',
  age: 'all',
  gender: 'all',
  value,
  released,
  revision,
  synthetic: true,
  ...over,
});

const obs = [o('2024-02', 80, '2024-03-03'), o('2024-01', 70, '2024-02-03'), o('2024-01', 71, '2024-03-07', 1), o('2024-01', 5, '2024-02-03', 0, { gender: 'female' })];

test('headline series: all ages and both sexes, sorted by release', (t) => {
  const s = headlineSeries(obs);
  t.deepEqual([...s.keys()], [seriesKey('complaint-sla', 'city')]);
  t.deepEqual(s.get('complaint-sla|city')?.map((x) => x.released), ['2024-02-03', '2024-03-03', '2024-03-07']);
});

test('known values per period on a date', (t) => {
  const sorted = headlineSeries(obs).get('complaint-sla|city') ?? [];
  t.deepEqual(knownValues(sorted, '2024-02-02'), []);
  t.deepEqual(knownValues(sorted, '2024-03-03'), [{ period: '2024-01', value: 70 }, { period: '2024-02', value: 80 }]);
  t.deepEqual(knownValues(sorted, '2024-12-31'), [{ period: '2024-01', value: 71 }, { period: '2024-02', value: 80 }]);
});

test('a cursor moves forward only and tells when something changed', (t) => {
  const c = seriesCursor(headlineSeries(obs).get('complaint-sla|city') ?? []);
  t.false(c.advance('2024-01-01'));
  t.true(c.advance('2024-02-03'));
  t.false(c.advance('2024-02-28'));
  t.true(c.advance('2024-03-07'));
  t.deepEqual(c.values(), [{ period: '2024-01', value: 71 }, { period: '2024-02', value: 80 }]);
  t.throws(() => c.advance('2024-01-01'), { instanceOf: RangeError });
});
