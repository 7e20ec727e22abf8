/**
 * @module connectors/news-feed/language
 * Pure: whether an item is Korean or English. The text decides when it has letters enough (Hangul at least
 * 30 % of the letters: Korean; Latin at least 70 % and hardly any Hangul: English), else the language the feed
 * or item declares (`ko`, `ko-KR`, `en-us` …). Null for any other language: the platform reads these two only.
 */
import type { Language } from '../../server/contracts/index.ts';

const MIN_LETTERS = 12;

const declaredOf = (declared: string | null): Language | null | undefined => {
  if (declared === null || declared.trim() === '') return undefined;
  const code = declared.trim().toLowerCase().slice(0, 2);
  return code === 'ko' ? 'ko' : code === 'en' ? 'en' : null;
};

/** Share of Hangul and Latin among the letters of a text. */
export const scriptShares = (text: string): { letters: number; hangul: number; latin: number } => {
  let hangul = 0;
  let latin = 0;
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/[\u3131-\u318E\uAC00-\uD7A3]/.test(ch)) hangul++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return letters === 0 ? { letters, hangul: 0, latin: 0 } : { letters, hangul: hangul / letters, latin: latin / letters };
};

export const languageOf = (text: string, declared: string | null): Language | null => {
  const s = scriptShares(text);
  if (s.letters >= MIN_LETTERS) {
    if (s.hangul >= 0.3) return 'ko';
    if (s.latin >= 0.7 && s.hangul < 0.05) return 'en';
    return null;
  }
  const said = declaredOf(declared);
  if (said !== undefined) return said;
  return s.hangul > 0 ? 'ko' : s.latin > 0 ? 'en' : null;
};
