/**
 * @module connectors/safety/gu
 * The 25 Seoul gu: 5-digit MOIS code (SIG_CD, as in db/reference/districts.json), Korean and English name.
 * Source systems name a gu in Korean; an unknown name is rejected by the connectors, never guessed.
 */

export interface Gu {
  code: string;
  ko: string;
  en: string;
}

const ROWS: readonly [code: string, ko: string, en: string][] = [
  ['11110', '종로구', 'Jongno-gu'], ['11140', '중구', 'Jung-gu'], ['11170', '용산구', 'Yongsan-gu'],
  ['11200', '성동구', 'Seongdong-gu'], ['11215', '광진구', 'Gwangjin-gu'], ['11230', '동대문구', 'Dongdaemun-gu'],
  ['11260', '중랑구', 'Jungnang-gu'], ['11290', '성북구', 'Seongbuk-gu'], ['11305', '강북구', 'Gangbuk-gu'],
  ['11320', '도봉구', 'Dobong-gu'], ['11350', '노원구', 'Nowon-gu'], ['11380', '은평구', 'Eunpyeong-gu'],
  ['11410', '서대문구', 'Seodaemun-gu'], ['11440', '마포구', 'Mapo-gu'], ['11470', '양천구', 'Yangcheon-gu'],
  ['11500', '강서구', 'Gangseo-gu'], ['11530', '구로구', 'Guro-gu'], ['11545', '금천구', 'Geumcheon-gu'],
  ['11560', '영등포구', 'Yeongdeungpo-gu'], ['11590', '동작구', 'Dongjak-gu'], ['11620', '관악구', 'Gwanak-gu'],
  ['11650', '서초구', 'Seocho-gu'], ['11680', '강남구', 'Gangnam-gu'], ['11710', '송파구', 'Songpa-gu'],
  ['11740', '강동구', 'Gangdong-gu'],
];

export const SEOUL_GU: readonly Gu[] = Object.freeze(ROWS.map(([code, ko, en]) => Object.freeze({ code, ko, en })));

const BY_NAME = new Map(SEOUL_GU.map((g) => [g.ko, g]));
const BY_CODE = new Map(SEOUL_GU.map((g) => [g.code, g]));

/**
 * Exact lookup by Korean name; surrounding spaces and a leading `서울특별시`/`서울시` are ignored
 * (`서울특별시 강남구` → 강남구). Undefined when unknown.
 */
export const guByName = (name: string): Gu | undefined => BY_NAME.get(name.trim().replace(/^서울(특별)?시\s+/, ''));

export const guByCode = (code: string): Gu | undefined => BY_CODE.get(code);
