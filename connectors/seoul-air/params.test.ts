import test from 'ava';
import { daysOf, SeoulAirParamsSchema } from './params.ts';

test('no parameters mean realtime', (t) => {
  t.deepEqual(SeoulAirParamsSchema.parse(undefined), { mode: 'realtime' });
  t.deepEqual(SeoulAirParamsSchema.parse({}), { mode: 'realtime' });
});

test('daily takes a date or a range, in either date spelling', (t) => {
  t.deepEqual(daysOf(SeoulAirParamsSchema.parse({ mode: 'daily', date: '2019-03-01' })), ['20190301']);
  t.deepEqual(daysOf(SeoulAirParamsSchema.parse({ mode: 'daily', from: '20191230', to: '2020-01-02' })), ['20191230', '20191231', '20200101', '20200102']);
});

test('bad daily parameters are refused', (t) => {
  for (const bad of [
    { mode: 'daily' },
    { mode: 'daily', date: '20190230' },
    { mode: 'daily', date: '20190301', from: '20190301', to: '20190302' },
    { mode: 'daily', from: '20190302', to: '20190301' },
    { mode: 'hourly' },
    { mode: 'realtime', date: '20190301' },
  ]) t.false(SeoulAirParamsSchema.safeParse(bad).success, JSON.stringify(bad));
});
