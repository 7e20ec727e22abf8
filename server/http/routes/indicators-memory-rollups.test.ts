import test from 'ava';
import type { Observation } from '../../contracts/indicator.ts';
import { latestRollups } from './indicators-memory-rollups.ts';

const o = (indicator: string, period: string, value: number, cell: Partial<Pick<Observation, 'district' | 'age' | 'gender' | 'revision'>> = {}): Observation => ({
  indicator, period, value, district: 'city', age: 'all', gender: 'all', revision: 0, released: '2025-01-01', synthetic: true, ...cell,
});

const OBS: Observation[] = [
  o('b-count', '2024-01', 3),
  o('b-count', '2024-01', 5, { revision: 1 }), // the latest revision counts, the first does not
  o('b-count', '2024-02', 7),
  o('b-count', '2025-12', 1),
  o('b-count', '2024-01', 2, { district: '11680' }),
  o('b-count', '2024-01', 1, { age: '80+' }),
  o('b-count', '2024-01', 1, { age: '0-9' }),
  o('b-count', '2024-01', 9, { district: '11680', age: '80+' }), // the finest cells are in no line
  o('a-share', '2024-Q2', 40),
  o('a-share', '2024-Q3', 50),
  o('a-share', '2024', 45),
  o('a-share', '2023', 44, { gender: 'female' }),
];

const pick = (rows: ReturnType<typeof latestRollups>) => rows.map((r) => [r.indicator, r.bucket, r.district, r.age, r.gender, r.n, r.sum, r.min, r.max, r.mean]);

test('months: the latest revision of each period, in the month the period starts', (t) => {
  t.deepEqual(pick(latestRollups(OBS, { grain: 'month' })), [
    ['a-share', '2024-01', 'city', 'all', 'all', 1, 45, 45, 45, 45],
    ['a-share', '2024-04', 'city', 'all', 'all', 1, 40, 40, 40, 40],
    ['a-share', '2024-07', 'city', 'all', 'all', 1, 50, 50, 50, 50],
    ['b-count', '2024-01', 'city', 'all', 'all', 1, 5, 5, 5, 5],
    ['b-count', '2024-02', 'city', 'all', 'all', 1, 7, 7, 7, 7],
    ['b-count', '2025-12', 'city', 'all', 'all', 1, 1, 1, 1, 1],
  ]);
});

test('years: n, sum, min, max and mean over the periods; only the years asked', (t) => {
  t.deepEqual(pick(latestRollups(OBS, { grain: 'year', from: 2024, to: 2024 })), [
    ['a-share', '2024', 'city', 'all', 'all', 3, 135, 40, 50, 45],
    ['b-count', '2024', 'city', 'all', 'all', 2, 12, 5, 7, 6],
  ]);
  t.deepEqual(latestRollups(OBS, { grain: 'year', from: 2026, to: 2030 }), []);
  t.throws(() => latestRollups(OBS, { grain: 'year', from: 2025, to: 2024 }), { instanceOf: RangeError });
});

test('a line: one dimension varies, the others at their totals, the total included; byte order of the cells', (t) => {
  const byAge = latestRollups(OBS, { grain: 'year', by: 'age', indicators: ['b-count'] });
  t.deepEqual(byAge.map((r) => `${r.age} ${r.bucket} ${r.sum}`), ['0-9 2024 1', '80+ 2024 1', 'all 2024 12', 'all 2025 1']);
  const byDistrict = latestRollups(OBS, { grain: 'year', by: 'district', from: 2024, to: 2024 });
  t.deepEqual(byDistrict.map((r) => `${r.indicator} ${r.district}`), ['a-share city', 'b-count 11680', 'b-count city']);
  t.deepEqual(latestRollups(OBS, { grain: 'year', by: 'gender', indicators: ['a-share'] }).map((r) => `${r.gender} ${r.bucket}`), ['all 2024', 'female 2023']);
});
