import test from 'ava';
import { readFileSync } from 'node:fs';
import { buildPlaceNames, formatPlaceNames } from './build.ts';
import { readBoundaryInputs, SHARED_BOUNDARIES } from './read.ts';

const gu = [
  { SIG_CD: '11440', SIG_KOR_NM: '마포구', SIG_ENG_NM: 'Mapo-gu' },
  { SIG_CD: '11380', SIG_KOR_NM: '은평구', SIG_ENG_NM: 'Eunpyeong-gu' },
  { SIG_CD: '11680', SIG_KOR_NM: '강남구', SIG_ENG_NM: 'Gangnam-gu' },
];

test('dong names: ambiguous and two-syllable ones left out, English only where clean', (t) => {
  const names = buildPlaceNames({
    gu,
    legalDongs: [
      { EMD_CD: '11440127', EMD_KOR_NM: '상암동', EMD_ENG_NM: 'Sangam-dong' },
      { EMD_CD: '11440101', EMD_KOR_NM: '중동', EMD_ENG_NM: 'Jung-dong' },
      { EMD_CD: '11380110', EMD_KOR_NM: '신사동', EMD_ENG_NM: 'Sinsa-dong' },
      { EMD_CD: '11680107', EMD_KOR_NM: '신사동', EMD_ENG_NM: 'Sinsa-dong' },
      { EMD_CD: '11680101', EMD_KOR_NM: '역삼동', EMD_ENG_NM: 'Yeoksam-dong' },
      { EMD_CD: '11110119', EMD_KOR_NM: '종로1가', EMD_ENG_NM: 'Jongno 1-ga' },
    ],
    adminDongs: [
      { adm_nm: '서울특별시 강남구 역삼1동', sgg: '11680' },
      { adm_nm: '서울특별시 마포구 상암동', sgg: '11440' },
    ],
    codebook: [
      { code: '11230', ko: '강남구', en: 'Gangnam-gu' },
      { code: '1123064', ko: '역삼1동', en: 'Yeoksam 1(il)-dong' },
    ],
  });
  t.deepEqual(names.gu.map((g) => g.code), ['11380', '11440', '11680']);
  t.deepEqual(names.dongs, [
    { ko: '상암동', en: 'Sangam-dong', district: '11440' },
    { ko: '역삼1동', en: null, district: '11680' },
    { ko: '역삼동', en: 'Yeoksam-dong', district: '11680' },
  ]);
  t.regex(formatPlaceNames(names), /^\{\n "gu": \[\n  \{"code":"11380","ko":"은평구","en":"Eunpyeong-gu"\},\n/);
  t.deepEqual(JSON.parse(formatPlaceNames(names)), names);
});

test('the committed names.json is what the shared boundary files give', (t) => {
  let inputs;
  try {
    inputs = readBoundaryInputs(SHARED_BOUNDARIES);
  } catch {
    t.pass('shared data not present on this machine');
    return;
  }
  const committed = readFileSync(new URL('./names.json', import.meta.url), 'utf8');
  t.is(formatPlaceNames(buildPlaceNames(inputs)), committed);
  const names = JSON.parse(committed) as { gu: unknown[]; dongs: { ko: string }[] };
  t.is(names.gu.length, 25);
  t.true(names.dongs.length > 600);
  t.is(new Set(names.dongs.map((d) => d.ko)).size, names.dongs.length, 'each name once');
});
