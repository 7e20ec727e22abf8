import test from 'ava';
import { readFileSync } from 'node:fs';
import { guByCode, guByName, SEOUL_GU } from './gu.ts';

test('the table is the 25 gu of db/reference/districts.json, same codes and names', (t) => {
  const ref = JSON.parse(readFileSync(new URL('../../db/reference/districts.json', import.meta.url), 'utf8')) as { code: string; nameKo: string; nameEn: string }[];
  t.is(SEOUL_GU.length, 25);
  t.deepEqual(
    SEOUL_GU.map((g) => [g.code, g.ko, g.en]),
    ref.map((r) => [r.code, r.nameKo, r.nameEn]),
  );
});

test('lookups by name accept the city prefix and spaces, nothing else', (t) => {
  t.is(guByName(' 강남구 ')?.code, '11680');
  t.is(guByName('서울특별시 중구')?.code, '11140');
  t.is(guByName('서울시 중구')?.code, '11140');
  t.is(guByName('강남'), undefined);
  t.is(guByName('수원시'), undefined);
  t.is(guByCode('11545')?.ko, '금천구');
  t.is(guByCode('11000'), undefined);
});
