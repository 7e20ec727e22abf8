import test from 'ava';
import { computeCai, gradeOf, penaltyFor, subIndex } from './cai.ts';

test('PM10 sub-index at every band edge', (t) => {
  const at = (v: number): number | null => subIndex('pm10', v);
  t.deepEqual([0, 30, 31, 80, 81, 150, 151, 600].map(at), [0, 50, 51, 100, 101, 250, 251, 500]);
  // 55 µg/m³: (100−51)/(80−31)·(55−31)+51 = 75
  t.is(at(55), 75);
  // 30.9 is cut to 30 (the table has whole µg/m³), still 'good'
  t.is(at(30.9), 50);
  t.is(at(601), 500);
  t.is(at(5000), 500);
});

test('PM2.5 band edges and an interior value', (t) => {
  t.deepEqual([15, 16, 35, 36, 75, 76, 500].map((v) => subIndex('pm25', v)), [50, 51, 100, 101, 250, 251, 500]);
  // 25: 49/19·9 + 51 = 74.2 → 74
  t.is(subIndex('pm25', 25), 74);
});

test('gas sub-indices by hand', (t) => {
  // O3 0.0785 → cut 0.078: 49/0.059·0.047 + 51 = 90.03 → 90
  t.is(subIndex('o3', 0.0785), 90);
  // CO 5: 49/6.99·2.99 + 51 = 71.96 → 72
  t.is(subIndex('co', 5), 72);
  // NO2 0.1: 149/0.139·0.039 + 101 = 142.8 → 143
  t.is(subIndex('no2', 0.1), 143);
  // SO2 0.0209 is cut to 0.020, the top of 'good'
  t.is(subIndex('so2', 0.0209), 50);
  t.is(subIndex('so2', 0.021), 51);
  // CO 0.57 must not become 0.56 through binary noise: 50/2·0.57 = 14.25 → 14
  t.is(subIndex('co', 0.57), 14);
  t.is(subIndex('co', 2.005), 50);
  t.is(subIndex('co', 15.01), 251);
});

test('missing or invalid values give no sub-index', (t) => {
  t.is(subIndex('pm10', null), null);
  t.is(subIndex('pm10', undefined), null);
  t.is(subIndex('pm10', Number.NaN), null);
  t.is(subIndex('pm10', -1), null);
});

test('grades and penalties', (t) => {
  t.deepEqual([0, 50, 51, 100, 101, 250, 251, 500].map(gradeOf),
    ['good', 'good', 'moderate', 'moderate', 'unhealthy', 'unhealthy', 'very-unhealthy', 'very-unhealthy']);
  t.deepEqual([0, 1, 2, 3, 6].map(penaltyFor), [0, 0, 50, 75, 75]);
});

test('CAI is the highest sub-index when at most one pollutant is unhealthy', (t) => {
  const r = computeCai({ pm10: 55, pm25: 25, o3: 0.0785, no2: 0.1, co: null });
  t.is(r.cai, 143);
  t.is(r.dominant, 'no2');
  t.is(r.grade, 'unhealthy');
  t.is(r.penalty, 0);
  t.deepEqual(r.subIndices, { pm10: 75, pm25: 74, o3: 90, no2: 143, co: null, so2: null });
});

test('two unhealthy pollutants add 50, three add 75', (t) => {
  // PM10 100: 149/69·19 + 101 = 142.03 → 142; PM2.5 50: 149/39·14 + 101 = 154.49 → 154
  const two = computeCai({ pm10: 100, pm25: 50 });
  t.deepEqual([two.cai, two.dominant, two.penalty, two.grade], [204, 'pm25', 50, 'unhealthy']);
  const three = computeCai({ pm10: 100, pm25: 50, no2: 0.1 });
  t.deepEqual([three.cai, three.penalty], [229, 75]);
  // 229 stays 'unhealthy'; PM2.5 64: 149/39·28 + 101 = 207.97 → 208, and 208 + 75 = 283 is 'very unhealthy'
  const over = computeCai({ pm25: 64, pm10: 100, no2: 0.1 });
  t.is(over.subIndices.pm25, 208);
  t.deepEqual([over.cai, over.grade], [283, 'very-unhealthy']);
});

test('the penalty never pushes the index above 500', (t) => {
  const r = computeCai({ pm10: 700, pm25: 600 });
  t.deepEqual([r.cai, r.grade, r.dominant], [500, 'very-unhealthy', 'pm10']);
});

test('no pollutants, no index', (t) => {
  t.deepEqual(computeCai({}), {
    cai: null, grade: null, dominant: null, penalty: 0,
    subIndices: { pm10: null, pm25: null, o3: null, no2: null, co: null, so2: null },
  });
});
