import test from 'ava';
import { languageOf } from './language.ts';

test('the text decides when it has letters enough', (t) => {
  t.is(languageOf('서울시, 봄철 미세먼지 저감 대책 추진', 'en'), 'ko', 'a Korean text in a feed that says en');
  t.is(languageOf('Seoul expands late-night bus routes in Mapo-gu', 'ko'), 'en');
  t.is(languageOf('서울시 CCTV 3만대 AI 관제 확대 (PM2.5 대응)', null), 'ko', 'Korean with Latin acronyms');
  t.is(languageOf('東京都、大気汚染対策を強化する方針を発表した', 'ko'), null, 'Japanese is neither');
});

test('a short text falls back on the declared language', (t) => {
  t.is(languageOf('DDP 2024', 'ko-KR'), 'ko');
  t.is(languageOf('DDP 2024', 'en-us'), 'en');
  t.is(languageOf('DDP 2024', 'ja'), null);
  t.is(languageOf('공지', null), 'ko');
  t.is(languageOf('Notice', ''), 'en');
  t.is(languageOf('2024', null), null);
});
