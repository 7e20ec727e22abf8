import test from 'ava';
import { assertTimeZone, formatW3cUtc, parseW3cTime, zoneOffsetMs } from './time.ts';

const iso = (s: string, tz?: string): string | null => {
  const ms = parseW3cTime(s, tz);
  return ms === null ? null : new Date(ms).toISOString();
};

test('offsets are honoured in every spelling', (t) => {
  t.is(iso('2010-04-14T06:37:38-08:00'), '2010-04-14T14:37:38.000Z');
  t.is(iso('2010-04-14T14:37:38Z'), '2010-04-14T14:37:38.000Z');
  t.is(iso('2010-04-14T14:37:38z'), '2010-04-14T14:37:38.000Z');
  t.is(iso('2024-05-01T09:00:00.250+0900'), '2024-05-01T00:00:00.250Z');
  t.is(iso('2024-05-01T09:00:00+09'), '2024-05-01T00:00:00.000Z');
  t.is(iso(' 2024-05-01 09:00+05:30 '), '2024-05-01T03:30:00.000Z');
});

test('a time without a zone is read in the given zone, Seoul by default', (t) => {
  t.is(iso('2024-05-01T09:12:00'), '2024-05-01T00:12:00.000Z');
  t.is(iso('2024-05-01 09:12'), '2024-05-01T00:12:00.000Z');
  t.is(iso('2024-05-01'), '2024-04-30T15:00:00.000Z');
  t.is(iso('2024-05-01T09:12:00', 'UTC'), '2024-05-01T09:12:00.000Z');
  t.is(iso('2010-04-14T06:37:38', 'America/Los_Angeles'), '2010-04-14T13:37:38.000Z', 'daylight saving time: UTC−7');
  t.is(iso('2010-01-14T06:37:38', 'America/Los_Angeles'), '2010-01-14T14:37:38.000Z', 'standard time: UTC−8');
  t.is(zoneOffsetMs(Date.parse('2024-01-01T00:00:00Z'), 'Asia/Seoul'), 9 * 3600_000);
});

test('what is not a real W3C datetime is null', (t) => {
  for (const bad of ['', 'yesterday', '2024-13-01T00:00:00Z', '2024-02-30', '2024-05-01T25:00:00Z', '2024-05-01T09:00:00+15:00', '01/05/2024 09:00', '1899-12-31']) {
    t.is(parseW3cTime(bad), null, bad);
  }
});

test('query times are UTC to the second; unknown zones are refused', (t) => {
  t.is(formatW3cUtc(Date.parse('2024-05-01T03:10:30.999Z')), '2024-05-01T03:10:30Z');
  t.is(assertTimeZone('Asia/Seoul'), 'Asia/Seoul');
  t.throws(() => assertTimeZone('Mars/Olympus'), { instanceOf: RangeError, message: 'unknown time zone "Mars/Olympus"' });
});
