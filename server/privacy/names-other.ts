/**
 * @module privacy/names-other
 * Names written in Latin letters after a title or a field cue (`Mr. Hong`, `Ms. Kim Young-hee`,
 * `Name: John Smith`, `My name is Jane Doe`; after `Name:` a Hangul name is taken too), and names known
 * beforehand (a complaint's reporter), wherever they stand as a word.
 */
import { nameOfWord } from './names.ts';
import type { PersonalDataMatch } from './match.ts';

const TOKEN = String.raw`[A-Z][a-z'’]+(?:-[A-Za-z][a-z]+)?`;
const LATIN_NAME = String.raw`${TOKEN}(?: ${TOKEN}){0,2}`;
const TITLE_RE = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(${LATIN_NAME})`, 'dg');
const FIELD_RE = new RegExp(
  String.raw`\b(?:[Nn]ame|NAME|[Ff]ull [Nn]ame|[Rr]eporter|[Cc]ontact|[Ss]ubmitted by|[Rr]eported by|[Mm]y name is)(?:\s*[:：]\s*|\s+)(?:(${LATIN_NAME})|([가-힣]{2,7}))`,
  'dg',
);

export function findLatinNames(s: string): PersonalDataMatch[] {
  const out: PersonalDataMatch[] = [];
  for (const m of s.matchAll(TITLE_RE)) {
    const at = m.indices?.[1];
    if (at && m[1]) out.push({ kind: 'name', index: at[0], text: m[1] });
  }
  for (const m of s.matchAll(FIELD_RE)) {
    const latin = m.indices?.[1];
    const hangul = m.indices?.[2];
    if (latin && m[1]) out.push({ kind: 'name', index: latin[0], text: m[1] });
    const name = hangul && m[2] ? nameOfWord(m[2], true) : null;
    if (hangul && name) out.push({ kind: 'name', index: hangul[0], text: name });
  }
  return out;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Occurrences of names known beforehand (at least two characters, one a letter): a Hangul name not inside a longer
 * word on its left (particles may follow: `홍길동이`), a Latin one as a whole word, any case.
 */
export function findKnownNames(s: string, names: readonly string[]): PersonalDataMatch[] {
  const wanted = [...new Set(names.map((n) => n.trim().replace(/\s+/g, ' ')))].filter((n) => n.length >= 2 && /[A-Za-z가-힣]/.test(n));
  if (wanted.length === 0) return [];
  const alternatives = wanted.sort((a, b) => b.length - a.length).map(escape).join('|');
  const re = new RegExp(String.raw`(?<![가-힣A-Za-z0-9])(?:${alternatives})(?![A-Za-z0-9])`, 'gi');
  return [...s.matchAll(re)].map((m) => ({ kind: 'name' as const, index: m.index, text: m[0] }));
}
