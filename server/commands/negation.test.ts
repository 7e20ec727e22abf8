import test from 'ava';
import { analyze } from './analyze.ts';

const NOW = new Date('2025-05-15T01:00:00Z');
const kinds = (text: string): string[] => analyze(text, NOW).marks.map((m) => m.senses.map((s) => `${s.kind}${s.value !== undefined ? `=${String(s.value)}` : ''}`).join('/'));

test('A 말고 B drops A', (t) => {
  t.deepEqual(kinds('미세먼지 말고 초미세먼지로 보여줘'), ['indicator=pm25', 'show']);
  t.deepEqual(kinds('화재 말고 구급만'), ['itype=ems', 'only']);
  t.deepEqual(kinds('강남구 말고 서초구'), ['district=11650']);
});

test('concepts before the negated word go with it; a value B does not replace stays', (t) => {
  t.deepEqual(kinds('다음 화면 말고 이전 화면'), ['previous', 'screen-word']);
  t.deepEqual(kinds('강남구 미세먼지 말고 초미세먼지'), ['district=11680', 'indicator=pm25']);
});

test('B instead of A, B rather than A', (t) => {
  t.deepEqual(kinds('show pm2.5 instead of pm10'), ['show', 'indicator=pm25']);
  t.deepEqual(kinds('seocho rather than gangnam'), ['district=11650']);
});

test('a negating word with nothing on the other side changes nothing', (t) => {
  t.deepEqual(kinds('강남구 말고'), ['district=11680']);
  t.deepEqual(kinds('not now'), []);
});
