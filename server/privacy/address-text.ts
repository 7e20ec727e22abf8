/**
 * @module privacy/address-text
 * The parts of an address finer than a block, in free text: the building number after a road name
 * (`테헤란로 152`, `테헤란로7길 22-3`, with a following `, 5층` or `301호`), the lot number after a dong
 * or ri (`역삼동 737-1`, `역삼동 737번지`, `○○면 ○○리 123`), the building and unit of an apartment
 * (`101동 1203호`, `101-1203호`, `101동`, `1203호`), English house numbers (`152 Teheran-ro`,
 * `Teheran-ro 152`, `Yeoksam-dong 737-1`, `Apt 1203`). The road or dong name itself stays.
 * A number followed by a counter (`세종대로 100m`, `버스로 10분`, `운동 30분`) is not an address, nor
 * one after a common word ending like a road or dong (`도로`, `바로`, `이동`).
 */
import type { PersonalDataMatch } from './match.ts';

/**
 * What may follow a building or lot number: the end, a non-Hangul character or a particle. A counter or
 * unit (`100m`, `10분`, `3가지`, `2정거장`) makes it a quantity instead, and `가`, `동` or `길` part of a
 * place name (`종로1가`, `역삼1동`).
 */
const PARTICLE = '(?:에|의|앞|옆|뒤|근처|인근|부근|쪽|이|가|은|는|을|를|으로|로|까지|부터|와|과|도|건물|빌딩|일대|주변|사거리|삼거리)';
const NUMBER_END = String.raw`(?![0-9])(?![-.,·][0-9])(?!가|동|길|번길)(?!가지|\s?(?:km|cm|kg|m|%|㎡|미터|킬로|분|시간|원)(?![A-Za-z가-힣]))(?=$|[^가-힣]|${PARTICLE})`;
const UNIT_TAIL = String.raw`(?:\s?,?\s?(?:지하\s?)?\d{1,3}층)?(?:\s?,?\s?[Bb]?\d{1,4}호)?`;

/** Road names: `테헤란로`, `세종대로`, `테헤란로7길`, `판교역로146번길`, `테헤란로 7길`. */
export const ROAD = String.raw`[가-힣]{1,12}(?:로|길)(?:\s?\d{1,4}(?:번|[가-힣])?길)?`;
const ROAD_NUMBER_RE = new RegExp(
  String.raw`(?<![가-힣A-Za-z0-9])(${ROAD})\s?((?:지하\s?)?\d{1,4}(?:-\d{1,4})?${NUMBER_END}${UNIT_TAIL})`,
  'dg',
);
/** Lot addresses: `역삼동 737-1`, `역삼1동 12`, `종로1가 55`, `역삼동 산 12`, `○○면 ○○리 123`. */
const LOT_NUMBER_RE = new RegExp(
  String.raw`(?<![가-힣A-Za-z0-9])([가-힣]{1,8}\d{0,2}동|[가-힣]{1,6}\d{1,2}가|(?<=[가-힣][읍면]\s)[가-힣]{1,5}리)\s?((?:산\s?)?\d{1,5}(?:-\d{1,4})?(?:\s?번지|${NUMBER_END}))`,
  'dg',
);
/** After a unit number: not a subway line, a machine, a car, a shop number or a room (`2호선`, `3호기`). */
export const NEAR = String.raw`(?![선기차점실])`;
/** Apartment buildings and units: `101동 1203호`, `가동 101호`, `101-1203호`, `101동`, `1203호`. */
export const APARTMENT = String.raw`(?<![0-9A-Za-z가-힣-])(?:(?:\d{1,4}|[A-Za-z]|[가나다라마바사])동\s?(?:\d{1,2}층\s?)?[Bb]?\d{1,4}호${NEAR}|\d{1,4}-\d{3,4}호${NEAR}|\d{3,4}동(?=$|[^가-힣0-9]|[에의은는이을를도])|(?:지하\s?)?[Bb]?\d{3,4}호${NEAR})`;
const APARTMENT_RE = new RegExp(APARTMENT, 'g');
export const EN_ROAD = String.raw`(?:[A-Z][a-z]+-)+(?:ro|gil|daero)(?:\s?\d{1,4}(?:beon)?-gil)?`;
export const EN_AREA = String.raw`(?:[A-Z][a-z]+-)+(?:dong|ri|ga)`;
export const EN_STREET = String.raw`[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl)\b`;
/** `152 Teheran-ro`, `737-1 Yeoksam-dong`, `12 Main Street`. */
export const EN_NUMBER_BEFORE = String.raw`(?<![\w-])\d{1,5}(?:-\d{1,4})?,?(?=\s+(?:${EN_ROAD}|${EN_AREA}|${EN_STREET}))`;
/** `Teheran-ro 152`, `Yeoksam-dong 737-1`. */
export const EN_NUMBER_AFTER = String.raw`(?<=\b(?:${EN_ROAD}|${EN_AREA})\s?)\d{1,5}(?:-\d{1,4})?(?![\w(·-])(?!\.\d)`;
export const EN_UNIT = String.raw`\b(?:Apt|Apartment|Unit|Suite|Ste|Room|Rm|Flat)\.?\s?#?\s?[A-Z]?\d{1,5}[A-Za-z]?\b,?`;
const EN_RE = new RegExp(
  [
    EN_NUMBER_BEFORE,
    EN_NUMBER_AFTER,
    EN_UNIT,
  ].join('|'),
  'g',
);

