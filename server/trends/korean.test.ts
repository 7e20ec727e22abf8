import test from 'ava';
import { koreanStem } from './korean.ts';

const stems = (s: string): (string | null)[] => s.split(' ').map(koreanStem);

test('particles attached to a noun are stripped: 미세먼지가, 미세먼지를, 미세먼지는 → 미세먼지', (t) => {
  t.deepEqual(stems('미세먼지가 미세먼지를 미세먼지는 미세먼지의 미세먼지에 미세먼지도 미세먼지로 미세먼지와 미세먼지만'), Array(9).fill('미세먼지'));
  t.deepEqual(stems('주정차를 공원에서 시민들이 구청에게 지하철까지 오늘부터 도서관에서는 버스로도 광장으로 한강처럼'), ['주정차', '공원', '시민', '구청', '지하철', null, '도서관', '버스', '광장', '한강']);
});

test('verb endings on a noun stem leave the noun; a verb on its own is dropped', (t) => {
  t.deepEqual(stems('단속한다 단속했다 단속합니다 단속하는 단속하고 개최된 개최됩니다 개통했습니다 정체되는 불편해요'), ['단속', '단속', '단속', '단속', '단속', '개최', '개최', '개통', '정체', '불편']);
  t.deepEqual(stems('심해서 막혀서 밝혔다 열린다 늘었다 좋아요 막히네요 있습니다'), Array(8).fill(null));
  t.deepEqual(stems('피해도 피해가 바다는 역할'), ['피해', '피해', '바다', '역할'], 'a shorter ending when the longer leaves one syllable');
  t.deepEqual(stems('잠을 차가 길이 물이 비가'), [null, null, '길이', null, null], 'a one-syllable word with its particle');
});

test('nouns that end like a particle are kept whole', (t) => {
  t.deepEqual(stems('어린이 어린이가 따릉이 따릉이를 도로 도로가 횡단보도 불꽃놀이 코로나 전문가 강변북로 마을 제한 오토바이'), ['어린이', '어린이', '따릉이', '따릉이', '도로', '도로', '횡단보도', '불꽃놀이', '코로나', '전문가', '강변북로', '마을', '제한', '오토바이']);
  t.deepEqual(stems('지도를 지도 미세먼지도 서울시가 효과가 사과'), ['지도', '지도', '미세먼지', null, '효과', '사과'], 'two-syllable nouns are protected alone, not as an ending');
});

test('no single syllables, no stopwords, numbers only in subway lines', (t) => {
  t.deepEqual(stems('비 눈 것 수 등 그리고 서울시는 서울시가 오늘 관련 위해'), Array(11).fill(null));
  t.deepEqual(stems('5일 2024년 30개 2호선 9호선이'), [null, null, null, '2호선', '9호선']);
  t.deepEqual(stems('역삼1동 상암동에서'), ['역삼1동', '상암동']);
});
