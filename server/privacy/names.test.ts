import test from 'ava';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { isCommonWord } from './common-words.ts';
import { HONORIFICS, JOB_TITLES, PERSON_WORDS, SURNAMES_1 } from './korean-words.ts';
import { findKoreanNames, isNameWord, nameOfWord } from './names.ts';
import { findPhones } from './phone.ts';
import { PEOPLE_WORDS } from './testing.ts';

const names = (s: string): string[] => findKoreanNames(s, findPhones(s)).map((m) => m.text);

test('a name before an honorific or a title, with particles after it', (t) => {
  t.deepEqual(names('홍길동님께서 오셨어요'), ['홍길동']);
  t.deepEqual(names('홍길동 씨가, 홍길동씨의'), ['홍길동', '홍길동']);
  t.deepEqual(names('김철수 주무관에게'), ['김철수']);
  t.deepEqual(names('남궁민수 팀장님이'), ['남궁민수']);
  t.deepEqual(names('박영희 할머니, 최민수 선생님, 정수진 고객님, 이영호 기사님'), ['박영희', '최민수', '정수진', '이영호']);
  t.deepEqual(names('김구 선생님'), ['김구']);
});

test('a surname alone before a title, but not the surnames that are ordinary words', (t) => {
  t.deepEqual(names('김 주무관, 박팀장님, 최과장 말로는, 윤 할머니'), ['김', '박', '최', '윤']);
  t.deepEqual(names('이 주무관님께'), ['이']);
  t.deepEqual(names('이 할머니가, 이 기사님, 제 할머니, 한 할머니, 전 과장님, 모 주무관'), []);
  t.deepEqual(names('김 씨가, 김님'), [], 'a surname alone before 씨 or 님 could be a seed or anything');
  t.deepEqual(names('주차장에, 이사장님, 부회장님, 공사장, 이동장'), []);
});

test('a title glued to a word makes a longer title, not a name', (t) => {
  t.deepEqual(names('부녀회장님께서, 고등학생들이, 노인회장님'), []);
  t.deepEqual(names('홍길동님, 홍길동씨, 홍길동 회장님'), ['홍길동', '홍길동', '홍길동']);
});

test('an honorific must end the word', (t) => {
  t.deepEqual(names('홍길동 씨앗, 홍길동 씨름, 홍길동 님비'), []);
});

test('a name after a cue', (t) => {
  t.deepEqual(names('이름: 갈갈이'), ['갈갈이'], 'after a colon any word is a name');
  t.deepEqual(names('제 이름은 홍길동이고'), ['홍길동']);
  t.deepEqual(names('성명 홍길동, 작성자 김영희, 신고자: 박철수, 민원인 이철수의'), ['홍길동', '김영희', '박철수', '이철수']);
  t.deepEqual(names('담당 주무관 정민호'), ['정민호']);
  t.deepEqual(names('저는 홍길동입니다. 저는 김영희라고 합니다'), ['홍길동', '김영희']);
  t.deepEqual(names('저는 주민입니다. 저는 홍길동 팬입니다'), []);
});

test('a name right before a telephone number', (t) => {
  t.deepEqual(names('홍길동(010-1234-5678)'), ['홍길동']);
  t.deepEqual(names('연락은 김철수 010-1234-5678'), ['김철수']);
  t.deepEqual(names('전화 010-1234-5678, 연락처 02-123-4567, 부산 051-123-4567'), []);
});

test('ordinary words and places before honorifics, titles and cues are not names', (t) => {
  for (const s of [
    '우리 할머니가', '택시 기사님', '마을버스 기사님', '유치원 선생님', '민원 주무관', '공원 주무관', '부모님께서', '사장님', '고객님',
    '선생님', '박사님께', '정말 씨가 좋네요', '오늘 선생님께서', '이번 민원인', '신고자 보호', '민원인 주소', '담당자 변경',
    '이름은 모르지만', '이름이 기억이 안 나요', '성명 발표', '한남동 할머니', '강남구 민원인', '이태원 주민', '하느님', '예수님',
  ]) {
    t.deepEqual(names(s), [], s);
  }
});

test('words for people before honorifics and titles are not names', (t) => {
  t.true(PEOPLE_WORDS.length > 100);
  t.deepEqual(PEOPLE_WORDS.filter((s) => names(s).length > 0), []);
});

test('not one of Seoul’s dong is taken for a name, whatever follows it', (t) => {
  const rows = JSON.parse(readFileSync(new URL('../../db/reference/neighborhoods.json', import.meta.url), 'utf8')) as { nameKo: string }[];
  const dongs = [...new Set(rows.map((r) => r.nameKo.replace(/제?\d+(?:[.·]\d+)*/g, '')))].filter((n) => /^[가-힣]+$/.test(n));
  t.true(dongs.length > 200);
  const taken = dongs.filter((d) =>
    [`${d} 할머니가`, `${d} 민원인 요청`, `${d} 주무관님께`, `저는 ${d}입니다`, `${d} 010-1234-5678`, `신고자 ${d}`].some((s) => names(s).length > 0),
  );
  t.deepEqual(taken, []);
});

test('what a name looks like', (t) => {
  t.true(isNameWord('홍길동'));
  t.true(isNameWord('남궁민수'));
  t.false(isNameWord('김수한무'), 'four syllables need a two-syllable surname');
  t.false(isNameWord('갈갈이'), 'not a surname');
  t.true(isNameWord('갈갈이', true));
  t.false(isNameWord('모릅니다', true), 'a verb');
  t.false(isNameWord('김'), 'one syllable');
  t.false(isNameWord('주무관'));
  t.false(isNameWord('부구청장'));
  t.is(nameOfWord('홍길동이고', false), '홍길동');
  t.is(nameOfWord('김지은', false), '김지은', 'the longest name first: 은 is part of it');
  t.is(nameOfWord('홍길동팬', false), null);
});

const GIVEN = '민 준 서 연 지 훈 현 우 수 영 진 호 은 희 성 재 경 혜 주 윤 하 나 예 원 유 동 철 석 빈 아'.split(' ');
const SUFFIXES = [...HONORIFICS, ...JOB_TITLES, ...PERSON_WORDS];
const PARTICLES = ['', '이', '가', '께서', '에게', '의', '는', '도', ' ', '.', ', ', '이세요?'];

test('property: a surname and two given syllables before an honorific, or a title after a space, is found', (t) => {
  const nameArb = fc
    .tuple(fc.constantFrom(...SURNAMES_1), fc.constantFrom(...GIVEN), fc.constantFrom(...GIVEN))
    .map((p) => p.join(''))
    .filter((n) => !isCommonWord(n));
  fc.assert(
    fc.property(
      nameArb,
      fc.constantFrom(...SUFFIXES),
      fc.constantFrom('', ' '),
      fc.constantFrom(...PARTICLES),
      fc.constantFrom('', '어제 ', '그런데 '),
      (name, suffix, sep, particle, before) => {
        const glue = HONORIFICS.includes(suffix) ? sep : ' ';
        const s = `${before}${name}${glue}${suffix}${particle} 민원을 넣었습니다`;
        return names(s).includes(name);
      },
    ),
    { numRuns: 2000 },
  );
  t.pass();
});
