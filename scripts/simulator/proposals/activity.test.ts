import test from 'ava';
import { activityAt, activityWeightAt } from './activity.ts';

const HOUR = 3600_000;
/** 2026-01-05 00:00 KST. */
const midnight = Date.parse('2026-01-04T15:00:00Z');

test('a day holds 24 activity hours, weighted towards the evening', (t) => {
  t.true(Math.abs(activityAt(midnight + 24 * HOUR) - activityAt(midnight) - 24) < 1e-9);
  const hourAt = (h: number) => activityAt(midnight + (h + 1) * HOUR) - activityAt(midnight + h * HOUR);
  t.true(hourAt(21) > 1.5 && hourAt(4) < 0.1, `${hourAt(21)} ${hourAt(4)}`);
  t.true(Math.abs(hourAt(21) - activityWeightAt(midnight + 21.5 * HOUR)) < 1e-9);
});

test('increasing and continuous across hour and day boundaries', (t) => {
  let prev = -Infinity;
  for (let m = -30; m < 48 * 60; m += 7) {
    const a = activityAt(midnight + m * 60_000);
    t.true(a > prev);
    prev = a;
  }
  for (const edge of [midnight, midnight + 13 * HOUR]) t.true(Math.abs(activityAt(edge) - activityAt(edge - 1)) < 1e-6);
});
