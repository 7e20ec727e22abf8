import test from 'ava';
import { detectDistricts, PLACE_NAMES } from './districts.ts';

test('Korean gu names with particles, in order of first mention', (t) => {
  t.deepEqual(detectDistricts('서울 마포구에서 열린 행사에 강서구와 노원구 주민이 모였다. 마포구청은'), ['11440', '11500', '11350']);
  t.deepEqual(detectDistricts('중구청과 종로구, 서울특별시 중구 을지로'), ['11140', '11110']);
  t.deepEqual(detectDistricts('(송파구) 잠실'), ['11710']);
});

test('a gu name must not continue a longer word', (t) => {
  t.deepEqual(detectDistricts('집중구간 단속, 강중구역'), []);
  t.deepEqual(detectDistricts('테스트마포구'), []);
});

test('short gu names before a particle, a space or punctuation; not the ambiguous ones', (t) => {
  t.deepEqual(detectDistricts('송파에서 출발해 마포 일대를 지나 노원역까지'), ['11710', '11440', '11350']);
  t.deepEqual(detectDistricts('강남 아파트값, 동작 인식, 강북 지역'), []);
  t.deepEqual(detectDistricts('마포대교 위'), [], 'followed by a longer word');
});

test('dong names map to their gu; ambiguous dong names say nothing', (t) => {
  t.deepEqual(detectDistricts('상암동 월드컵공원, 역삼1동 주민센터, 목동 아파트'), ['11440', '11680', '11470']);
  t.deepEqual(detectDistricts('신사동 가로수길, 신정동'), [], '신사동 and 신정동 are in two gu each');
  t.deepEqual(detectDistricts('중동 정세'), [], 'two-syllable names are words too');
});

test('English: -gu, gu, District, capitalized short names, dong names', (t) => {
  t.deepEqual(detectDistricts('Potholes in Mapo-gu and Sangam-dong'), ['11440']);
  t.deepEqual(detectDistricts('Seocho District and NOWON GU and songpa-gu'), ['11650', '11350', '11710']);
  t.deepEqual(detectDistricts('Night buses to Nowon and Dobong'), ['11350', '11320']);
  t.deepEqual(detectDistricts('nowon in lower case, Gangnam style, Mr. Jung said'), []);
  t.deepEqual(detectDistricts('the Jung-gu office and Gangnam-gu'), ['11140', '11680']);
  t.deepEqual(detectDistricts('Yeoksam dong'), ['11680']);
});

test('the name table covers every gu', (t) => {
  t.is(PLACE_NAMES.gu.length, 25);
  for (const g of PLACE_NAMES.gu) t.deepEqual(detectDistricts(`${g.ko} 소식`), [g.code], g.ko);
  for (const g of PLACE_NAMES.gu) t.deepEqual(detectDistricts(`News from ${g.en}`), [g.code], g.en);
});
