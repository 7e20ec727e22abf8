import test from 'ava';
import { settleOverlaps } from './match.ts';
import { findPersonalData, foldWidth } from './scan.ts';

const kinds = (s: string): string[] => findPersonalData(s).map((m) => `${m.kind}:${m.text}`);

test('finds every kind, in order, with indices into the text', (t) => {
  const s = '저는 홍길동입니다. 테헤란로 152, 010-1234-5678, hong@example.com, 900101-1234567';
  const found = findPersonalData(s);
  t.deepEqual(found.map((m) => m.kind), ['name', 'address-number', 'phone', 'email', 'rrn']);
  for (const m of found) t.is(s.slice(m.index, m.index + m.text.length), m.text);
});

test('of overlapping matches the stronger kind wins', (t) => {
  t.deepEqual(kinds('hong01012345678@example.com'), ['email:hong01012345678@example.com']);
  const m = (kind: 'name' | 'phone' | 'email', index: number, text: string) => ({ kind, index, text });
  t.deepEqual(settleOverlaps([m('name', 0, 'abc'), m('phone', 2, 'cd'), m('email', 5, 'x'), m('name', 5, 'xy')]), [m('phone', 2, 'cd'), m('email', 5, 'x')]);
  t.deepEqual(settleOverlaps([m('name', 0, '')]), []);
});

test('full-width digits and signs are read as ASCII, the match is the text as written', (t) => {
  t.is(foldWidth('０１０－１２３４　ｈｏｎｇ＠'), '010-1234 hong@');
  t.deepEqual(kinds('전화 ０１０－１２３４－５６７８'), ['phone:０１０－１２３４－５６７８']);
  t.deepEqual(kinds('ｈｏｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ'), ['email:ｈｏｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ']);
});

test('decomposed Hangul is read in NFC', (t) => {
  t.deepEqual(kinds('홍길동 씨'.normalize('NFD')), ['name:홍길동']);
});

test('known names are found without context', (t) => {
  t.deepEqual(findPersonalData('갈갈이가 왔어요', { knownNames: ['갈갈이'] }).map((m) => m.text), ['갈갈이']);
  t.deepEqual(findPersonalData('갈갈이가 왔어요'), []);
});

test('identifiers, dates and codes of the platform hold nothing', (t) => {
  for (const s of [
    'dasan-120:2026-000123', 'open311-seoul:REQ-2026-0001', 'fire-119:20210101-0000-0001', '2026-12-07T01:02:03.000Z', '11680',
    '1111051500', 'road-pothole', 'in-progress', 'station:111123', 'incidents/public/active', 'city.air.reading.11680',
    '{"lat":37.500934,"lon":127.036712,"at":"2026-12-07T01:02:03.000Z","count":1234567}',
  ]) {
    t.deepEqual(kinds(s), [], s);
  }
});
