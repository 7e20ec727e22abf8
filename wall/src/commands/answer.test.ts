import test from 'ava';
import { answerOf } from './answer.ts';
import { describeCommand } from './describe.ts';
import { TEST_PLACES } from './testing/places-fixture.ts';

test('a command the role may give is issued with the parser’s confidence; one it may not is said', (t) => {
  t.deepEqual(answerOf({ kind: 'command', command: { type: 'next-screen' }, confidence: 0.88, allowed: true }, 'ko', TEST_PLACES), { kind: 'issue', command: { type: 'next-screen' }, confidence: 0.88 });
  t.deepEqual(answerOf({ kind: 'command', command: { type: 'open-cameras', district: '11680' }, confidence: 1, allowed: false }, 'en', TEST_PLACES), {
    kind: 'refused', text: 'Your role may not do this: Cameras Gangnam-gu',
  });
});

test('a question comes with its choices named in the wall’s language; nothing fitting says why', (t) => {
  const ask = answerOf({
    kind: 'clarify',
    question: { ko: '어느 동을 말씀하셨나요?', en: 'Which dong did you mean?' },
    options: [{ type: 'select-dong', dong: '1168064000', district: '11680' }, { type: 'compare-districts', districts: ['11680', '11710'] }],
  }, 'ko', TEST_PLACES);
  t.deepEqual(ask, {
    kind: 'ask', question: '어느 동을 말씀하셨나요?',
    options: [
      { label: '역삼1동 선택', command: { type: 'select-dong', dong: '1168064000', district: '11680' } },
      { label: '강남구, 송파구 비교', command: { type: 'compare-districts', districts: ['11680', '11710'] } },
    ],
  });
  t.deepEqual(answerOf({ kind: 'none', reason: 'no known words' }, 'en', TEST_PLACES), { kind: 'none', text: 'Not understood: no known words' });
});

test('commands in a few words', (t) => {
  t.is(describeCommand({ type: 'select-district', district: '11710' }, 'en', TEST_PLACES), 'Select Songpa-gu');
  t.is(describeCommand({ type: 'select-district', district: '11999' }, 'en', TEST_PLACES), 'Select 11999');
  t.is(describeCommand({ type: 'filter-incidents', incidentType: 'fire', severity: 'major' }, 'ko', TEST_PLACES), '사건 필터 화재 · 중대');
  t.is(describeCommand({ type: 'zoom-map', direction: 'out' }, 'ko', TEST_PLACES), '지도 축소');
  t.is(describeCommand({ type: 'show-pledges' }, 'en', TEST_PLACES), 'Pledge progress');
  t.is(describeCommand({ type: 'change-language', lang: 'en' }, 'ko', TEST_PLACES), 'English');
});
