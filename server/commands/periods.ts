/**
 * @module commands/periods
 * Finds the periods in an utterance and resolves them against the clock: 지난달, 이번 달, 작년 3월,
 * 올해 1분기, 2024년, 최근 7일, 상반기, 2년 전; last month, March last year, Q1 this year, the past 7 days,
 * two years ago.
 * Each becomes an inclusive date range in Seoul time. Pure: the clock is passed in.
 */
import type { DateRange } from '../contracts/command.ts';
import { consume } from './normalize.ts';
import { koreanMonth, NATIVE_WORDS, numberWord } from './numbers.ts';
import {
  dayRange, addDays, halfRange, monthRange, quarterRange, recentHalf, recentMonth, recentQuarter,
  resolvePeriod, seoulDay, trailing, weekRange, yearRange, addMonths, type Day,
} from '../contracts/calendar.ts';

export interface PeriodSpan {
  start: number;
  end: number;
  range: DateRange;
}

interface Rule {
  /** A cheap test the text must pass before the rule's expression is tried. */
  hint: RegExp;
  re: RegExp;
  make: (m: RegExpExecArray, today: Day, now: Date) => DateRange | null;
}

const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';
const KO_YEAR = '(올해|금년|이번\\s*해|작년|지난\\s*해|전년|재작년|(?:19|20)?\\d{2}\\s*년)';
const KO_MONTH = '(1[0-2]|0?[1-9]|십일|십이|일|이|삼|사|오|유|육|칠|팔|구|시|십)\\s*월';
const KO_QUARTER = '(?:([1-4])(?:\\s*/\\s*4)?|([일이삼사])(?:\\s*사)?|(첫))\\s*분기';
const EN_YEAR = '(this year|last year|(?:the )?year before last|(?:19|20)\\d{2})';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_MONTH = `(${MONTHS.join('|')}|sept)`;
const ORDINAL: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

function koreanYear(word: string, today: Day): number {
  const w = word.replace(/\s+/g, '');
  if (w === '올해' || w === '금년' || w === '이번해') return today.y;
  if (w === '작년' || w === '지난해' || w === '전년') return today.y - 1;
  if (w === '재작년') return today.y - 2;
  const n = Number(w.replace('년', ''));
  return n < 100 ? 2000 + n : n;
}

function englishYear(word: string, today: Day): number {
  if (word === 'this year') return today.y;
  if (word === 'last year') return today.y - 1;
  if (word.endsWith('year before last')) return today.y - 2;
  return Number(word);
}

const monthOf = (name: string): number => (name === 'sept' ? 9 : MONTHS.indexOf(name) + 1);
const koQuarter = (m: RegExpExecArray, at: number): number | null => {
  if (m[at] !== undefined) return Number(m[at]);
  if (m[at + 1] !== undefined) return koreanMonth(m[at + 1] ?? '');
  return m[at + 2] !== undefined ? 1 : null;
};
const unitOf = (u: string): 'day' | 'week' | 'month' | 'year' =>
  /^(일|days?)$/.test(u) ? 'day' : /^(주|주일|weeks?)$/.test(u) ? 'week' : /^(개월|달|months?)$/.test(u) ? 'month' : 'year';

/** The year, month, week or day that was `n` of them ago. */
function ago(today: Day, n: number | null, unit: string): DateRange | null {
  if (n === null || n < 1) return null;
  const u = unitOf(unit);
  if (u === 'year') return yearRange(today.y - n);
  if (u === 'week') return weekRange(today, -n);
  if (u === 'day') return dayRange(addDays(today, -n));
  const d = addMonths({ ...today, d: 1 }, -n);
  return monthRange(d.y, d.m);
}

const rule = (hint: RegExp, source: string, make: Rule['make']): Rule => ({ hint, re: new RegExp(source, 'gu'), make });
const YEARS = /년|올해|금년|이번\s*해|작년|지난\s*해|전년/;
const EN_HINT = /day|week|month|quarter|year|half|q[1-4]|h[12]|ary|march|april|may|june|july|august|ber|sept|19|20/;

