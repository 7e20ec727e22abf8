import test from 'ava';
import { toFeatureCollection } from './districts.ts';

test('district rows become a FeatureCollection keyed by code', (t) => {
  const geometry = { type: 'Polygon', coordinates: [[[127, 37.5], [127.1, 37.5], [127.1, 37.6], [127, 37.5]]] };
  const fc = toFeatureCollection([
    { code: '11680', nameKo: '강남구', nameEn: 'Gangnam-gu', geometry, centroidLon: 127.06, centroidLat: 37.49 },
  ]);
  t.is(fc.type, 'FeatureCollection');
  t.deepEqual(fc.features[0], {
    type: 'Feature',
    id: '11680',
    properties: { code: '11680', nameKo: '강남구', nameEn: 'Gangnam-gu', centroid: [127.06, 37.49] },
    geometry,
  });
});
