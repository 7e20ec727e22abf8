import test from 'ava';
import { buildMapAsset } from '../../build/map-asset.ts';
import { areaAt, contains, decodeGeometry } from './geometry.ts';

const geo = decodeGeometry(buildMapAsset());

test('the real asset decodes to 25 gu and 425 dong with boxes inside the city bounds', (t) => {
  t.is(geo.districts.length, 25);
  t.is(geo.neighborhoods.length, 425);
  const { minX, minY, maxX, maxY } = geo.bounds;
  for (const a of [...geo.districts, ...geo.neighborhoods]) {
    const [x0, y0, x1, y1] = a.bbox;
    t.true(x0 >= minX - 1 && y0 >= minY - 1 && x1 <= maxX + 1 && y1 <= maxY + 1 && x0 < x1 && y0 < y1, a.code);
  }
  t.true(geo.neighborhoods.every((n) => geo.districts.some((d) => d.code === n.district)));
});

test('every gu’s label point hits that gu', (t) => {
  for (const d of geo.districts) t.is(areaAt(geo.districts, ...d.label)?.code, d.code, `${d.code} ${d.nameEn}`);
});

test('every dong’s label point hits its gu and the dong itself', (t) => {
  for (const n of geo.neighborhoods) {
    t.is(areaAt(geo.districts, ...n.label)?.code, n.district, `${n.code} ${n.nameKo}`);
    t.is(areaAt(geo.neighborhoods, ...n.label)?.code, n.code, `${n.code} ${n.nameKo}`);
  }
});

test('nothing is found outside the city', (t) => {
  const { minX, minY, maxX, maxY } = geo.bounds;
  t.is(areaAt(geo.districts, maxX + 5000, maxY + 5000), null);
  t.is(areaAt(geo.neighborhoods, minX - 1, (minY + maxY) / 2), null);
  t.is(areaAt(geo.districts, 1e7, -1e7), null);
  const jongno = geo.districts.find((d) => d.code === '11110');
  const gangnam = geo.districts.find((d) => d.code === '11680');
  if (!jongno || !gangnam) return t.fail('Jongno-gu and Gangnam-gu are in the asset');
  t.true(contains(gangnam, ...gangnam.label));
  t.false(contains(jongno, ...gangnam.label));
});
