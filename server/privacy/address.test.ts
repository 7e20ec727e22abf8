import test from 'ava';
import { coarsenAddress, tidyAddress } from './address.ts';
import { findPersonalData } from './scan.ts';

const CASES: readonly (readonly [string, string])[] = [
  ['서울특별시 강남구 테헤란로 152', '서울특별시 강남구 테헤란로'],
  ['서울 강남구 테헤란로 152, 5층 (역삼동)', '서울 강남구 테헤란로'],
  ['서울 강남구 테헤란로 152 강남파이낸스센터 25층 2501호', '서울 강남구 테헤란로'],
  ['서울 강남구 테헤란로7길 22 (역삼동)', '서울 강남구 테헤란로7길'],
  ['서울 강남구 테헤란로 7길 22', '서울 강남구 테헤란로 7길'],
  ['서울특별시 중구 세종대로 110', '서울특별시 중구 세종대로'],
  ['경기도 성남시 분당구 판교역로146번길 20', '경기도 성남시 분당구 판교역로146번길'],
  ['서울 강남구 테헤란로 지하 101', '서울 강남구 테헤란로'],
  ['강남구 역삼동 737-1', '강남구 역삼동'],
  ['역삼동 737번지', '역삼동'],
  ['서울 강남구 역삼동 737-1 래미안 101동 1203호', '서울 강남구 역삼동'],
  ['역삼동 산 12-3', '역삼동'],
  ['서울 종로구 종로1가 1', '서울 종로구 종로1가'],
  ['경기도 양평군 양서면 용담리 123', '경기도 양평군 양서면 용담리'],
  ['서울 서초구 반포동 래미안아파트 101동 1203호', '서울 서초구 반포동 래미안아파트'],
  ['래미안아파트 가동 301호', '래미안아파트'],
  ['래미안 101-1203호', '래미안'],
  ['신축빌라 3층 302호', '신축빌라'],
  ['152 Teheran-ro, Gangnam-gu, Seoul', 'Teheran-ro, Gangnam-gu, Seoul'],
  ['Apt 1203, 152 Teheran-ro, Gangnam-gu, Seoul 06236', 'Teheran-ro, Gangnam-gu, Seoul 06236'],
  ['Teheran-ro 152, Gangnam-gu', 'Teheran-ro, Gangnam-gu'],
  ['Yeoksam-dong 737-1, Gangnam-gu', 'Yeoksam-dong, Gangnam-gu'],
  ['서울특별시 강남구 역삼동', '서울특별시 강남구 역삼동'],
  ['서울 강남구 테헤란로', '서울 강남구 테헤란로'],
  ['  서울   강남구  ', '서울 강남구'],
  ['', ''],
];

for (const [filed, coarse] of CASES) {
  test(`coarsens ${JSON.stringify(filed)}`, (t) => {
    const once = coarsenAddress(filed);
    t.is(once, coarse);
    t.is(coarsenAddress(once), once, 'idempotent');
    t.deepEqual(findPersonalData(once), [], 'nothing finer than the block is left');
  });
}

test('leftovers are tidied', (t) => {
  t.is(tidyAddress(' 래미안 ( ) , , 서울 ,'), '래미안, 서울');
});