const RULES: readonly Rule[] = [
  // Korean, most specific first; "N 전" before the years, or 10년 전 would be 2010
  rule(/전/, `${NB}(\\d{1,2}|${NATIVE_WORDS})\\s*(년|해|개월|달|주|일)\\s*전`, (m, t) => ago(t, numberWord(m[1] ?? ''), m[2] ?? '')),
  rule(/전/, `${NB}일주일\\s*전`, (_m, t) => ago(t, 1, '주')),
  rule(/최근|지난|요/, `${NB}(최근|지난|요)\\s*(일주일|한\\s*주)(?:간|동안)?`, (_m, t) => trailing(t, 7, 'day')),
  rule(/최근|지난|요/, `${NB}(최근|지난|요)\\s*(\\d{1,3}|${NATIVE_WORDS})\\s*(일|주일|주|개월|달|년)(?:간|동안)?`, (m, t) => {
    const n = numberWord(m[2] ?? '');
    return n === null || n < 1 ? null : trailing(t, n, unitOf(m[3] ?? ''));
  }),
  rule(YEARS, `${NB}${KO_YEAR}\\s*${KO_MONTH}`, (m, t) => {
    const month = koreanMonth(m[2] ?? '');
    return month === null ? null : monthRange(koreanYear(m[1] ?? '', t), month);
  }),
  rule(YEARS, `${NB}${KO_YEAR}\\s*${KO_QUARTER}`, (m, t) => {
    const q = koQuarter(m, 2);
    return q === null || q > 4 ? null : quarterRange(koreanYear(m[1] ?? '', t), q);
  }),
  rule(YEARS, `${NB}${KO_YEAR}\\s*(상반기|하반기)`, (m, t) => halfRange(koreanYear(m[1] ?? '', t), m[2] === '상반기' ? 1 : 2)),
  rule(YEARS, `${NB}${KO_YEAR}`, (m, t) => yearRange(koreanYear(m[1] ?? '', t))),
  rule(/월/, `(?<![\\p{L}\\d])${KO_MONTH}`, (m, t) => {
    const month = koreanMonth(m[1] ?? '');
    return month === null ? null : recentMonth(t, month);
  }),
  rule(/분기/, `${NB}${KO_QUARTER}`, (m, t) => {
    const q = koQuarter(m, 1);
    return q === null || q > 4 ? null : recentQuarter(t, q);
  }),
  rule(/반기/, `${NB}(상반기|하반기)`, (m, t) => recentHalf(t, m[1] === '상반기' ? 1 : 2)),
  rule(/달|전월/, `${NB}(지난\\s*달|저번\\s*달|전월|전달)`, (_m, _t, now) => resolvePeriod('last-month', now)),
  rule(/달|금월/, `${NB}(이번\\s*달|이달|금월)`, (_m, _t, now) => resolvePeriod('this-month', now)),
  rule(/주/, `${NB}(지난\\s*주|저번\\s*주|전주)`, (_m, _t, now) => resolvePeriod('last-week', now)),
  rule(/주/, `${NB}(이번\\s*주|금주)`, (_m, _t, now) => resolvePeriod('this-week', now)),
  rule(/분기/, `${NB}(지난\\s*분기|전\\s*분기|직전\\s*분기)`, (_m, _t, now) => resolvePeriod('last-quarter', now)),
  rule(/분기/, `${NB}(이번\\s*분기)`, (_m, _t, now) => resolvePeriod('this-quarter', now)),
  rule(/오늘|금일/, `${NB}(오늘|금일)`, (_m, t) => dayRange(t)),
  rule(/어제|전날/, `${NB}(어제|전날)`, (_m, t) => dayRange(addDays(t, -1))),
  rule(/그제|그저께/, `${NB}(그제|그저께)`, (_m, t) => dayRange(addDays(t, -2))),
  // English
  rule(/ago/, `${NB}(\\d{1,2}|[a-z]+)\\s+(years?|months?|weeks?|days?)\\s+ago${NA}`, (m, t) => ago(t, numberWord(m[1] ?? ''), m[2] ?? '')),
  rule(EN_HINT, `${NB}(?:the\\s+)?(past|last|previous)\\s+(\\d{1,3}|[a-z]+)\\s+(days?|weeks?|months?|years?)${NA}`, (m, t) => {
    const n = numberWord(m[2] ?? '');
    return n === null || n < 1 ? null : trailing(t, n, unitOf(m[3] ?? ''));
  }),
  rule(EN_HINT, `${NB}(?:the\\s+)?past\\s+(day|week|month|year)${NA}`, (m, t) => trailing(t, 1, unitOf(m[1] ?? ''))),
  rule(EN_HINT, `${NB}${EN_MONTH}\\s+(?:of\\s+)?${EN_YEAR}${NA}`, (m, t) => monthRange(englishYear(m[2] ?? '', t), monthOf(m[1] ?? ''))),
  rule(EN_HINT, `${NB}(?:last|this)\\s+${EN_MONTH}${NA}`, (m, t) => recentMonth(t, monthOf(m[1] ?? ''))),
  rule(EN_HINT, `${NB}q([1-4])(?:\\s+(?:of\\s+)?${EN_YEAR})?${NA}`, (m, t) =>
    m[2] === undefined ? recentQuarter(t, Number(m[1])) : quarterRange(englishYear(m[2], t), Number(m[1]))),
  rule(EN_HINT, `${NB}(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter(?:\\s+(?:of\\s+)?${EN_YEAR})?${NA}`, (m, t) => {
    const q = ORDINAL[m[1] ?? ''] ?? 1;
    return m[2] === undefined ? recentQuarter(t, q) : quarterRange(englishYear(m[2], t), q);
  }),
  rule(EN_HINT, `${NB}(?:the\\s+)?(first|second)\\s+half(?:\\s+(?:of\\s+)?${EN_YEAR})?${NA}`, (m, t) => {
    const h = m[1] === 'first' ? 1 : 2;
    return m[2] === undefined ? recentHalf(t, h) : halfRange(englishYear(m[2], t), h);
  }),
  rule(EN_HINT, `${NB}h([12])(?:\\s+${EN_YEAR})?${NA}`, (m, t) => {
    const h = m[1] === '1' ? 1 : 2;
    return m[2] === undefined ? recentHalf(t, h) : halfRange(englishYear(m[2], t), h);
  }),
  rule(EN_HINT, `${NB}(?:the\\s+)?(last|previous|this|current)\\s+(week|month|quarter|year)${NA}`, (m, _t, now) => {
    const which = m[1] === 'this' || m[1] === 'current' ? 'this' : 'last';
    return resolvePeriod(`${which}-${m[2] as 'week' | 'month' | 'quarter' | 'year'}`, now);
  }),
  rule(EN_HINT, `${NB}(?:the\\s+)?year before last${NA}`, (_m, t) => yearRange(t.y - 2)),
  rule(EN_HINT, `${NB}day before yesterday${NA}`, (_m, t) => dayRange(addDays(t, -2))),
  rule(EN_HINT, `${NB}today${NA}`, (_m, t) => dayRange(t)),
  rule(EN_HINT, `${NB}yesterday${NA}`, (_m, t) => dayRange(addDays(t, -1))),
  rule(EN_HINT, `${NB}(january|february|march|april|june|july|august|september|sept|october|november|december)${NA}`, (m, t) => recentMonth(t, monthOf(m[1] ?? ''))),
  rule(/19|20/, `${NB}((?:19|20)\\d{2})${NA}`, (m) => yearRange(Number(m[1]))),
];

/** Every period in the text, and the text with them consumed. */
export function findPeriods(text: string, now: Date): { spans: PeriodSpan[]; text: string } {
  const today = seoulDay(now);
  const spans: PeriodSpan[] = [];
  let rest = text;
  for (const r of RULES) {
    if (!r.hint.test(rest)) continue;
    r.re.lastIndex = 0;
    for (let m = r.re.exec(rest); m !== null; m = r.re.exec(rest)) {
      const made = r.make(m, today, now);
      if (made === null) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, range: made });
      rest = consume(rest, m.index, m.index + m[0].length);
    }
  }
  return { spans: spans.sort((a, b) => a.start - b.start), text: rest };
}
