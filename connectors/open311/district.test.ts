import test from 'ava';
import { districtAt } from './district.ts';

test('positions in Seoul fall in their gu', (t) => {
  t.is(districtAt(127.0473, 37.5172), '11680', '강남구청');
  t.is(districtAt(126.9016, 37.5662), '11440', '마포구청');
  t.is(districtAt(126.979, 37.5735), '11110', '종로구청');
  t.is(districtAt(126.9784, 37.5666), '11140', '서울시청 (중구)');
  t.is(districtAt(127.1059, 37.5145), '11710', '송파구청');
});

test('positions outside Seoul are null', (t) => {
  t.is(districtAt(127.1086, 37.3595), null, '성남시 분당구');
  t.is(districtAt(126.7052, 37.4563), null, '인천');
  t.is(districtAt(-122.4651145, 37.762221815), null, 'San Francisco');
  t.is(districtAt(Number.NaN, 37.5), null);
});
