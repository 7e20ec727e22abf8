import test from 'ava';
import { agoText, bigNumberText, dateTimeText, pmText, whenText } from './words.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');

test('times are Seoul times, with how long ago when recent', (t) => {
  t.is(dateTimeText(Date.parse('2026-11-27T15:30:00Z')), '2026-11-28 00:30');
  t.is(whenText('en', '2026-11-27T05:00:00Z', NOW), '2026-11-27 14:00 (20 min ago)');
  t.is(whenText('ko', '2026-11-27T05:00:00Z', NOW), '2026-11-27 14:00 (20분 전)');
  t.is(whenText('ko', '2026-11-20T05:00:00Z', NOW), '2026-11-20 14:00');
  t.is(whenText('en', '2025-04', NOW), '2025-04');
  t.is(whenText('en', null, NOW), 'No data');
  t.is(agoText('en', 3 * 3600_000), '3 h ago');
});

test('numbers', (t) => {
  t.is(bigNumberText('ko', 9_331_860), '933.2만');
  t.is(bigNumberText('en', 9_331_860), '9.33 M');
  t.is(pmText(12.6), '13');
  t.is(pmText(null), '—');
});
