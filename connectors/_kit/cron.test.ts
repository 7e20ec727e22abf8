import test from 'ava';
import { CronPatternError, nextCronTime, parseCron } from './cron.ts';

const at = (iso: string) => Date.parse(iso);
const next = (pattern: string, tz: string, from: string) => new Date(nextCronTime(parseCron(pattern), tz, at(from))).toISOString();

test('every five minutes, strictly after the given time', (t) => {
  t.is(next('*/5 * * * *', 'UTC', '2024-01-01T00:00:00Z'), '2024-01-01T00:05:00.000Z');
  t.is(next('*/5 * * * *', 'UTC', '2024-01-01T00:03:10Z'), '2024-01-01T00:05:00.000Z');
});

test('a daily time in Asia/Seoul is 9 hours ahead of UTC', (t) => {
  t.is(next('30 1 * * *', 'Asia/Seoul', '2024-01-01T00:00:00Z'), '2024-01-01T16:30:00.000Z');
});

test('six fields put seconds first', (t) => {
  t.is(next('15,45 * * * * *', 'UTC', '2024-01-01T00:00:20Z'), '2024-01-01T00:00:45.000Z');
});

test('day of week and month names; dom and dow combine with OR', (t) => {
  t.is(next('0 9 * * MON', 'UTC', '2024-01-03T00:00:00Z'), '2024-01-08T09:00:00.000Z');
  t.is(next('0 0 1 FEB *', 'UTC', '2024-01-03T00:00:00Z'), '2024-02-01T00:00:00.000Z');
  t.is(next('0 0 13 * 5', 'UTC', '2024-01-01T00:00:00Z'), '2024-01-05T00:00:00.000Z');
});

test('daylight saving in Europe/Berlin: 02:30 does not exist on the spring-forward day and runs at 03:30, as on BullMQ', (t) => {
  t.is(next('30 2 * * *', 'Europe/Berlin', '2024-03-30T12:00:00Z'), '2024-03-31T01:30:00.000Z');
  t.is(next('30 2 * * *', 'Europe/Berlin', '2024-03-31T02:00:00Z'), '2024-04-01T00:30:00.000Z');
});

test('bad patterns are refused', (t) => {
  for (const bad of ['* * * *', '60 * * * *', '* 24 * * *', '*/0 * * * *', 'x * * * *', '5-1 * * * *']) t.throws(() => parseCron(bad), { instanceOf: CronPatternError }, bad);
  t.throws(() => nextCronTime(parseCron('0 0 31 2 *'), 'UTC', 0), { instanceOf: CronPatternError });
});
