import test from 'ava';
import { ageText, agoText, bigNumberText, clockText, damageText, dateTimeText, distanceText, durationText, hoursText, metricValueText, percentText, SEVERITY_LABELS, STAGE_LABELS, t as word } from './i18n.ts';

const S = 1000;

test('agoText picks seconds, minutes, hours (up to two days) and days', (t) => {
  const cases: [number, string, string][] = [
    [0, '0 s ago', '0초 전'],
    [12 * S, '12 s ago', '12초 전'],
    [59 * S, '59 s ago', '59초 전'],
    [60 * S, '1 min ago', '1분 전'],
    [3599 * S, '59 min ago', '59분 전'],
    [3600 * S, '1 h ago', '1시간 전'],
    [47 * 3600 * S, '47 h ago', '47시간 전'],
    [48 * 3600 * S, '2 d ago', '2일 전'],
    [-5 * S, '0 s ago', '0초 전'],
  ];
  for (const [ms, en, ko] of cases) {
    t.is(agoText('en', ms), en);
    t.is(agoText('ko', ms), ko);
  }
});

test('clockText and dateTimeText show Seoul time (UTC+9)', (t) => {
  const ms = Date.parse('2025-05-01T05:07:09Z');
  t.is(clockText(ms), '14:07');
  t.is(clockText(ms, true), '14:07:09');
  t.is(clockText(Date.parse('2025-05-01T15:00:00Z')), '00:00');
  t.is(dateTimeText(Date.parse('2025-12-31T15:30:00Z')), '2026-01-01 00:30');
});

test('bigNumberText: 만 in Korean, millions in English, plain below', (t) => {
  t.is(bigNumberText('ko', 9_655_000), '965.5만');
  t.is(bigNumberText('ko', 9_999), '9,999');
  t.is(bigNumberText('en', 9_400_000), '9.40 M');
  t.is(bigNumberText('en', 999_999), '999,999');
});

// The module documents 9,655,000 → "9.66 M"; toFixed on the binary 9.655 (9.65499…) gives "9.65 M".
test('bigNumberText rounds 9,655,000 to "9.66 M" as documented', (t) => {
  t.is(bigNumberText('en', 9_655_000), '9.66 M');
});

test('metricValueText uses each pollutant’s decimals and a dash for no value', (t) => {
  t.is(metricValueText('pm10', 41.4), '41');
  t.is(metricValueText('pm25', 17.6), '18');
  t.is(metricValueText('o3', 0.0312), '0.031');
  t.is(metricValueText('co', 0.44), '0.4');
  t.is(metricValueText('no2', null), '—');
  t.is(metricValueText('so2', undefined), '—');
});

test('words exist in both languages', (t) => {
  t.is(word('en', 'stale'), 'STALE');
  t.is(word('ko', 'stale'), '지연');
});

test('durations, ages, distances and damage in both languages', (t) => {
  t.is(durationText('en', 45), '45 s');
  t.is(durationText('ko', 45), '45초');
  t.is(durationText('en', 312), '5 min 12 s');
  t.is(durationText('ko', 312), '5분 12초');
  t.is(durationText('en', 420), '7 min');
  t.is(durationText('ko', 3900), '1시간 5분');
  t.is(durationText('en', 7200), '2 h');
  t.is(durationText('en', -3), '0 s');
  t.is(ageText('en', 45_000), '45s');
  t.is(ageText('ko', 12 * 60_000 + 59_000), '12분');
  t.is(ageText('en', 2 * 3_600_000), '2h');
  t.is(distanceText(123.4), '123 m');
  t.is(distanceText(1234), '1.2 km');
  t.is(damageText('ko', 120_000), '1.2억 원');
  t.is(damageText('ko', 3_500), '350만 원');
  t.is(damageText('ko', 5), '5,000원');
  t.is(damageText('en', 120_000), 'KRW 120.0 M');
  t.is(damageText('en', 500), 'KRW 500,000');
});

test('the safety words exist in both languages', (t) => {
  t.is(word('en', 'noSignal'), 'NO SIGNAL');
  t.is(word('ko', 'noSignal'), '신호 없음');
  t.is(word('ko', 'safety'), '실시간 도시안전');
  t.is(STAGE_LABELS.arrived.en, 'Arrived');
  t.is(SEVERITY_LABELS.critical.ko, '심각');
});

test('shares and answer times', (t) => {
  t.is(percentText(0.8734), '87%');
  t.is(percentText(0.918, 1), '91.8%');
  t.is(hoursText('en', 31.24), '31.2 h');
  t.is(hoursText('ko', 31.24), '31.2시간');
  t.is(hoursText('en', 60), '2.5 d');
  t.is(hoursText('ko', 130), '5.4일');
});
