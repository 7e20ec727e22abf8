import test from 'ava';
import { findAddressNumbers } from './address-text.ts';
import { settleOverlaps } from './match.ts';

const found = (s: string): string[] => settleOverlaps(findAddressNumbers(s)).map((m) => m.text);

test('building numbers after road names, with what follows them', (t) => {
  t.deepEqual(found('테헤란로 152 앞'), ['152']);
  t.deepEqual(found('테헤란로152에서'), ['152']);
  t.deepEqual(found('세종대로 110-1, 3층'), ['110-1, 3층']);
  t.deepEqual(found('테헤란로7길 22 301호'), ['22 301호']);
  t.deepEqual(found('강남대로94길 15'), ['15']);
  t.deepEqual(found('판교역로146번길 20'), ['20']);
  t.deepEqual(found('올림픽로35가길 10'), ['10']);
});

test('lot numbers after a dong, a numbered ga or a ri', (t) => {
  t.deepEqual(found('역삼동 737-1'), ['737-1']);
  t.deepEqual(found('역삼동 737번지'), ['737번지']);
  t.deepEqual(found('역삼동 산 12-3'), ['산 12-3']);
  t.deepEqual(found('종로1가 55'), ['55']);
  t.deepEqual(found('양서면 용담리 123'), ['123']);
  t.deepEqual(found('우리 123'), [], 'a ri only after a myeon or eup');
});

test('apartment buildings and units', (t) => {
  t.deepEqual(found('101동 1203호'), ['101동 1203호']);
  t.deepEqual(found('가동 301호, B동 2층 201호'), ['가동 301호', 'B동 2층 201호']);
  t.deepEqual(found('101-1203호'), ['101-1203호']);
  t.deepEqual(found('101동에서'), ['101동']);
  t.deepEqual(found('윗집 1203호가'), ['1203호']);
});

test('English house numbers and units', (t) => {
  t.deepEqual(found('152 Teheran-ro'), ['152']);
  t.deepEqual(found('at 152, Teheran-ro 7-gil'), ['152,']);
  t.deepEqual(found('Teheran-ro 152.'), ['152']);
  t.deepEqual(found('Yeoksam-dong 737-1'), ['737-1']);
  t.deepEqual(found('12 Main Street, Apt 4B'), ['12', 'Apt 4B']);
});

test('quantities, lines, machines and place names are no addresses', (t) => {
  for (const s of [
    '세종대로 100m 구간', '택시로 10분', '버스로 2정거장', '도로 3곳', '운동 30분', '이동 2회', '바로 2일 전', '서로 5명씩', '새로 3개',
    '카드로 30000원', '주로 2시쯤', '2호선', '3호기', '1호점', '역삼1동', '종로1가 일대', '테헤란로7길에서', '1동 주민센터', '3층 화장실',
    '종로5·6가동', 'Bongnae-dong 2(i)-ga', '방법 3가지로', '경부고속도로 2', '편도 2차로',
  ]) {
    t.deepEqual(found(s), [], s);
  }
});
