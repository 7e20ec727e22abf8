import test from 'ava';
import { SEOUL_GU } from '../_safety/gu.ts';
import { HOSPITALS, hospitalByHpid } from './hospitals.ts';

test('30 institutions with unique ids, each in a known gu', (t) => {
  t.is(HOSPITALS.length, 30);
  t.is(new Set(HOSPITALS.map((h) => h.hpid)).size, 30);
  t.is(new Set(HOSPITALS.map((h) => h.id)).size, 30);
  const codes = new Set(SEOUL_GU.map((g) => g.code));
  t.true(HOSPITALS.every((h) => codes.has(h.district) && /^[a-z0-9-]{2,60}$/.test(h.id) && /^A11\d{5}$/.test(h.hpid)));
  t.is(hospitalByHpid(' A1100004 ')?.ko, '서울아산병원');
  t.is(hospitalByHpid('A1199999'), undefined);
});
