import test from 'ava';
import { FIRE_STATIONS, fireStationByName, fireStationOf } from './stations.ts';

test('one station per gu, named after it; 중구 has 중부소방서', (t) => {
  t.is(FIRE_STATIONS.length, 25);
  t.is(new Set(FIRE_STATIONS.map((s) => s.ko)).size, 25);
  t.deepEqual(fireStationOf('11140'), { id: 'fire-station:11140', ko: '중부소방서', en: 'Jungbu Fire Station', district: '11140' });
  t.deepEqual(fireStationOf('11680'), { id: 'fire-station:11680', ko: '강남소방서', en: 'Gangnam Fire Station', district: '11680' });
  t.is(fireStationOf('11560')?.ko, '영등포소방서');
  t.is(fireStationOf('11230')?.en, 'Dongdaemun Fire Station');
});

test('lookup by name', (t) => {
  t.is(fireStationByName('서울중부소방서')?.district, '11140');
  t.is(fireStationByName(' 송파소방서 ')?.district, '11710');
  t.is(fireStationByName('중구소방서'), undefined);
  t.is(fireStationByName('수원소방서'), undefined);
});
