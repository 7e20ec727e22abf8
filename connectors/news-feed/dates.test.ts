import test from 'ava';
import { parseFeedDate } from './dates.ts';

const iso = (s: string): string | null => {
  const ms = parseFeedDate(s);
  return ms === null ? null : new Date(ms).toISOString();
};

test('RFC 822 with numeric zones and zone names, KST included', (t) => {
  t.is(iso('Wed, 01 May 2024 09:30:00 +0900'), '2024-05-01T00:30:00.000Z');
  t.is(iso('Wed, 1 May 2024 09:30:00 KST'), '2024-05-01T00:30:00.000Z');
  t.is(iso('Wed, 01 May 2024 00:30:00 GMT'), '2024-05-01T00:30:00.000Z');
  t.is(iso('01 May 2024 09:30 +09:00'), '2024-05-01T00:30:00.000Z', 'no weekday, no seconds');
  t.is(iso('Tue, 30 Apr 2024 20:30:00 EDT'), '2024-05-01T00:30:00.000Z');
  t.is(iso('Wed, 01 May 24 00:30:00 UT'), '2024-05-01T00:30:00.000Z', 'two-digit year');
  t.is(iso('Wednesday, 01-May-2024 00:30:00 Z'), '2024-05-01T00:30:00.000Z');
  t.is(iso('Wed, 01 May 2024 09:30:00 +0900 (KST)'), '2024-05-01T00:30:00.000Z', 'a trailing comment');
  t.is(iso('Wed, 01 September 2024 09:30:00 +0900'), '2024-09-01T00:30:00.000Z', 'a full month name');
});

test('ISO 8601 and RFC 3339, with and without zones', (t) => {
  t.is(iso('2024-05-01T09:30:00+09:00'), '2024-05-01T00:30:00.000Z');
  t.is(iso('2024-05-01T00:30:00.120Z'), '2024-05-01T00:30:00.120Z');
  t.is(iso('2024-05-01T09:30:00+0900'), '2024-05-01T00:30:00.000Z');
  t.is(iso('2024-05-01T09:30+09'), '2024-05-01T00:30:00.000Z');
  t.is(iso('2024-05-01 09:30:00'), '2024-05-01T00:30:00.000Z', 'no zone: Seoul time');
  t.is(iso('2024-05-01'), '2024-04-30T15:00:00.000Z', 'a day alone: its start in Seoul');
  t.is(new Date(parseFeedDate('2024-05-01 09:30:00', 0)!).toISOString(), '2024-05-01T09:30:00.000Z', 'another default zone');
});

test('Korean dotted dates', (t) => {
  t.is(iso('2024.05.01 09:30'), '2024-05-01T00:30:00.000Z');
  t.is(iso('2024. 5. 1.'), '2024-04-30T15:00:00.000Z');
});

test('anything else is null, never guessed', (t) => {
  for (const bad of ['', 'yesterday', '2024-02-30T00:00:00Z', 'Fri, 31 Jun 2024 10:00:00 GMT', '2024-13-01', 'Wed, 01 Foo 2024 09:30:00 GMT',
    'Wed, 01 May 2024 25:00:00 GMT', 'Wed, 01 May 2024 09:30:00 XYZ', '2024-05-01T09:30:00+15:00', '1714523400']) {
    t.is(parseFeedDate(bad), null, bad);
  }
});
