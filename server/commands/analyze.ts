/**
 * @module commands/analyze
 * An utterance taken apart: periods first (they hold numbers and the words 지난/last), then counts
 * and zoom levels, then every known word and name (longest first), then fuzzy matches for what is
 * left (transcription slips such as 강난구, 실엄률, safty); what is negated (미세먼지 말고 …) is dropped,
 * and what remains is weighed as unknown.
 * Patterns go through the same analysis, with `{district}`-style placeholders standing for slots.
 */
import { hasHangul, levenshtein, toJamo } from './hangul.ts';
import { unknownWeight } from './morphology.ts';
import { dropNegated } from './negation.ts';
import { consume, CONSUMED, normalize } from './normalize.ts';
import { ENGLISH_WORDS, NATIVE_WORDS, numberWord, SINO_PATTERN } from './numbers.ts';
import { findPeriods } from './periods.ts';
import { isSlotKind, type Kind, type Sense } from './senses.ts';
import { blankedKeys, FUZZY_EN, FUZZY_KO, SURFACES } from './surfaces.ts';

export interface Mark {
  start: number;
  text: string;
  senses: readonly Sense[];
  /** 1 for an exact match, less for a fuzzy one. */
  score: number;
}

export interface Analysis {
  marks: Mark[];
  /** Leftover words that are not function words, with their weights. */
  unknown: Array<{ word: string; weight: number }>;
  lang: 'ko' | 'en';
}

const NUMBER_RULES: ReadonlyArray<{ re: RegExp; kind: 'count' | 'level' }> = [
  { re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}|${NATIVE_WORDS})\\s?(?:개|대|곳|군데|채널)(?![년월])`, 'gu'), kind: 'count' },
  { re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}|${NATIVE_WORDS}|${SINO_PATTERN})\\s?(?:단계|레벨|배)`, 'gu'), kind: 'level' },
  { re: /레벨\s?(\d{1,2})/gu, kind: 'level' },
  { re: new RegExp(`(?<![a-z0-9])(\\d{1,2}|${ENGLISH_WORDS})(?=\\s+(?:(?:live|cctv|nearest|closest|more)\\s+)?(?:cameras?|cams?|feeds?|videos?|cctvs?)(?![a-z]))`, 'gu'), kind: 'count' },
  { re: new RegExp(`(?<![a-z0-9])top\\s+(\\d{1,2}|${ENGLISH_WORDS})(?![a-z0-9])`, 'gu'), kind: 'count' },
  { re: new RegExp(`(?<![a-z0-9])(\\d{1,2}|${ENGLISH_WORDS})\\s+(?:levels?|steps?|times)(?![a-z])`, 'gu'), kind: 'level' },
  { re: /(?<![a-z0-9])level\s+(\d{1,2})(?![a-z0-9])/gu, kind: 'level' },
];

interface Work {
  text: string;
  marks: Mark[];
}

