import test from 'ava';
import { epochToKstDigits, kstDigitsToEpoch } from './time.ts';

test('KST digits of every length convert to UTC', (t) => {
  t.is(new Date(kstDigitsToEpoch('202401011300')!).toISOString(), '2024-01-01T04:00:00.000Z');
  t.is(new Date(kstDigitsToEpoch('20240101130005')!).toISOString(), '2024-01-01T04:00:05.000Z');
  t.is(new Date(kstDigitsToEpoch('20180101')!).toISOString(), '2017-12-31T15:00:00.000Z');
});

test('impossible or malformed times are null', (t) => {
  for (const bad of ['20240231', '202401012400', '2024010113', 'abcdefgh', '', '20240101136000', '18991231']) t.is(kstDigitsToEpoch(bad), null, bad);
});

test('round trip through KST digits', (t) => {
  const ms = Date.parse('2022-06-30T14:59:59Z');
  t.is(epochToKstDigits(ms, 14), '20220630235959');
  t.is(epochToKstDigits(ms, 12), '202206302359');
  t.is(epochToKstDigits(ms, 8), '20220630');
  t.is(kstDigitsToEpoch(epochToKstDigits(ms, 14)), ms);
});
