import test from 'ava';
import type { CaiGrade, DistrictAir } from '../../../server/contracts/index.ts';
import { fillOf, GRADE_COLORS, gradeOfIndex, hex, indexOf, PALETTE } from './colors.ts';

const air: DistrictAir = {
  district: '11680',
  cai: 120,
  grade: 'unhealthy',
  dominant: 'o3',
  values: { pm10: 41, pm25: 20, o3: 0.1, no2: 0.02, co: 0.4, so2: 0.003 },
  subIndices: { pm10: 44, pm25: 60, o3: 120, no2: 30, co: 10, so2: null },
  stations: [],
  asOf: null,
  source: 'seoul-air',
};

test('gradeOfIndex: the CAI band edges', (t) => {
  const cases: [number, CaiGrade][] = [[0, 'good'], [50, 'good'], [51, 'moderate'], [100, 'moderate'], [101, 'unhealthy'], [250, 'unhealthy'], [251, 'very-unhealthy'], [500, 'very-unhealthy']];
  for (const [index, grade] of cases) t.is(gradeOfIndex(index), grade, String(index));
});

test('indexOf reads the CAI or a pollutant’s sub-index', (t) => {
  t.is(indexOf(air, 'cai'), 120);
  t.is(indexOf(air, 'pm25'), 60);
  t.is(indexOf(air, 'so2'), null);
  t.is(indexOf(undefined, 'cai'), null);
  t.is(indexOf({ ...air, cai: null }, 'cai'), null);
});

test('fillOf colours by grade, and no data in the no-data colour', (t) => {
  t.is(fillOf(air, 'cai'), GRADE_COLORS.unhealthy);
  t.is(fillOf(air, 'pm10'), GRADE_COLORS.good);
  t.is(fillOf(air, 'pm25'), GRADE_COLORS.moderate);
  t.is(fillOf(air, 'so2'), PALETTE.noData);
  t.is(fillOf(undefined, 'cai'), PALETTE.noData);
  t.is(hex(PALETTE.noData), '#334155');
  t.is(hex(0x0000ff), '#0000ff');
});
