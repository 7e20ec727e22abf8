/**
 * @module commands/surfaces
 * Every term's surface forms compiled into one ordered list of regular expressions: longest first,
 * so that 초미세먼지 wins over 미세먼지 and 소방서장 over 소방; at equal length officials before
 * places (강남구청장 is 강남 + 구청장). Korean forms match with or without the spaces between
 * syllables; English forms on word boundaries and in the plural too. Built once.
 */
import { hasHangul, toJamo } from './hangul.ts';
import { CONCEPT_TERMS } from './lexicon.ts';
import { PLACE_TERMS } from './places.ts';
import type { Sense, Term } from './senses.ts';
import { FIGURE_TERMS } from './vocabulary-figures.ts';
import { PRIORITY_TERMS, VALUE_TERMS } from './vocabulary.ts';

export interface Surface {
  form: string;
  re: RegExp;
  senses: readonly Sense[];
  /** Letters without spaces: the sort key, and the length fuzzy matching compares. */
  compact: string;
  korean: boolean;
  priority: number;
  /** What the text must contain for the form to match at all (a cheap test before the regex): the
   * letters without spaces for a Korean form, the first word for an English one, '' for a regex. */
  probe: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN_BEFORE = '(?<![a-z0-9])';
const LATIN_AFTER = '(?![a-z0-9])';

function pattern(form: string): { source: string; korean: boolean } {
  if (form.startsWith('re:')) return { source: form.slice(3), korean: true };
  const wordStart = form.startsWith('^');
  const body = wordStart ? form.slice(1) : form;
  if (hasHangul(body)) {
    const start = wordStart ? '(?<=^|[\\s\\u2591])' : '';
    // Short words match only as written; from three syllables on, spaces may fall anywhere (초 미세먼지).
    if ([...body.replace(/\s+/g, '')].length <= 2) return { source: start + body.split(/\s+/).map(escape).join('\\s?'), korean: true };
    const chars = [...body.replace(/\s+/g, '')].map(escape);
    return { source: start + chars.join('\\s?'), korean: true };
  }
  const words = body.split(/\s+/).map(escape);
  const plural = /[a-z]$/.test(body) ? '(?:s|es)?' : '';
  return { source: `${LATIN_BEFORE}${words.join('\\s+')}${plural}${LATIN_AFTER}`, korean: false };
}

function compile(terms: readonly Term[], priority: number): Surface[] {
  const out: Surface[] = [];
  for (const term of terms) {
    for (const form of [...term.ko, ...term.en]) {
      const { source, korean } = pattern(form);
      const compact = form.startsWith('re:') ? '' : form.replace(/^\^/, '').replace(/\s+/g, '');
      const probe = form.startsWith('re:') ? '' : korean ? compact : (form.replace(/^\^/, '').split(/\s+/)[0] ?? '');
      out.push({ form, re: new RegExp(source, 'gu'), senses: term.senses, compact, korean, priority, probe });
    }
  }
  return out;
}

/** Surfaces with the same form and the senses of all terms that use it. */
function merge(surfaces: Surface[]): Surface[] {
  const byForm = new Map<string, Surface>();
  for (const s of surfaces) {
    const held = byForm.get(s.form);
    if (!held) byForm.set(s.form, s);
    else byForm.set(s.form, { ...held, senses: [...held.senses, ...s.senses.filter((n) => !held.senses.some((h) => h.kind === n.kind))], priority: Math.max(held.priority, s.priority) });
  }
  return [...byForm.values()];
}

const byLengthThenPriority = (a: Surface, b: Surface): number =>
  b.compact.length - a.compact.length || b.priority - a.priority || (a.form.startsWith('re:') ? 1 : 0) - (b.form.startsWith('re:') ? 1 : 0);

export const SURFACES: readonly Surface[] = merge([
  ...compile(PRIORITY_TERMS, 3),
  ...compile(PLACE_TERMS, 2),
  ...compile(VALUE_TERMS, 1),
  ...compile(FIGURE_TERMS, 1),
  ...compile(CONCEPT_TERMS, 1),
]).sort(byLengthThenPriority);

export interface FuzzyForm {
  senses: readonly Sense[];
  syllables: number;
  jamo: string;
}

/**
 * Korean forms of three syllables or more, for fuzzy matching, indexed by the form with one
 * syllable blanked: a window one letter away from a form of the same length differs from it in one
 * syllable at most, so it shares one of these keys.
 */
export const FUZZY_KO: ReadonlyMap<string, readonly FuzzyForm[]> = (() => {
  const index = new Map<string, FuzzyForm[]>();
  for (const s of SURFACES) {
    const chars = [...s.compact];
    if (!s.korean || chars.length < 3 || s.form.startsWith('re:')) continue;
    const form: FuzzyForm = { senses: s.senses, syllables: chars.length, jamo: toJamo(s.compact) };
    for (const key of blankedKeys(chars)) index.set(key, [...(index.get(key) ?? []), form]);
  }
  return index;
})();

/** '강남구' → '*남구', '강*구', '강남*'. */
export function blankedKeys(chars: readonly string[]): string[] {
  return chars.map((_, i) => chars.map((c, j) => (i === j ? '*' : c)).join(''));
}

/** English words of four letters or more, for fuzzy matching. */
export const FUZZY_EN = SURFACES.filter((s) => !s.korean && /^[a-z]{4,}$/.test(s.form));
