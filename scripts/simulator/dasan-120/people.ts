/**
 * @module scripts/simulator/dasan-120/people
 * Pure: SYNTHETIC personal data for synthetic complaints — Korean names (surnames by their rough frequency),
 * mobile numbers (010), e-mail addresses on the reserved example domains, resident registration numbers in
 * the real layout (birth date, sex digit, six digits) that belong to no one, and home addresses.
 */
import { cumulative, pickIndex, type Rand } from '../safety-common/random.ts';

const SURNAMES: readonly (readonly [string, string, number])[] = [
  ['김', 'kim', 21.5], ['이', 'lee', 14.7], ['박', 'park', 8.4], ['최', 'choi', 4.7], ['정', 'jung', 4.3], ['강', 'kang', 2.4],
  ['조', 'cho', 2.1], ['윤', 'yoon', 2.1], ['장', 'jang', 2], ['임', 'lim', 1.7], ['한', 'han', 1.5], ['오', 'oh', 1.5],
  ['서', 'seo', 1.5], ['신', 'shin', 1.5], ['권', 'kwon', 1.4], ['황', 'hwang', 1.4], ['안', 'ahn', 1.4], ['송', 'song', 1.3],
  ['류', 'ryu', 1.2], ['전', 'jeon', 1.1], ['홍', 'hong', 1.1], ['고', 'ko', 0.9], ['문', 'moon', 0.9], ['양', 'yang', 1],
  ['손', 'son', 0.9], ['배', 'bae', 0.8], ['백', 'baek', 0.7], ['허', 'heo', 0.6], ['유', 'yoo', 0.6], ['남', 'nam', 0.6],
  ['심', 'shim', 0.5], ['노', 'noh', 0.4], ['하', 'ha', 0.4], ['곽', 'kwak', 0.4], ['성', 'sung', 0.4], ['차', 'cha', 0.4],
];
const SURNAME_CUM = cumulative(SURNAMES.map((s) => s[2]));

const FIRST: readonly (readonly [string, string])[] = [
  ['민', 'min'], ['서', 'seo'], ['지', 'ji'], ['현', 'hyun'], ['수', 'su'], ['영', 'young'], ['준', 'jun'], ['예', 'ye'],
  ['하', 'ha'], ['도', 'do'], ['은', 'eun'], ['성', 'sung'], ['재', 'jae'], ['동', 'dong'], ['상', 'sang'], ['정', 'jeong'],
  ['혜', 'hye'], ['경', 'kyung'], ['미', 'mi'], ['진', 'jin'], ['윤', 'yun'], ['승', 'seung'], ['태', 'tae'], ['연', 'yeon'],
];
const SECOND: readonly (readonly [string, string])[] = [
  ['준', 'jun'], ['우', 'woo'], ['윤', 'yun'], ['서', 'seo'], ['아', 'a'], ['희', 'hee'], ['민', 'min'], ['호', 'ho'],
  ['진', 'jin'], ['수', 'su'], ['영', 'young'], ['현', 'hyun'], ['빈', 'bin'], ['원', 'won'], ['훈', 'hoon'], ['숙', 'sook'],
  ['자', 'ja'], ['철', 'chul'], ['석', 'seok'], ['연', 'yeon'], ['은', 'eun'], ['주', 'ju'],
];
const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org'] as const;

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const digits = (rand: Rand, n: number): string => Array.from({ length: n }, () => String(Math.floor(rand() * 10))).join('');

export interface Person {
  name: string;
  /** Romanised, for e-mail addresses. */
  roman: { family: string; given: string };
}

export const drawPerson = (rand: Rand): Person => {
  const [family, familyRoman] = SURNAMES[pickIndex(rand, SURNAME_CUM)] as readonly [string, string, number];
  const [a, ar] = pick(rand, FIRST);
  const [b, br] = pick(rand, SECOND);
  return { name: `${family}${a}${b}`, roman: { family: familyRoman, given: `${ar}${br}` } };
};

/** `010-1234-5678`, or `01012345678` when `compact`. */
export const drawPhone = (rand: Rand, compact = false): string => {
  const [mid, end] = [digits(rand, 4), digits(rand, 4)];
  return compact ? `010${mid}${end}` : `010-${mid}-${end}`;
};

export const drawEmail = (rand: Rand, p: Person): string => {
  const styles = [`${p.roman.given}.${p.roman.family}`, `${p.roman.family}${p.roman.given}${digits(rand, 2)}`, `${p.roman.family}.${p.roman.given.slice(0, 1)}${digits(rand, 3)}`];
  return `${pick(rand, styles)}@${pick(rand, MAIL_DOMAINS)}`;
};

/** `YYMMDD-SNNNNNN`: a birth date from 1950 to 2005 and the sex/century digit that goes with it. */
export const drawResidentNumber = (rand: Rand): string => {
  const year = 1950 + Math.floor(rand() * 56);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const sex = (year >= 2000 ? 3 : 1) + (rand() < 0.5 ? 0 : 1);
  const p2 = (v: number): string => String(v).padStart(2, '0');
  return `${p2(year % 100)}${p2(month)}${p2(day)}-${sex}${digits(rand, 6)}`;
};

/** A lot number such as `353-5` or `1204`. */
export const drawLot = (rand: Rand): string => (rand() < 0.7 ? `${1 + Math.floor(rand() * 900)}-${1 + Math.floor(rand() * 40)}` : String(1 + Math.floor(rand() * 1500)));

/** The legal dong for an administrative one, near enough for an address: 창신1동 → 창신동, 종로5·6가동 → 종로5가. */
export const legalDongOf = (adminDong: string): string => {
  const ga = /^(.+?)(\d+)(?:·\d+)*가\d*동$/.exec(adminDong);
  if (ga) return `${ga[1]}${ga[2]}가`;
  return adminDong.replace(/제?\d+동$/, '동');
};

/** A home address: the lot, sometimes with an apartment block and flat. */
export const drawHomeAddress = (rand: Rand, gu: string, dong: string): string => {
  const base = `서울특별시 ${gu} ${legalDongOf(dong)} ${drawLot(rand)}`;
  if (rand() < 0.5) return `${base} ${101 + Math.floor(rand() * 12)}동 ${1 + Math.floor(rand() * 20)}0${1 + Math.floor(rand() * 6)}호`;
  return `${base} ${1 + Math.floor(rand() * 5)}층`;
};
