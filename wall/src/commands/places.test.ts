import test from 'ava';
import type { MapAsset } from '../map/map-asset.ts';
import { placeName, placesOf } from './places.ts';

const pop = { asOf: '2025-03', total: 1000, male: 490, female: 510, age65plus: 150 };
const ring = [[[0, 0, 10, 0, 0, 10]]];

test('the gu and dong of the map asset by code, with names, label points and residents', (t) => {
  const asset: Pick<MapAsset, 'bounds' | 'districts' | 'neighborhoods'> = {
    bounds: { minX: -1, minY: -2, maxX: 3, maxY: 4 },
    districts: [{ code: '11680', nameKo: '강남구', nameEn: 'Gangnam-gu', label: [5, 6], polygons: ring, population: { ...pop, maleByAge: [], femaleByAge: [] } }],
    neighborhoods: [{ code: '1168064000', district: '11680', nameKo: '역삼1동', nameEn: null, label: [7, 8], polygons: ring, population: pop }],
  };
  const places = placesOf(asset);
  t.deepEqual(places.bounds, asset.bounds);
  t.deepEqual(places.districts.get('11680'), { code: '11680', name: { ko: '강남구', en: 'Gangnam-gu' }, label: [5, 6], population: 1000 });
  t.deepEqual(places.dongs.get('1168064000'), { code: '1168064000', district: '11680', name: { ko: '역삼1동', en: '역삼1동' }, label: [7, 8] });
  t.is(placeName(places, '11680', 'en'), 'Gangnam-gu');
  t.is(placeName(places, '1168064000', 'ko'), '역삼1동');
  t.is(placeName(places, '11000', 'ko'), '11000');
});
