/**
 * @module privacy/names
 * People's names in Korean free text, found by context since free text has no name field:
 * - a word of 2–3 syllables starting with a common surname (4 with a two-syllable surname) before an
 *   honorific or, after a space, a title: `홍길동님께서`, `홍길동 씨`, `김철수 주무관`, `박영희 할머니`;
 * - a surname alone before a title: `김 주무관`, `박팀장님` (not the surnames that are also ordinary
 *   words: 제 한 부 전 현 모 여 남; 이 only before an official's title);
 * - a word after a cue: `이름: …`, `성명: …` (any word), `이름은 …`, `성명 …`, `민원인 …`, `작성자 …`,
 *   `신고자 …`, `담당 주무관 …`, `저는 …입니다` (a word starting with a surname);
 * - a word starting with a surname right before a telephone number: `홍길동 010-…`, `홍길동(010-…)`.
 * A candidate that is an ordinary word (common-words.ts), a title or a word ending in a title is not a name.
 */
import { isCommonWord } from './common-words.ts';
import {
  AMBIGUOUS_SOLO, HONORIFICS, JOB_TITLES, NAME_SUFFIXES, NAME_TAILS, OFFICIAL_TITLES, PARTICLE_STARTS, PERSON_WORDS,
  SURNAMES_1, STRONG_NAME_CUES, WEAK_NAME_CUES, hasCompoundSurname, startsWithSurname,
} from './korean-words.ts';
import type { PersonalDataMatch } from './match.ts';

/** What replaces a name. */
export const NAME_PLACEHOLDER = '○○○';

const HANGUL = /^[가-힣]$/;
const isHangul = (c: string | undefined): boolean => c !== undefined && HANGUL.test(c);
const SURNAME_SET = new Set(SURNAMES_1);
const TITLE_WORDS = [...JOB_TITLES, ...PERSON_WORDS];
/**
 * Last syllables no name has: sentence and modifier endings (다 요 죠 까 데 며 던 된 는) and the
 * endings of words for jobs (장 사 부: 반장, 박사, 인부).
 */
const NOT_NAME_LAST = new Set(['다', '요', '죠', '까', '데', '며', '던', '된', '는', '장', '사', '부']);

/** Is `w` plausibly a name? `anyFirst`: after a strong cue, the first syllable need not be a surname. */
export function isNameWord(w: string, anyFirst = false): boolean {
  if (!/^[가-힣]{2,4}$/.test(w)) return false;
  if (!anyFirst && !startsWithSurname(w)) return false;
  if (w.length === 4 && !anyFirst && !hasCompoundSurname(w)) return false;
  if (NOT_NAME_LAST.has(w.slice(-1)) || isCommonWord(w)) return false;
  return !TITLE_WORDS.some((t) => w.endsWith(t));
}

/** May a surname alone stand for a person before `suffix`? Not when they make a word (`주차장`, `이동장`). */
function soloSurnameBefore(surname: string, suffix: string): boolean {
  if (!SURNAME_SET.has(surname) || AMBIGUOUS_SOLO.has(surname) || HONORIFICS.includes(suffix)) return false;
  if (isCommonWord(surname + suffix)) return false;
  return surname !== '이' || OFFICIAL_TITLES.has(suffix.replace(/님$/, ''));
}

/** Does the text after an honorific or title end the word (end, non-Hangul or a particle)? */
const endsWord = (s: string, at: number): boolean => !isHangul(s[at]) || PARTICLE_STARTS.has(s[at] ?? '');

/** The suffixes by their first character, longest first. */
const SUFFIXES_BY_FIRST = new Map<string, string[]>();
for (const x of NAME_SUFFIXES) SUFFIXES_BY_FIRST.set(x.slice(0, 1), [...(SUFFIXES_BY_FIRST.get(x.slice(0, 1)) ?? []), x]);

const hangulRunAt = (s: string, at: number): string => /^[가-힣]*/.exec(s.slice(at, at + 12))?.[0] ?? '';

