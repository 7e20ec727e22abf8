import test from 'ava';
import { extractTerms, selectPhrases, termSetsOf } from './keywords.ts';

test('a press-release sentence: nouns without particles or place words (주변), adjacent pairs within a clause', (t) => {
  const { words, bigrams } = extractTerms('서울시와 마포구는 상암동 월드컵경기장 주변의 불법 주정차를 집중 단속한다. 주말마다 불법 주정차 민원이 크게 늘었다.');
  t.deepEqual(words, ['마포구', '상암동', '월드컵경기장', '불법', '주정차', '집중', '단속', '불법', '주정차', '민원']);
  t.true(bigrams.includes('불법 주정차'));
  t.false(bigrams.includes('단속 불법'), 'no pair across a full stop');
  t.false(words.some((w) => [...w].length < 2), 'no single syllable');
});

test('social posts: hashtags, jamo laughter, verbs and stopwords dropped, pairs broken where a token was dropped', (t) => {
  const { words, bigrams } = extractTerms('출근길 2호선 너무 막혀서 지각했어요 ㅠㅠ #지하철 #출근길 ㅋㅋ');
  t.deepEqual(words, ['출근길', '2호선', '지각', '지하철', '출근길']);
  t.deepEqual(bigrams, ['출근길 2호선']);
  t.deepEqual(extractTerms('미세먼지 저감을 위해 노후 경유차 운행을 제한한다').bigrams, ['미세먼지 저감', '노후 경유차', '경유차 운행', '운행 제한']);
});

test('English: lowercase, singular, stopwords out, pairs', (t) => {
  const { words, bigrams } = extractTerms('Crews will fix the potholes in Mapo-gu. A pothole damaged three buses; air quality is poor.');
  t.deepEqual(words, ['crew', 'fix', 'pothole', 'mapo-gu', 'pothole', 'damaged', 'bus', 'air', 'quality', 'poor']);
  t.deepEqual(bigrams, ['pothole damaged', 'air quality'], 'a dropped stopword breaks a pair');
  t.deepEqual(extractTerms('PM2.5 levels were 35.2 µg/m³').words, ['pm2.5', 'level']);
});

test('phrases: pairs that stick together in enough texts', (t) => {
  const texts = [
    '불법 주정차 단속', '불법 주정차 민원 증가', '상암동 불법 주정차', '미세먼지 저감 조치', '미세먼지 저감 대책 발표', '미세먼지 농도 높음',
    '공원 산책', '주차 단속 공원', '단속 공원 주변', '공원 단속',
  ].map(termSetsOf);
  const phrases = selectPhrases(texts);
  t.true(phrases.has('불법 주정차'));
  t.true(phrases.has('미세먼지 저감'));
  t.false(phrases.has('단속 공원'), 'two common words side by side by chance');
  t.false(phrases.has('미세먼지 농도'), 'once only');
  t.deepEqual(selectPhrases(texts, { minCount: 4 }), new Set());
  t.true(selectPhrases(texts, { minPmi: -10 }).has('단속 공원'));
});
