import test from 'ava';
import type { EventEnvelope } from '../contracts/index.ts';
import { readingsOf } from './readings-of.ts';

const event = (payload: unknown, kind = 'air.observed'): EventEnvelope => ({
  v: 1,
  id: 'seoul-air:111261:2026-11-27T04:00:00.000Z',
  source: 'seoul-air',
  kind,
  observedAt: '2026-11-27T04:00:00.000Z',
  entity: 'station:111261',
  district: '11680',
  payload,
});

const values = { pm10: 34, pm25: 22, o3: 0.009, no2: 0.034, co: 0.6, so2: null };

test('an air observation becomes one row per pollutant; null is missing', (t) => {
  const { rows, rejections } = readingsOf([event({ station: '강남구', period: '24h', values })]);
  t.is(rejections.length, 0);
  t.is(rows.length, 6);
  t.like(rows.find((r) => r.metric === 'pm10'), { value: 34, quality: 'ok', district: '11680' });
  t.like(rows.find((r) => r.metric === 'so2'), { value: null, quality: 'missing' });
});

test('a quality flag in the payload wins', (t) => {
  const { rows } = readingsOf([event({ station: '강남구', period: '1h', values, quality: { pm10: 'suspect' } })]);
  t.is(rows.find((r) => r.metric === 'pm10')?.quality, 'suspect');
});

test('a bad payload is rejected with a reason; the good event beside it still counts', (t) => {
  const { rows, rejections } = readingsOf([event({ station: '강남구', period: '24h', values: { ...values, pm10: -3 } }), event({ station: '강남구', period: '24h', values })]);
  t.is(rows.length, 6);
  t.is(rejections.length, 1);
  t.regex(rejections[0]?.reason ?? '', /payload\.values\.pm10/);
});

test('kinds without readings are passed over', (t) => {
  t.deepEqual(readingsOf([event({}, 'incident.reported')]), { rows: [], rejections: [] });
});

test('an emergency room report becomes its available and total beds', (t) => {
  const room = {
    hospital: 'samsung-seoul',
    name: { ko: '삼성서울병원', en: 'Samsung Medical Center' },
    district: '11680',
    lon: 127.0857,
    lat: 37.4881,
    level: 'regional-center',
    beds: { total: 40, available: 7 },
    synthetic: true,
  };
  const { rows, rejections } = readingsOf([event(room, 'er.reported'), event({ ...room, beds: { total: -1, available: 0 } }, 'er.reported')]);
  t.deepEqual(
    rows.map((r) => [r.metric, r.value]),
    [
      ['er_beds_available', 7],
      ['er_beds_total', 40],
    ],
  );
  t.is(rejections.length, 1);
  t.regex(rejections[0]?.reason ?? '', /payload\.beds\.total/);
});