/** A name followed by an honorific or title, starting at a word start `p`; the match is the name or surname. */
function suffixNameAt(s: string, p: number, run: string): PersonalDataMatch | null {
  for (let len = 1; len <= Math.min(4, run.length); len++) {
    const name = run.slice(0, len);
    const spaced = len === run.length && s[p + len] === ' ';
    const restAt = p + len + (spaced ? 1 : 0);
    for (const suffix of SUFFIXES_BY_FIRST.get(s[restAt] ?? '') ?? []) {
      if (!s.startsWith(suffix, restAt) || !endsWord(s, restAt + suffix.length)) continue;
      // A full name takes a title after a space (`홍길동 팀장`); glued on, only 님 and 씨 (`부녀회장님` is a title).
      if (len > 1 && !spaced && !HONORIFICS.includes(suffix)) continue;
      const ok = len === 1 ? soloSurnameBefore(name, suffix) : isNameWord(name);
      if (ok) return { kind: 'name', index: p, text: name };
    }
  }
  return null;
}

/**
 * Splits a word after a cue into a name and what follows it (one of `tails`, or nothing when `bare`),
 * the longest name first.
 */
export function nameOfWord(run: string, anyFirst: boolean, tails: readonly string[] = NAME_TAILS, bare = true): string | null {
  for (let len = Math.min(4, run.length); len >= 2; len--) {
    const name = run.slice(0, len);
    const tail = run.slice(len);
    if ((tail === '' ? bare : tails.includes(tail)) && isNameWord(name, anyFirst)) return name;
  }
  return null;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE_RE = new RegExp(
  `(${[...STRONG_NAME_CUES, ...WEAK_NAME_CUES].sort((a, b) => b.length - a.length).map(escape).join('|')})(\\s*[:：]\\s*|\\s+)(?=[가-힣])`,
  'g',
);
const SELF_RE = /(?<![가-힣])(?:저는|나는|제가|저희는)\s+(?=[가-힣])/g;
const COPULA = ['입니다', '이에요', '예요', '이라고', '라고', '이고', '이며', '이요', '인데요', '인데'];

function cueNames(s: string): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  for (const m of s.matchAll(CUE_RE)) {
    const at = m.index + m[0].length;
    const strong = STRONG_NAME_CUES.includes(m[1] ?? '') && /[:：]/.test(m[2] ?? '');
    const name = nameOfWord(hangulRunAt(s, at), strong);
    if (name) out.push({ kind: 'name', index: at, text: name });
  }
  for (const m of s.matchAll(SELF_RE)) {
    const at = m.index + m[0].length;
    const name = nameOfWord(hangulRunAt(s, at), false, COPULA, false);
    if (name) out.push({ kind: 'name', index: at, text: name });
  }
  return out;
}

/** The word right before each telephone number (`홍길동 010-…`, `홍길동(010-…)`, `홍길동: 010-…`). */
function namesBeforePhones(s: string, phones: readonly PersonalDataMatch[]): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  for (const ph of phones) {
    const m = /([가-힣]{2,4})\s*[(:：]?\s*$/.exec(s.slice(Math.max(0, ph.index - 8), ph.index));
    const word = m?.[1];
    const index = ph.index - (m?.[0].length ?? 0);
    if (word && !isHangul(s[index - 1]) && isNameWord(word)) out.push({ kind: 'name', index, text: word });
  }
  return out;
}

/** Korean names in `s`; pass the telephone numbers found in `s` to also catch names written before them. */
export function findKoreanNames(s: string, phones: readonly PersonalDataMatch[] = []): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  for (let p = 0; p < s.length; p++) {
    if (!isHangul(s[p]) || isHangul(s[p - 1])) continue;
    const run = hangulRunAt(s, p);
    const found = suffixNameAt(s, p, run);
    if (found) out.push(found);
    p += run.length - 1;
  }
  return [...out, ...cueNames(s), ...namesBeforePhones(s, phones)];
}
