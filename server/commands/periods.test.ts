import test from 'ava';
import { CONSUMED } from './normalize.ts';
import { findPeriods } from './periods.ts';

const NOW = new Date('2025-05-15T01:00:00Z');
const periodOf = (text: string): string | null => {
  const s = findPeriods(text, NOW).spans;
  return s.length === 1 && s[0] ? `${s[0].range.from}..${s[0].range.to}` : s.length === 0 ? null : `${s.length} spans`;
};

test('Korean periods', (t) => {
  const cases: Array<[string, string]> = [
    ['지난달', '2025-04-01..2025-04-30'], ['저번 달', '2025-04-01..2025-04-30'], ['이번 달', '2025-05-01..2025-05-31'],
    ['작년 3월', '2024-03-01..2024-03-31'], ['작년 삼월', '2024-03-01..2024-03-31'], ['올해 1분기', '2025-01-01..2025-03-31'],
    ['2024년', '2024-01-01..2024-12-31'], ['24년', '2024-01-01..2024-12-31'], ['재작년', '2023-01-01..2023-12-31'],
    ['2023년 2분기', '2023-04-01..2023-06-30'], ['일사분기', '2025-01-01..2025-03-31'], ['1/4분기', '2025-01-01..2025-03-31'],
    ['올해 상반기', '2025-01-01..2025-06-30'], ['하반기', '2024-07-01..2024-12-31'], ['시월', '2024-10-01..2024-10-31'],
    ['최근 7일', '2025-05-09..2025-05-15'], ['최근 일주일', '2025-05-09..2025-05-15'], ['지난 석 달', '2025-02-16..2025-05-15'],
    ['지난주', '2025-05-05..2025-05-11'], ['이번 주', '2025-05-12..2025-05-18'], ['오늘', '2025-05-15..2025-05-15'],
    ['어제', '2025-05-14..2025-05-14'], ['2년 전', '2023-01-01..2023-12-31'], ['10년 전', '2015-01-01..2015-12-31'],
    ['한 달 전', '2025-04-01..2025-04-30'], ['지난 분기', '2025-01-01..2025-03-31'],
  ];
  for (const [text, want] of cases) t.is(periodOf(text), want, text);
});

test('English periods', (t) => {
  const cases: Array<[string, string]> = [
    ['last month', '2025-04-01..2025-04-30'], ['this month', '2025-05-01..2025-05-31'], ['march last year', '2024-03-01..2024-03-31'],
    ['march 2023', '2023-03-01..2023-03-31'], ['last march', '2025-03-01..2025-03-31'], ['q1 this year', '2025-01-01..2025-03-31'],
    ['q3 2024', '2024-07-01..2024-09-30'], ['the second quarter of last year', '2024-04-01..2024-06-30'],
    ['first half of last year', '2024-01-01..2024-06-30'], ['the past 7 days', '2025-05-09..2025-05-15'],
    ['past month', '2025-04-16..2025-05-15'], ['last week', '2025-05-05..2025-05-11'], ['the year before last', '2023-01-01..2023-12-31'],
    ['today', '2025-05-15..2025-05-15'], ['yesterday', '2025-05-14..2025-05-14'], ['in 2022', '2022-01-01..2022-12-31'],
    ['two years ago', '2023-01-01..2023-12-31'], ['last quarter', '2025-01-01..2025-03-31'],
  ];
  for (const [text, want] of cases) t.is(periodOf(text), want, text);
});

test('counters, quantities and the modal "may" are not periods', (t) => {
  for (const text of ['3개월', '카메라 4대', '4개년 계획', 'may i see gangnam', '120 다산콜', '두 단계 확대', '세월']) t.is(periodOf(text), null, text);
});

test('a found period is consumed in place, the rest of the text untouched', (t) => {
  const r = findPeriods('작년 3월 고용률 보여줘', NOW);
  t.is(r.text, `${CONSUMED.repeat(5)} 고용률 보여줘`);
  t.deepEqual(r.spans.map((s) => [s.start, s.end]), [[0, 5]]);
});
