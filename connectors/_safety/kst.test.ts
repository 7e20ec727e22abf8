import test from 'ava';
import { formatKst, kstDayStart, kstDigits, kstHour, kstWeekday, parseKst } from './kst.ts';

test('both spellings of a KST time convert to UTC', (t) => {
  t.is(new Date(parseKst('2021-01-01 0:00:00')!).toISOString(), '2020-12-31T15:00:00.000Z');
  t.is(new Date(parseKst('2021-01-01 13:05:09')!).toISOString(), '2021-01-01T04:05:09.000Z');
  t.is(new Date(parseKst('20240501120312')!).toISOString(), '2024-05-01T03:03:12.000Z');
  t.is(new Date(parseKst(' 2021-11-30 23:59:59 ')!).toISOString(), '2021-11-30T14:59:59.000Z');
});

test('impossible or malformed times are null', (t) => {
  for (const bad of ['2021-02-30 10:00:00', '2021-01-01 24:00:00', '2021-01-01 10:60:00', '2021-01-01T10:00:00', '2021-01-01', '20210101', '', 'x', '1989-12-31 10:00:00']) {
    t.is(parseKst(bad), null, bad);
  }
});

test('formatting round-trips and names the Seoul day, hour and weekday', (t) => {
  const ms = Date.parse('2024-04-30T15:00:01.999Z');
  t.is(formatKst(ms), '2024-05-01 00:00:01');
  t.is(kstDigits(ms), '20240501000001');
  t.is(parseKst(formatKst(ms)), ms - 999);
  t.is(kstHour(ms), 0);
  t.is(kstWeekday(ms), 3, 'Wednesday in Seoul, still Tuesday in UTC');
  t.is(new Date(kstDayStart(ms)).toISOString(), '2024-04-30T15:00:00.000Z');
  t.is(kstDayStart(kstDayStart(ms)), kstDayStart(ms));
});
