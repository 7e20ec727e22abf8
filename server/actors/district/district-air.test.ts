import test from 'ava';
import { DistrictAirSchema } from '../../contracts/air.ts';
import { computeDistrictAir, emptyDistrictAir, type StationInfo, type StationObservation } from './district-air.ts';

const NOW = Date.parse('2024-05-01T06:00:00Z');
const HOUR = 3_600_000;
const stations: StationInfo[] = [
  { code: '111261', kind: 'urban', district: '11680' },
  { code: '111262', kind: 'roadside', district: '11680' },
  { code: '111263', kind: 'background', district: '11680' },
  { code: '999999', kind: 'urban', district: '11110' },
];
const NONE = { pm10: null, pm25: null, o3: null, no2: null, co: null, so2: null };
type Values = Partial<StationObservation['values']>;
const obs = (station: string, values: Values, extra: Partial<StationObservation> = {}): StationObservation => ({
  station, period: '1h', values: { ...NONE, ...values }, observedAt: '2024-05-01T05:00:00Z', source: 'seoul-air', ...extra,
});
const compute = (observations: StationObservation[], maxAgeMs = 3 * HOUR) =>
  computeDistrictAir({ district: '11680', stations, observations, now: NOW, maxAgeMs });

test('the urban station wins where it reports; others are averaged where it does not', (t) => {
  const air = compute([
    obs('111261', { pm10: 40, no2: null }),
    obs('111262', { pm10: 90, no2: 0.05 }, { observedAt: '2024-05-01T05:30:00Z' }),
    obs('111263', { pm10: 10, no2: 0.02, o3: 0.03 }),
  ]);
  t.is(air.values.pm10, 40);
  t.is(air.values.no2, 0.035);
  t.is(air.values.o3, 0.03);
  t.is(air.values.pm25, null);
  t.deepEqual(air.stations, ['111261', '111262', '111263']);
  t.is(air.asOf, '2024-05-01T05:30:00.000Z');
  // pm10 40 → 60, no2 0.035 → 49/0.029·0.004+51 = 57.8 → 58, o3 0.03 → 50
  t.deepEqual([air.cai, air.grade, air.dominant], [60, 'moderate', 'pm10']);
  t.is(air.source, 'seoul-air');
  t.true(DistrictAirSchema.safeParse(air).success);
});

test('only the stations that supplied a used value are listed', (t) => {
  const air = compute([obs('111261', { pm10: 40 }), obs('111262', { pm10: 90 })]);
  t.deepEqual(air.stations, ['111261']);
  t.is(air.values.pm10, 40);
});

test('observations older than the max age and flagged values are ignored', (t) => {
  const air = compute([
    obs('111261', { pm10: 200 }, { observedAt: '2024-05-01T01:00:00Z' }),
    obs('111262', { pm10: 50, pm25: 90 }, { quality: { pm10: 'ok', pm25: 'suspect', o3: 'ok', no2: 'ok', co: 'ok', so2: 'ok' } }),
  ]);
  t.is(air.values.pm10, 50);
  t.is(air.values.pm25, null);
  t.deepEqual(air.stations, ['111262']);
});

test('PM prefers the 24-hour mean, gases the 1-hour value, with the other period as fallback', (t) => {
  const air = compute([
    obs('111261', { pm10: 80, o3: 0.05, pm25: 20 }, { period: '1h' }),
    obs('111261', { pm10: 30, o3: 0.01 }, { period: '24h', observedAt: '2024-05-01T04:00:00Z' }),
  ]);
  t.deepEqual([air.values.pm10, air.values.o3, air.values.pm25], [30, 0.05, 20]);
});

test('stations of other districts are not urban here, unknown stations count as non-urban', (t) => {
  const air = compute([obs('999999', { pm10: 10 }), obs('123456', { pm10: 30 })]);
  t.is(air.values.pm10, 20);
});

test('no usable data gives the empty state', (t) => {
  t.deepEqual(compute([]), emptyDistrictAir('11680'));
  t.deepEqual(compute([obs('111261', { pm10: null })]), emptyDistrictAir('11680'));
  t.true(DistrictAirSchema.safeParse(emptyDistrictAir('11680')).success);
});

test('means are rounded to the unit resolution', (t) => {
  const air = compute([obs('111262', { pm25: 10, co: 0.4 }), obs('111263', { pm25: 11, co: 0.5 }), obs('123456', { pm25: 11, co: 0.5 })]);
  t.is(air.values.pm25, 10.7);
  t.is(air.values.co, 0.47);
});