/** Common words ending like a road (로, 길) or a dong (동): never taken for one in free text. */
const NOT_ROADS = new Set(
  `도로 차로 경로 통로 진로 선로 수로 항로 회로 미로 과로 활로 퇴로 대로 그대로 바로 새로 서로 주로 별로 따로 절로 홀로
  날로 실로 스스로 멋대로 마음대로 맘대로 함부로 저절로 곧바로 제대로 대체로 보도로 인도로 차도로 산책로 보행로 등산로
  출입로 진입로 우회로 교차로 철로 길 골목길 오솔길 산길 뒷길 옆길 찻길 샛길 큰길 지름길 갈림길 비탈길 언덕길 빗길 눈길
  밤길 출근길 퇴근길 등굣길 하굣길 귀갓길 산책길 외길 물길 먼길 흙길 빙판길 시골길 꽃길 숲길 이길 그길 저길 앞길
  동 활동 행동 이동 운동 자동 공동 노동 감동 충동 소동 변동 출동 작동 가동 연동 진동 난동 합동 수동 발동 파동 아동
  생동 폭동 반동 격동 부동 유동 요동 협동 선동 거동 언동 약동 소가 도가 누가 제가 내가 우리가 저희가 서울로`.split(/\s+/),
);
const isRoadWord = (w: string): boolean =>
  !NOT_ROADS.has(w) && !/(?:으로|도로|차로|에로|들로)$/.test(w) && !/^[0-9]/.test(w);

function groupMatches(s: string, re: RegExp): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  for (const m of s.matchAll(re)) {
    const at = m.indices?.[2];
    if (at && m[2] && isRoadWord((m[1] ?? '').replace(/\s/g, ''))) out.push({ kind: 'address-number', index: at[0], text: m[2] });
  }
  return out;
}

const plain = (s: string, re: RegExp): PersonalDataMatch[] =>
  [...s.matchAll(re)].map((m) => ({ kind: 'address-number' as const, index: m.index, text: m[0] }));

/** Building, lot and unit numbers in free text (the number only; the road or dong name is kept). */
export const findAddressNumbers = (s: string): PersonalDataMatch[] => [
  ...groupMatches(s, ROAD_NUMBER_RE),
  ...groupMatches(s, LOT_NUMBER_RE),
  ...plain(s, APARTMENT_RE),
  ...plain(s, EN_RE),
];
