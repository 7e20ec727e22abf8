import test from 'ava';
import { koreanContent, unknownWeight } from './morphology.ts';

test('particles, endings and politeness are function, not content', (t) => {
  for (const w of ['으로', '로', '를', '해줘', '해주세요', '주세요', '부탁해요', '좀', '요', '주시겠어요', '하면', '에서']) t.is(koreanContent(w), '', w);
});

test('content survives its endings', (t) => {
  t.is(koreanContent('점심'), '점심');
  t.is(koreanContent('안녕하세요'), '안녕');
  t.is(koreanContent('먹지'), '먹');
});

test('unknown words weigh by length; function words and English fillers weigh nothing', (t) => {
  t.is(unknownWeight('해줘'), 0);
  t.is(unknownWeight('please'), 0);
  t.is(unknownWeight('the'), 0);
  t.is(unknownWeight('점심'), 0.5);
  t.is(unknownWeight('joke'), 0.5);
  t.is(unknownWeight('가나다라마바'), 1);
});
