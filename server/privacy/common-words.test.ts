import test from 'ava';
import { isCommonWord } from './common-words.ts';

test('ordinary words, places and both with a particle are common words; names are not', (t) => {
  for (const w of ['우리', '우리는', '민원에서', '부모님', '강남구', '한남동', '이태원', '부산', '주차장', '이메일', '전화번호']) t.true(isCommonWord(w), w);
  for (const w of ['홍길동', '김철수', '우리들이다', '이서연', '박지훈']) t.false(isCommonWord(w), w);
});
