/**
 * @module privacy/address
 * Coarsens an address as filed to the block: the public sees the street or the dong, never the
 * building or the door.
 * - road-name address: everything after the road name goes (`서울특별시 강남구 테헤란로 152, 5층
 *   (역삼동)` → `서울특별시 강남구 테헤란로`; `테헤란로7길 22` → `테헤란로7길`);
 * - lot address: everything after the dong or ri goes (`강남구 역삼동 737-1` → `강남구 역삼동`,
 *   `역삼동 737번지` → `역삼동`, `역삼동 산 12` → `역삼동`);
 * - otherwise apartment buildings, units and floors go (`래미안아파트 101동 1203호` → `래미안아파트`);
 * - English: the house number and the unit go (`Apt 1203, 152 Teheran-ro, Gangnam-gu` →
 *   `Teheran-ro, Gangnam-gu`). Postal codes stay (a zone is larger than a block).
 * Idempotent: coarsening twice gives what coarsening once does.
 */
import { APARTMENT, EN_NUMBER_AFTER, EN_NUMBER_BEFORE, EN_UNIT, NEAR, ROAD } from './address-text.ts';

/** A number after a road: not one that ends a place name (`종로1가`, `역삼1동`). */
const ROAD_CUT_RE = new RegExp(
  String.raw`(?<![가-힣A-Za-z0-9])(${ROAD})\s?(?:지하\s?)?\d{1,5}(?![0-9])(?!(?:가|동|길|번길|가길)(?:$|[^가-힣]|[에의은는이을를도]))`,
  'g',
);
const LOT_CUT_RE = /(?<![가-힣A-Za-z0-9])([가-힣]{1,8}\d{0,2}(?:동|리)|[가-힣]{1,6}\d{1,2}가)\s?(?:산\s?)?\d/g;
/** `가동`, `나동`: a building of an apartment complex, not a neighbourhood. */
const BUILDING_LETTER = /^[가나다라마바사]동$/;

const DROP_RES = [
  new RegExp(APARTMENT, 'g'),
  new RegExp(String.raw`(?<![0-9A-Za-z가-힣-])(?:\d{1,4}|[A-Za-z]|[가나다라마바사])동(?=$|[^가-힣0-9])`, 'g'),
  new RegExp(String.raw`(?<![0-9A-Za-z가-힣-])[Bb]?\d{1,4}호${NEAR}`, 'g'),
  /(?<![0-9A-Za-z가-힣-])(?:지하\s?)?[Bb]?\d{1,3}층/g,
  new RegExp(EN_UNIT, 'g'),
  new RegExp(EN_NUMBER_BEFORE, 'g'),
  new RegExp(EN_NUMBER_AFTER, 'g'),
];

/** Where the first road or dong followed by a number ends (of two at one place, the longer), or -1. */
function cutAt(s: string): number {
  let start = Infinity;
  let end = -1;
  for (const re of [ROAD_CUT_RE, LOT_CUT_RE]) {
    const m = [...s.matchAll(re)].find((x) => !BUILDING_LETTER.test(x[1] ?? ''));
    if (!m) continue;
    const e = m.index + (m[1] ?? '').length;
    if (m.index < start || (m.index === start && e > end)) [start, end] = [m.index, e];
  }
  return end;
}

/** Spaces, commas and brackets left over after parts were dropped. */
export function tidyAddress(s: string): string {
  return s
    .replace(/\(\s*[,\s]*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/^[\s,]+|[\s,-]+$/g, '');
}

export function coarsenAddress(addr: string): string {
  let s = addr.normalize('NFC').replace(/\s+/g, ' ').trim();
  const cut = cutAt(s);
  if (cut >= 0) s = s.slice(0, cut);
  for (const re of DROP_RES) s = s.replace(re, ' ');
  return tidyAddress(s);
}
