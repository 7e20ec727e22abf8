import test from 'ava';
import type { Indicator } from '../contracts/indicator.ts';
import { baselineOf, goalFor, levelOf, progressOf, score, SCORE_CAP, scoreOf } from './score.ts';

const ind = (over: Partial<Indicator>): Indicator =>
  ({
    id: 'x',
    measure: 'share',
    polarity: 'up',
    baseline: { period: '2022', value: 60 },
    target: { value: 64, deadline: '2026' },
    ...over,
  }) as Indicator;

test('progress runs from the baseline (0) to the target (1) in either direction', (t) => {
  t.is(progressOf(62, { baseline: 60, target: 64, polarity: 'up' }), 0.5);
  t.is(progressOf(58, { baseline: 60, target: 64, polarity: 'up' }), -0.5);
  t.is(progressOf(20, { baseline: 24, target: 16, polarity: 'down' }), 0.5);
  t.is(progressOf(12, { baseline: 24, target: 16, polarity: 'down' }), 1.5);
});

test('a target equal to the baseline means hold the level', (t) => {
  t.true(progressOf(20, { baseline: 19.8, target: 19.8, polarity: 'down' }) < 1);
  t.is(progressOf(19, { baseline: 19.8, target: 19.8, polarity: 'down' }), 1);
  t.is(progressOf(9_400_000, { baseline: 9_331_860, target: 9_331_860, polarity: 'up' }), 1);
  t.is(progressOf(4_665_930, { baseline: 9_331_860, target: 9_331_860, polarity: 'up' }), 0.5);
});

test('scores are capped and never negative', (t) => {
  t.is(scoreOf(70, { baseline: 60, target: 64, polarity: 'up' }), SCORE_CAP);
  t.is(scoreOf(50, { baseline: 60, target: 64, polarity: 'up' }), 0);
  t.is(score({ value: 64 }, ind({})), 1);
  t.is(score({ value: 63 }, ind({ polarity: 'down', baseline: { period: '2022', value: 70 }, target: { value: 63, deadline: '2026' } })), 1);
});

test('a gu is measured from its own baseline: points for shares, ratios for the rest', (t) => {
  t.deepEqual(goalFor(ind({}), 50), { baseline: 50, target: 54, polarity: 'up' });
  const rate = ind({ measure: 'rate', polarity: 'down', baseline: { period: '2022', value: 20 }, target: { value: 15, deadline: '2026' } });
  t.deepEqual(goalFor(rate, 40), { baseline: 40, target: 30, polarity: 'down' });
  t.is(score({ value: 35 }, rate, 40), 0.5);
  t.deepEqual(goalFor(rate), { baseline: 20, target: 15, polarity: 'down' });
});

test('the baseline of a gu is the mean of its values in the baseline period', (t) => {
  const values = [
    { period: '2021-12', value: 1 },
    { period: '2022-01', value: 10 },
    { period: '2022-07', value: 20 },
    { period: '2023-01', value: 99 },
  ];
  t.is(baselineOf(values, '2022'), 15);
  t.is(baselineOf(values, '2022-Q1'), 10);
  t.is(baselineOf(values, '2020'), null);
});

test('the level is the mean of the last year for monthly and quarterly values, the latest for annual', (t) => {
  const months = Array.from({ length: 18 }, (_, i) => ({ period: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value: i }));
  const l = levelOf(months);
  t.is(l?.period, '2025-06');
  t.is(l?.from, '2024-07-01');
  t.is(l?.level, (6 + 17) / 2);
  const quarters = levelOf([{ period: '2024-Q4', value: 4 }, { period: '2025-Q1', value: 8 }, { period: '2023-Q4', value: 100 }]);
  t.is(quarters?.level, 6);
  t.is(quarters?.from, '2024-10-01');
  const years = levelOf([{ period: '2024', value: 3 }, { period: '2025', value: 5 }]);
  t.deepEqual([years?.period, years?.level, years?.from], ['2025', 5, '2025-01-01']);
  t.is(levelOf([]), null);
});