function take(w: Work, re: RegExp, make: (m: RegExpExecArray) => Sense[] | null): void {
  re.lastIndex = 0;
  for (let m = re.exec(w.text); m !== null; m = re.exec(w.text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const senses = make(m);
    if (senses === null) continue;
    w.marks.push({ start: m.index, text: m[0], senses, score: 1 });
    w.text = consume(w.text, m.index, m.index + m[0].length);
  }
}

/** Pattern text with `{kind}` placeholders: each becomes a consumed mark of that kind. */
function placeholders(raw: string): Work {
  const marks: Mark[] = [];
  let text = '';
  for (const [i, part] of raw.split(/(\{[a-z]+\})/).entries()) {
    if (i % 2 === 0) {
      text += ` ${normalize(part)} `;
      continue;
    }
    const kind = part.slice(1, -1) as Kind;
    if (!isSlotKind(kind)) throw new Error(`unknown placeholder ${part} in pattern "${raw}"`);
    marks.push({ start: text.length, text: part, senses: [{ kind }], score: 1 });
    text += CONSUMED;
  }
  return { text: text.replace(/ +/g, ' '), marks };
}

function fuzzyKorean(word: string): { mark: Omit<Mark, 'start'>; rest: string } | null {
  const chars = [...word];
  let best: { at: number; len: number; d: number; senses: readonly Sense[] } | null = null;
  for (let len = chars.length; len >= 3 && best === null; len--) {
    for (let at = 0; at + len <= chars.length; at++) {
      const window = chars.slice(at, at + len);
      const jamo = toJamo(window.join(''));
      for (const key of blankedKeys(window)) {
        for (const f of FUZZY_KO.get(key) ?? []) {
          const d = levenshtein(jamo, f.jamo, 1);
          if (d <= 1 && (best === null || d < best.d)) best = { at, len, d, senses: f.senses };
        }
      }
    }
  }
  if (!best) return null;
  const { at, len, d, senses } = best;
  const rest = chars.slice(0, at).join('') + ' ' + chars.slice(at + len).join('');
  return { mark: { text: chars.slice(at, at + len).join(''), senses, score: d === 0 ? 1 : 0.85 }, rest };
}

function fuzzyEnglish(word: string): Omit<Mark, 'start'> | null {
  if (!/^[a-z]{4,}$/.test(word)) return null;
  const max = word.length >= 8 ? 2 : 1;
  let best: { d: number; senses: readonly Sense[] } | null = null;
  for (const s of FUZZY_EN) {
    const d = Math.min(levenshtein(word, s.form, max), levenshtein(word, `${s.form}s`, max));
    if (d <= max && (!best || d < best.d)) best = { d, senses: s.senses };
  }
  return best ? { text: word, senses: best.senses, score: best.d === 1 ? 0.85 : 0.75 } : null;
}

function leftovers(w: Work): Analysis['unknown'] {
  const unknown: Analysis['unknown'] = [];
  const words = w.text.split(/[\s\u2591]+/).filter((s) => s.length > 0);
  for (const word of words) {
    if (unknownWeight(word) === 0) continue;
    const start = w.text.indexOf(word);
    if (hasHangul(word)) {
      const found = fuzzyKorean(word);
      if (found) {
        w.marks.push({ ...found.mark, start });
        for (const part of found.rest.split(' ')) if (unknownWeight(part) > 0) unknown.push({ word: part, weight: unknownWeight(part) });
        continue;
      }
    } else {
      const found = fuzzyEnglish(word);
      if (found) {
        w.marks.push({ ...found, start });
        continue;
      }
    }
    unknown.push({ word, weight: unknownWeight(word) });
  }
  return unknown;
}

export function analyze(input: string, now: Date, opts: { placeholders?: boolean } = {}): Analysis {
  const w: Work = opts.placeholders ? placeholders(input) : { text: normalize(input), marks: [] };
  const periods = findPeriods(w.text, now);
  for (const p of periods.spans) w.marks.push({ start: p.start, text: w.text.slice(p.start, p.end), senses: [{ kind: 'period', value: [p.range.from, p.range.to] }], score: 1 });
  w.text = periods.text;
  for (const r of NUMBER_RULES) {
    take(w, r.re, (m) => {
      const n = numberWord(m[1] ?? '');
      return n === null || n < 1 ? null : [{ kind: r.kind, value: n }];
    });
  }
  let compact = w.text.replace(/\s+/g, '');
  for (const s of SURFACES) {
    if (!(s.korean ? compact : w.text).includes(s.probe)) continue;
    const before = w.marks.length;
    take(w, s.re, () => [...s.senses]);
    if (w.marks.length !== before) compact = w.text.replace(/\s+/g, '');
  }
  const negated = dropNegated(w.text, w.marks);
  w.text = negated.text;
  w.marks = negated.marks;
  const unknown = leftovers(w);
  return { marks: w.marks.sort((a, b) => a.start - b.start), unknown, lang: hasHangul(input) ? 'ko' : 'en' };
}
