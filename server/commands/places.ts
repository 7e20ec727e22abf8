/**
 * @module commands/places
 * The gazetteer: every gu and dong under the names people use — 강남 / 강남구 / Gangnam /
 * Gangnam-gu (and the older Kangnam), 역삼 / 역삼동 / 역삼1동 / 역삼일동 / Yeoksam 1-dong — as terms for
 * the analyzer. A name shared by several dong (역삼동: 역삼1동 and 역삼2동; 신사동 in 강남구 and 관악구)
 * carries all their codes; the command builder asks which one was meant. A bare stem (역삼) and a
 * spoken number (역삼일동) must begin a word, as must a gu without 구 (강남), so that 최신 사고 is not 신사 and 강남구로 이동 is not 구로2동.
 * Pure; built once.
 */
import { digitsToSino } from './numbers.ts';
import { DONG_ROWS, GU_ROWS } from './places-data.ts';
import type { Sense, Term } from './senses.ts';

export interface District {
  code: string;
  ko: string;
  en: string;
  lon: number;
  lat: number;
}

export interface Dong {
  code: string;
  district: string;
  ko: string;
  en: string;
}

export const DISTRICTS: readonly District[] = GU_ROWS.map(([code, ko, en, lon, lat]) => ({ code, ko, en, lon, lat }));

export const DONGS: readonly Dong[] = Object.entries(DONG_ROWS).flatMap(([district, rows]) =>
  rows.split(';').map((row) => {
    const [suffix = '', ko = '', en = ''] = row.split('|');
    return { code: `${district}${suffix}`, district, ko, en };
  }),
);

const DISTRICT_BY_CODE = new Map(DISTRICTS.map((d) => [d.code, d]));
const DONG_BY_CODE = new Map(DONGS.map((d) => [d.code, d]));
export const districtByCode = (code: string): District | undefined => DISTRICT_BY_CODE.get(code);
export const dongByCode = (code: string): Dong | undefined => DONG_BY_CODE.get(code);

/** Earlier romanizations still heard and written (McCune–Reischauer and common spellings). */
const GU_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '11110': ['jongro', 'chongno'], '11170': ['yongsan'], '11200': ['sungdong'], '11215': ['kwangjin'],
  '11230': ['dongdaemoon'], '11260': ['jungrang'], '11290': ['sungbuk', 'seongbook'], '11305': ['kangbuk'],
  '11380': ['eunpyung'], '11410': ['seodaemoon'], '11470': ['yangchun'], '11500': ['kangseo'], '11530': ['kuro'],
  '11545': ['kumchon', 'geumchon'], '11560': ['youngdeungpo', 'yeongdungpo', 'yeouido'], '11620': ['kwanak'],
  '11680': ['kangnam'], '11740': ['kangdong'],
};

/** Places better known by another name: 여의도 is 여의동, 홍대 is 서교동. */
const DONG_ALIASES: Readonly<Record<string, string>> = { 여의도: '1156054000', 홍대: '1144066000', 홍대입구: '1144066000' };

/** Dong stems that are everyday words; they name a dong only with 동 (수색 = search, 방화 = arson). */
const COMMON_WORDS = new Set(['방화', '수색', '대학', '공항', '중앙', '행운', '일원', '청룡', '은천', '성산', '미성', '조원', '서원', '신원', '보라매', '화양', '용신', '역촌', '시흥']);

const guBase = (ko: string): string => ko.replace(/구$/, '');
const enBase = (en: string): string => en.toLowerCase().replace(/-gu$/, '');

/** 역삼1동 → 역삼; 종로1·2·3·4가동 → 종로; 잠실본동 → 잠실; 신사동 → 신사. */
export const dongStem = (ko: string): string => ko.replace(/(제?[\d·]+(가)?\d*)?동$/, '').replace(/(\d+가)$/, '').replace(/본$/, '');
const dongStemEn = (en: string): string => en.toLowerCase().replace(/[\s-]*(\d[\d·]*)?[\s-]*(ga\d*)?[\s-]*dong$/, '').replace(/bon$/, '');
/** 역삼1동 → 역삼일동, as a number is read aloud. */
const spokenDigits = (ko: string): string => ko.replace(/\d+/g, (d) => digitsToSino(Number(d)));
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Yeoksam 1-dong → "yeoksam 1 dong", "yeoksam 1", "yeoksam one dong". */
const englishForms = (en: string): string[] => {
  const e = en.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  const spoken = e.replace(/\b(\d|10) dong$/, (_, d: string) => `${NUMBER_WORDS[Number(d)] ?? d} dong`);
  return [...new Set([e, e.replace(/ dong$/, ''), spoken])].filter((s) => /\d/.test(s) || s.endsWith('dong'));
};

