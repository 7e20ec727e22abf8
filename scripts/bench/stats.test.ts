import test from 'ava';
import { perSecond, ratio, weightedPercentile } from './stats.ts';

test('weighted percentiles', (t) => {
  const s = [
    { value: 10, weight: 98 },
    { value: 500, weight: 1 },
    { value: 2000, weight: 1 },
  ];
  t.is(weightedPercentile(s, 0.5), 10);
  t.is(weightedPercentile(s, 0.99), 500);
  t.is(weightedPercentile(s, 1), 2000);
  t.true(Number.isNaN(weightedPercentile([], 0.5)));
});

test('rates and ratios', (t) => {
  t.is(perSecond(1000, 500), 2000);
  t.is(ratio(1, 3), 0.333);
});
