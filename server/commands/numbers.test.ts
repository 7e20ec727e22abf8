import test from 'ava';
import { digitsToSino, koreanMonth, numberWord, sinoNumber } from './numbers.ts';

test('spoken numbers: digits, native Korean before a counter, Sino-Korean, English', (t) => {
  const cases: Array<[string, number]> = [
    ['4', 4], ['12', 12], ['하나', 1], ['한', 1], ['두', 2], ['세', 3], ['석', 3], ['네', 4], ['다섯', 5], ['열두', 12],
    ['일', 1], ['삼', 3], ['십', 10], ['십이', 12], ['이십삼', 23], ['four', 4], ['Twelve', 12],
  ];
  for (const [word, n] of cases) t.is(numberWord(word), n, word);
  t.is(numberWord('많이'), null);
  t.is(numberWord('12345'), null);
});

test('Sino-Korean numerals up to 99 and no further', (t) => {
  t.is(sinoNumber('구십구'), 99);
  t.is(sinoNumber('십'), 10);
  t.is(sinoNumber(''), null);
  t.is(sinoNumber('백'), null);
  t.is(sinoNumber('일이'), null);
});

test('months as Koreans say them, including 유월 and 시월', (t) => {
  t.is(koreanMonth('삼'), 3);
  t.is(koreanMonth('유'), 6);
  t.is(koreanMonth('시'), 10);
  t.is(koreanMonth('십이'), 12);
  t.is(koreanMonth('10'), 10);
  t.is(koreanMonth('13'), null);
  t.is(koreanMonth('십삼'), null);
});

test('digits read aloud as Sino-Korean', (t) => {
  t.deepEqual([1, 2, 9, 10, 12, 23].map(digitsToSino), ['일', '이', '구', '십', '십이', '이십삼']);
});