class SurfaceTable {
  private readonly ko = new Map<string, Sense[]>();
  private readonly en = new Map<string, Sense[]>();

  add(lang: 'ko' | 'en', surface: string, sense: Sense): void {
    const table = lang === 'ko' ? this.ko : this.en;
    const held = table.get(surface) ?? [];
    const same = held.find((s) => s.kind === sense.kind);
    if (!same) held.push(sense);
    else if (sense.kind === 'dong' && Array.isArray(same.value) && Array.isArray(sense.value)) {
      same.value = [...new Set([...same.value, ...sense.value])];
    }
    table.set(surface, held);
  }

  has(lang: 'ko' | 'en', surface: string): boolean {
    return (lang === 'ko' ? this.ko : this.en).has(surface);
  }

  terms(): Term[] {
    return [
      ...[...this.ko].map(([s, senses]) => ({ senses, ko: [s], en: [] })),
      ...[...this.en].map(([s, senses]) => ({ senses, ko: [], en: [s] })),
    ];
  }
}

function placeTerms(): Term[] {
  const t = new SurfaceTable();
  const guBases = new Set(DISTRICTS.map((d) => guBase(d.ko)));
  const guBasesEn = new Set(DISTRICTS.map((d) => enBase(d.en)));
  for (const d of DISTRICTS) {
    const sense: Sense = { kind: 'district', value: d.code };
    t.add('ko', d.ko, sense);
    if (guBase(d.ko).length >= 2) t.add('ko', `^${guBase(d.ko)}`, sense);
    for (const e of [enBase(d.en), `${enBase(d.en)} gu`, ...(GU_ALIASES[d.code] ?? [])]) t.add('en', e, sense);
  }
  const dong = (codes: readonly string[]): Sense => ({ kind: 'dong', value: [...codes] });
  for (const d of DONGS) {
    t.add('ko', d.ko, dong([d.code]));
    if (/\d/.test(d.ko)) t.add('ko', `^${spokenDigits(d.ko)}`, dong([d.code]));
    for (const e of englishForms(d.en)) t.add('en', e, dong([d.code]));
  }
  const byStem = new Map<string, string[]>();
  for (const d of DONGS) byStem.set(dongStem(d.ko), [...(byStem.get(dongStem(d.ko)) ?? []), d.code]);
  for (const [stem, codes] of byStem) {
    if (!t.has('ko', `${stem}동`)) t.add('ko', `${stem}동`, dong(codes));
    if (stem.length >= 2 && !guBases.has(stem) && !COMMON_WORDS.has(stem)) t.add('ko', `^${stem}`, dong(codes));
  }
  const byStemEn = new Map<string, string[]>();
  for (const d of DONGS) byStemEn.set(dongStemEn(d.en), [...(byStemEn.get(dongStemEn(d.en)) ?? []), d.code]);
  for (const [stem, codes] of byStemEn) {
    if (stem.length < 2 || guBasesEn.has(stem)) continue;
    t.add('en', `${stem} dong`, dong(codes));
    if (stem.length >= 5) t.add('en', stem, dong(codes));
  }
  for (const [alias, code] of Object.entries(DONG_ALIASES)) t.add('ko', alias, dong([code]));
  return t.terms();
}

export const PLACE_TERMS: readonly Term[] = placeTerms();

/** The `k` gu whose centroids are nearest to the given gu's (for "compare with which?"). */
export function nearestDistricts(code: string, k: number): string[] {
  const from = districtByCode(code);
  if (!from) return [];
  const km = (d: District): number => Math.hypot((d.lon - from.lon) * 88.2, (d.lat - from.lat) * 111.0);
  return DISTRICTS.filter((d) => d.code !== code)
    .sort((a, b) => km(a) - km(b))
    .slice(0, k)
    .map((d) => d.code);
}
