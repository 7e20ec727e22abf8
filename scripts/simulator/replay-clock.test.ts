import test from 'ava';
import { createReplayClock, ReplayClockError, startIndexOf } from './replay-clock.ts';

const dates = ['20180101', '20180102', '20180103'];
const t0 = Date.parse('2024-05-01T00:00:00Z');

test('at speed-up 17280 each data day lasts 5 s and the replay wraps around', (t) => {
  const at = createReplayClock({ dates, speedup: 17_280, startedAt: t0 });
  t.like(at(t0), { date: '20180101', step: 0, stepStart: t0, stepMs: 5000 });
  t.like(at(t0 + 4999), { date: '20180101', step: 0 });
  t.like(at(t0 + 5000), { date: '20180102', step: 1, stepStart: t0 + 5000 });
  t.like(at(t0 + 12_345), { date: '20180103', step: 2, stepStart: t0 + 10_000 });
  t.like(at(t0 + 15_000), { date: '20180101', step: 3, index: 0 });
  t.like(at(t0 - 1000), { date: '20180101', step: 0 }, 'a clock going backwards stays on the first step');
});

test('speed-up 1 is real time: one day per day', (t) => {
  const at = createReplayClock({ dates, speedup: 1, startedAt: t0 });
  t.like(at(t0 + 86_399_999), { date: '20180101' });
  t.like(at(t0 + 86_400_000), { date: '20180102', stepMs: 86_400_000 });
});

test('startDate picks the first date on or after it', (t) => {
  t.is(startIndexOf(dates, '2018-01-02'), 1);
  t.is(startIndexOf(['20180101', '20180105'], '20180103'), 1);
  const at = createReplayClock({ dates, speedup: 86_400, startedAt: t0, startDate: '20180103' });
  t.like(at(t0), { date: '20180103' });
  t.like(at(t0 + 1000), { date: '20180101' });
});

test('bad options are refused', (t) => {
  t.throws(() => startIndexOf(dates, '20190101'), { instanceOf: ReplayClockError });
  t.throws(() => startIndexOf(dates, 'soon'), { instanceOf: ReplayClockError });
  t.throws(() => createReplayClock({ dates, speedup: 0, startedAt: t0 }), { instanceOf: ReplayClockError });
  t.throws(() => createReplayClock({ dates, speedup: 100_000, startedAt: t0 }), { instanceOf: ReplayClockError });
  t.throws(() => createReplayClock({ dates: [], speedup: 1, startedAt: t0 }), { instanceOf: ReplayClockError });
});
