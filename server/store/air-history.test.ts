import test from 'ava';
import { AirHistoryQuerySchema, airHistorySql, stationEntity, usesRollup } from './air-history.ts';

const d = (s: string): Date => new Date(s);

test('whole-hour buckets over whole-hour ranges use the rollup', (t) => {
  t.true(usesRollup({ from: d('2025-03-01T00:00:00Z'), to: d('2025-03-02T00:00:00Z'), bucketSeconds: 3600 }));
  t.true(usesRollup({ from: d('2025-03-01T00:00:00Z'), to: d('2025-03-02T00:00:00Z'), bucketSeconds: 86_400 }));
  t.false(usesRollup({ from: d('2025-03-01T00:00:00Z'), to: d('2025-03-02T00:00:00Z'), bucketSeconds: 1800 }));
  t.false(usesRollup({ from: d('2025-03-01T00:00:00Z'), to: d('2025-03-02T00:00:00Z'), bucketSeconds: 5400 }));
  t.false(usesRollup({ from: d('2025-03-01T00:30:00Z'), to: d('2025-03-02T00:00:00Z'), bucketSeconds: 3600 }));
});

test('the SQL reads the right relation and filters by station only when asked', (t) => {
  t.regex(airHistorySql(true, false), /FROM readings_hourly h/);
  t.regex(airHistorySql(false, false), /FROM readings r/);
  t.false(airHistorySql(false, false).includes('$5'));
  t.true(airHistorySql(true, true).includes('entity = $5'));
});

test('queries are validated', (t) => {
  const ok = { district: '11680', from: d('2025-03-01T00:00:00Z'), to: d('2025-03-02T00:00:00Z'), bucketSeconds: 3600 };
  t.true(AirHistoryQuerySchema.safeParse(ok).success);
  t.false(AirHistoryQuerySchema.safeParse({ ...ok, district: '99999' }).success);
  t.false(AirHistoryQuerySchema.safeParse({ ...ok, to: ok.from }).success);
  t.false(AirHistoryQuerySchema.safeParse({ ...ok, bucketSeconds: 60, to: d('2026-03-01T00:00:00Z') }).success);
  t.is(stationEntity('111123'), 'station:111123');
  t.is(stationEntity('station:111123'), 'station:111123');
});
