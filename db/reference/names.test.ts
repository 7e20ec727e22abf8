import test from 'ava';
import { englishNameIndex, parseCsv } from './names.ts';

test('dong names are keyed by gu and dong name; earlier sources win', (t) => {
  const csv = parseCsv('\uFEFFcode,ko,en,cn\n11,서울특별시,Seoul,x\n11010,종로구,Jongno-gu,x\n1101053,사직동,Sajik-dong,x\n');
  const other = [
    { code: '11010', ko: '종로구', en: 'Jongno-gu' },
    { code: '1101053', ko: '사직동', en: 'Sajik 2' },
    { code: '1101054', ko: '삼청동', en: 'Samcheong-dong' },
  ];
  const idx = englishNameIndex(csv, other);
  t.is(idx.get('종로구 사직동'), 'Sajik-dong');
  t.is(idx.get('종로구 삼청동'), 'Samcheong-dong');
  t.is(idx.size, 2);
});

test('the committed layers are complete', async (t) => {
  const { readFile } = await import('node:fs/promises');
  const gu = JSON.parse(await readFile(new URL('./districts.json', import.meta.url), 'utf8')) as { code: string }[];
  const dong = JSON.parse(await readFile(new URL('./neighborhoods.json', import.meta.url), 'utf8')) as {
    districtCode: string;
    nameEn: string | null;
  }[];
  t.is(gu.length, 25);
  t.is(dong.length, 425);
  t.is(new Set(dong.map((d) => d.districtCode)).size, 25);
  t.true(dong.every((d) => gu.some((g) => g.code === d.districtCode)));
  t.is(dong.filter((d) => d.nameEn !== null).length, 423);
});
