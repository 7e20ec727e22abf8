/**
 * @module commands/numbers
 * Numbers as people say them: digits, native Korean counting words (하나 둘 세 네 …, as in
 * "CCTV 네 대"), Sino-Korean numerals (일 이 삼 …, as in "삼월", "역삼일동") and English words. Pure.
 */

/** Native Korean numbers, with the short forms used before a counter (한 개, 두 대, 세 곳, 네 개). */
const NATIVE: Readonly<Record<string, number>> = {
  하나: 1, 한: 1, 둘: 2, 두: 2, 셋: 3, 세: 3, 석: 3, 넷: 4, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9,
  열: 10, 열하나: 11, 열한: 11, 열둘: 12, 열두: 12, 열셋: 13, 열세: 13, 열넷: 14, 열네: 14, 열다섯: 15, 열여섯: 16,
};

const SINO_DIGITS: Readonly<Record<string, number>> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 륙: 6, 칠: 7, 팔: 8, 구: 9 };

const ENGLISH: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, a: 1, an: 1, single: 1, couple: 2,
};

/** Alternation of every native word, longest first, for building patterns. */
export const NATIVE_WORDS = Object.keys(NATIVE).sort((a, b) => b.length - a.length).join('|');
export const ENGLISH_WORDS = Object.keys(ENGLISH).filter((w) => w.length > 2).join('|');
/** Sino-Korean numerals up to 99 (일, 십이, 이십삼). */
export const SINO_PATTERN = '(?:[이삼사오육칠팔구]?십[일이삼사오육륙칠팔구]?|[일이삼사오육륙칠팔구])';

/** Sino-Korean numeral up to 99: 일 → 1, 십이 → 12, 이십삼 → 23; null when it is not one. */
export function sinoNumber(word: string): number | null {
  const m = /^([일이삼사오육륙칠팔구]?)(십?)([일이삼사오육륙칠팔구]?)$/.exec(word);
  if (!m || word.length === 0) return null;
  const [, tensDigit = '', ten = '', unit = ''] = m;
  if (ten === '') return tensDigit === '' || unit !== '' ? null : (SINO_DIGITS[tensDigit] ?? null);
  const tens = tensDigit === '' ? 1 : (SINO_DIGITS[tensDigit] ?? 0);
  return tens * 10 + (unit === '' ? 0 : (SINO_DIGITS[unit] ?? 0));
}

/** Any spoken number: digits, native, Sino-Korean or English; null otherwise. */
export function numberWord(word: string): number | null {
  const w = word.trim().toLowerCase();
  if (/^\d{1,4}$/.test(w)) return Number(w);
  return NATIVE[w] ?? ENGLISH[w] ?? sinoNumber(w);
}

/** Month names as Koreans say them: 유월 and 시월 drop a letter. */
export function koreanMonth(word: string): number | null {
  if (/^\d{1,2}$/.test(word)) {
    const n = Number(word);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (word === '유') return 6;
  if (word === '시') return 10;
  const n = sinoNumber(word);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

/** Digits written as Sino-Korean numerals: "1" → "일", "10" → "십", "12" → "십이". */
export function digitsToSino(n: number): string {
  const names = ['', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
  if (n < 10) return names[n] ?? '';
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : (names[tens] ?? '')}십${names[n % 10] ?? ''}`;
}
