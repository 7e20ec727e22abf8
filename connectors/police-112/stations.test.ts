import test from 'ava';
import { readFileSync } from 'node:fs';
import { SEOUL_GU } from '../_safety/gu.ts';
import { POLICE_STATIONS, policeStationByName } from './stations.ts';

test('the 31 stations of the 2016 crime file, each in a gu, every gu covered', (t) => {
  const csv = readFileSync(new URL('../../scripts/simulator/data/seoul_crime_by_police_station_2016.csv', import.meta.url), 'utf8');
  const names = csv.trim().split('\n').slice(1).map((l) => l.split(',')[0]);
  t.deepEqual(POLICE_STATIONS.map((s) => s.short), names);
  t.is(new Set(POLICE_STATIONS.map((s) => s.id)).size, 31);
  const codes = new Set(SEOUL_GU.map((g) => g.code));
  t.true(POLICE_STATIONS.every((s) => codes.has(s.district)));
  t.is(new Set(POLICE_STATIONS.map((s) => s.district)).size, 25);
});

test('names and lookups', (t) => {
  t.deepEqual(policeStationByName('수서경찰서'), { short: '수서서', ko: '수서경찰서', en: 'Suseo Police Station', id: 'police-station:suseo', district: '11680' });
  t.is(policeStationByName('서울서부경찰서')?.district, '11380');
  t.is(policeStationByName(' 방배서 ')?.district, '11650');
  t.is(policeStationByName('강남'), undefined);
  t.is(policeStationByName('분당경찰서'), undefined);
});
