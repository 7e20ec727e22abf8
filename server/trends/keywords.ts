/**
 * @module trends/keywords
 * Pure: the words and two-word phrases of a Korean or English text.
 *   clauses   the text is cut at sentence and clause punctuation (. , ! ? ; : brackets quotes · / # @ line breaks …);
 *             a phrase never spans a cut
 *   tokens    Hangul runs (with digits inside, 역삼1동), Latin words (late-night, PM2.5, city's), numbers
 *   words     Korean tokens through `koreanStem` (particles and verb endings stripped, two syllables or more), Latin
 *             ones through `englishStem` (lowercase, singular), numbers and stopwords dropped
 *   bigrams   two words next to each other, nothing but spaces between them (불법 주정차, 미세먼지 저감, air quality);
 *             a dropped token between two words breaks the pair
 * Which bigrams are phrases worth counting is decided over many texts by `selectPhrases` (PMI and a minimum count).
 */
import { englishStem } from './english.ts';
import { koreanStem } from './korean.ts';

export interface Extracted {
  /** Words in text order, repeats kept. */
  words: string[];
  /** Adjacent word pairs `a b`, in text order. */
  bigrams: string[];
}

const CLAUSE_BREAK = /(?:[!?…。,，;:()[\]{}"“”‘「」『』<>|/\\·•‧∙#@~=+*^_\n\r\t]|(?<!\d)\.|\.(?!\d))+|\s[-–—]+\s/;
const TOKEN = /[가-힣]+(?:\d+[가-힣]+)*|\d+[가-힣]+(?:\d+[가-힣]+)*|[A-Za-z][A-Za-z0-9]*(?:(?:['’-]|\.(?=\d))[A-Za-z0-9]+)*|\d+(?:[.,]\d+)*/g;
const MAX_WORD = 30;

const stemOf = (token: string): string | null => {
  const s = /^[A-Za-z]/.test(token) ? englishStem(token) : /[가-힣]/.test(token) ? koreanStem(token) : null;
  return s !== null && s.length <= MAX_WORD ? s : null;
};

/** The words of one clause, null where a token was dropped or something other than spaces separates two tokens. */
const clauseWords = (clause: string): (string | null)[] => {
  const out: (string | null)[] = [];
  let end = 0;
  for (const m of clause.matchAll(TOKEN)) {
    if (out.length > 0 && clause.slice(end, m.index).trim() !== '') out.push(null);
    out.push(stemOf(m[0]));
    end = m.index + m[0].length;
  }
  return out;
};

export const extractTerms = (text: string): Extracted => {
  const words: string[] = [];
  const bigrams: string[] = [];
  for (const clause of text.split(CLAUSE_BREAK)) {
    const seq = clauseWords(clause);
    for (let i = 0; i < seq.length; i++) {
      const w = seq[i];
      if (w === null || w === undefined) continue;
      words.push(w);
      const next = seq[i + 1];
      if (next !== null && next !== undefined && next !== w) bigrams.push(`${w} ${next}`);
    }
  }
  return { words, bigrams };
};

export interface TermSets {
  words: ReadonlySet<string>;
  bigrams: ReadonlySet<string>;
}

export interface PhraseOptions {
  /** Texts a phrase must appear in (default 2). */
  minCount?: number;
  /** Pointwise mutual information, bits, of the two words over the texts (default 1). */
  minPmi?: number;
}

/**
 * The bigrams that are phrases: in at least `minCount` texts, and whose words occur together at least 2^minPmi
 * times as often as chance would have them: log2(df(ab) · N / (df(a) · df(b))) ≥ minPmi, df counting texts.
 */
export const selectPhrases = (docs: readonly TermSets[], o: PhraseOptions = {}): Set<string> => {
  const minCount = o.minCount ?? 2;
  const minPmi = o.minPmi ?? 1;
  const df = new Map<string, number>();
  const bf = new Map<string, number>();
  for (const d of docs) {
    for (const w of d.words) df.set(w, (df.get(w) ?? 0) + 1);
    for (const b of d.bigrams) bf.set(b, (bf.get(b) ?? 0) + 1);
  }
  const n = docs.length;
  const out = new Set<string>();
  for (const [b, count] of bf) {
    if (count < minCount) continue;
    const [x, y] = b.split(' ') as [string, string];
    const pmi = Math.log2((count * n) / ((df.get(x) ?? count) * (df.get(y) ?? count)));
    if (pmi >= minPmi) out.add(b);
  }
  return out;
};

/** The distinct words and bigrams of a text. */
export const termSetsOf = (text: string): TermSets => {
  const { words, bigrams } = extractTerms(text);
  return { words: new Set(words), bigrams: new Set(bigrams) };
};

/** The normalized words of some names (place names, say), for `trendingTerms`'s `exclude`. */
export const wordsOfNames = (names: Iterable<string>): Set<string> => {
  const out = new Set<string>();
  for (const n of names) for (const w of extractTerms(n).words) out.add(w);
  return out;
};
