import test from 'ava';
import type { Observation } from '../contracts/indicator.ts';
import { asKnownOn, knownOn, observationKey, revisedFrom } from './known.ts';

const obs = (period: string, value: number, released: string, revision: number, district = 'city'): Observation => ({
  indicator: 'employment-rate',
  period,
  district,
  age: 'all',
  gender: 'all',
  value,
  released,
  revision,
  synthetic: true,
});

const history: Observation[] = [
  obs('2024-Q1', 61.0, '2024-05-15', 0),
  obs('2024-Q1', 61.4, '2024-08-15', 1),
  obs('2024-Q1', 61.3, '2025-04-15', 2),
  obs('2024-Q2', 62.0, '2024-08-15', 0),
  obs('2024-Q2', 62.0, '2024-11-15', 1),
  obs('2024-Q1', 55.0, '2024-05-15', 0, '11110'),
];

test('the latest revision released on or before the date, per cell', (t) => {
  t.deepEqual(asKnownOn(history, '2024-05-14'), []);
  t.deepEqual(
    asKnownOn(history, '2024-05-15').map((o) => [o.period, o.district, o.value]),
    [['2024-Q1', 'city', 61.0], ['2024-Q1', '11110', 55.0]],
  );
  const aug = asKnownOn(history, '2024-08-15');
  t.deepEqual(aug.map((o) => [o.period, o.district, o.revision]), [['2024-Q1', 'city', 1], ['2024-Q2', 'city', 0], ['2024-Q1', '11110', 0]]);
  t.deepEqual(asKnownOn(history, '2030-01-01').map((o) => o.value), [61.3, 62.0, 55.0]);
});

test('input order does not matter', (t) => {
  const reversed = [...history].reverse();
  const a = asKnownOn(reversed, '2025-01-01').map(observationKey).sort();
  const b = asKnownOn(history, '2025-01-01').map(observationKey).sort();
  t.deepEqual(a, b);
  t.deepEqual(asKnownOn(reversed, '2025-01-01').find((o) => o.period === '2024-Q1' && o.district === 'city')?.value, 61.4);
});

test('revisedFrom gives the value replaced, null when none was or it stayed the same', (t) => {
  const [r0, r1, r2, q2r0, q2r1] = history as [Observation, Observation, Observation, Observation, Observation];
  t.is(revisedFrom(history, r0), null);
  t.is(revisedFrom(history, r1), 61.0);
  t.is(revisedFrom(history, r2), 61.4);
  t.is(revisedFrom(history, q2r1), null);
  t.is(revisedFrom(history, q2r0), null);
});

test('knownOn attaches revisedFrom among the revisions known by then', (t) => {
  const byCell = (d: string) => new Map(knownOn(history, d).map((o) => [`${o.period}/${o.district}`, o]));
  t.is(byCell('2024-06-01').get('2024-Q1/city')?.revisedFrom, null);
  t.is(byCell('2024-09-01').get('2024-Q1/city')?.revisedFrom, 61.0);
  t.like(byCell('2025-05-01').get('2024-Q1/city'), { value: 61.3, revision: 2, revisedFrom: 61.4 });
  t.is(byCell('2025-05-01').get('2024-Q2/city')?.revisedFrom, null);
});
