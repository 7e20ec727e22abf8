import test from 'ava';
import { analyze } from './analyze.ts';

const NOW = new Date('2025-05-15T01:00:00Z');
const read = (text: string, placeholders = false): string[] =>
  analyze(text, NOW, { placeholders }).marks.map((m) => m.senses.map((s) => `${s.kind}${s.value !== undefined ? `=${String(s.value)}` : ''}`).join('/') + (m.score < 1 ? '~' : ''));

test('particles, politeness and spacing do not change what is found', (t) => {
  const plain = read('강남구 보여줘');
  for (const v of ['강남구를 보여 주세요', '강남구 좀 보여줘요', '강남구보여줘', '강남구 좀 보여 주시겠어요']) t.deepEqual(read(v), plain, v);
  t.deepEqual(plain, ['district=11680', 'show']);
});

test('synonyms share a concept', (t) => {
  for (const v of ['보여줘', '띄워줘', '열어 줘', '표시해 줘']) t.deepEqual(read(`CCTV ${v}`), ['camera', 'show'], v);
});

test('the longest name wins; officials before places of the same length', (t) => {
  t.deepEqual(read('초미세먼지'), ['indicator=pm25']);
  t.deepEqual(read('강남구청장 연결'), ['district=11680', 'official=district-head', 'call']);
  t.deepEqual(read('강남구로 이동'), ['district=11680', 'go/move']);
  t.deepEqual(read('최신 사고'), ['latest', 'incident']);
});

test('counts and zoom levels, in Korean and English numbers', (t) => {
  t.deepEqual(read('CCTV 네 개'), ['camera', 'count=4']);
  t.deepEqual(read('카메라 4대만'), ['camera', 'count=4', 'only']);
  t.deepEqual(read('두 단계 확대'), ['level=2', 'zoom=in']);
  t.deepEqual(read('show the closest 3 cameras'), ['show', 'near', 'count=3', 'camera']);
  t.deepEqual(read('zoom in two levels'), ['zoom=in', 'level=2']);
});

test('transcription slips are matched by letters, and marked as fuzzy', (t) => {
  t.deepEqual(read('강난구 보여줘'), ['district=11680~', 'show']);
  t.deepEqual(read('실엄률'), ['indicator=unemployment-rate~']);
  t.deepEqual(read('safty'), ['screen=safety/topic=safety~']);
});

test('words it does not know are kept with their weight', (t) => {
  const a = analyze('오늘 점심 뭐 먹지', NOW);
  t.deepEqual(a.unknown.map((u) => u.word), ['점심', '뭐', '먹지']);
  t.is(a.lang, 'ko');
  t.is(analyze('show gangnam', NOW).lang, 'en');
});

test('patterns: placeholders stand for slots; an unknown placeholder is an error', (t) => {
  t.deepEqual(read('{district}랑 {district} 비교해줘', true), ['district', 'district', 'compare']);
  t.deepEqual(read('call the {official} of {district}', true), ['call/incident', 'official', 'district']);
  t.throws(() => analyze('{nowhere} 보여줘', NOW, { placeholders: true }), { message: /unknown placeholder \{nowhere\}/ });
});
