import test from 'ava';
import { hourlyRollup, rollupTuples } from './readings-rollup.ts';
import type { ReadingRow } from './readings-copy.ts';

const r = (iso: string, value: number | null, o: Partial<ReadingRow> = {}): ReadingRow => ({
  time: new Date(iso),
  source: 's',
  entity: 'station:1',
  district: '11680',
  metric: 'pm10',
  value,
  quality: value === null ? 'missing' : 'ok',
  ...o,
});

test('groups by UTC hour, source, entity and metric; n counts non-null values', (t) => {
  const groups = hourlyRollup([
    r('2025-03-01T00:00:00Z', 10),
    r('2025-03-01T00:59:59.999Z', 30),
    r('2025-03-01T00:30:00Z', null),
    r('2025-03-01T01:00:00Z', 5),
    r('2025-03-01T00:10:00Z', 7, { metric: 'pm25' }),
  ]);
  t.deepEqual(rollupTuples(groups), [
    [new Date('2025-03-01T00:00:00Z'), 's', 'station:1', '11680', 'pm10', 2, 40, 10, 30],
    [new Date('2025-03-01T01:00:00Z'), 's', 'station:1', '11680', 'pm10', 1, 5, 5, 5],
    [new Date('2025-03-01T00:00:00Z'), 's', 'station:1', '11680', 'pm25', 1, 7, 7, 7],
  ]);
});

test('a group of nulls only has n = 0 and null aggregates; district is the greatest non-null', (t) => {
  const [g] = hourlyRollup([
    r('2025-03-01T00:00:00Z', null, { district: null }),
    r('2025-03-01T00:05:00Z', null, { district: '11110' }),
    r('2025-03-01T00:10:00Z', null, { district: '11680' }),
  ]);
  t.like(g, { n: 0, sum: null, min: null, max: null, district: '11680' });
});
