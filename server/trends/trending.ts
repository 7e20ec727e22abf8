/**
 * @module trends/trending
 * Pure: the trend board of one day from media items. Each item counts once per term (its title and text are
 * read together), on its day in Seoul (KST). A term's count on the day is set against its own baseline, the mean
 * items a day that mentioned it over the `baselineDays` days before:
 *   score  = (count − baseline) / √(baseline + 1)
 *   rising = count ≥ minCount, count ≥ risingRatio × baseline, score ≥ risingScore   (defaults 3, 2, 3)
 * Terms below `minCount` items on the day are left out (per gu: `districtMinCount`, default 2); the rest are ranked
 * by score, then count, then term, and the first `top` (default 20; per gu `districtTop`, default 5) kept.
 * Phrases are the bigrams `selectPhrases` keeps over the whole window (the day and its baseline days); a word that
 * nearly always appears inside a listed phrase of the day (its count ≤ phrase count / subsumeRatio) gives its place
 * to the phrase. Per gu, the same over the items that mention that gu, against that gu's own baseline.
 */
import type { Language } from '../contracts/layout.ts';
import type { MediaItem, TrendBoard, TrendTerm } from '../contracts/trend.ts';
import { selectPhrases, termSetsOf, type TermSets } from './keywords.ts';
import { findPersonalData, PLACEHOLDERS, redactText } from '../privacy/index.ts';

export type TrendItem = Pick<MediaItem, 'id' | 'title' | 'text' | 'language' | 'districts' | 'publishedAt'>;

export interface TrendOptions {
  /** `YYYY-MM-DD`, a day in Seoul. */
  day: string;
  baselineDays?: number;
  top?: number;
  minCount?: number;
  districtTop?: number;
  districtMinCount?: number;
  minPhraseCount?: number;
  minPmi?: number;
  risingRatio?: number;
  risingScore?: number;
  subsumeRatio?: number;
  /** Normalized words to leave out, with the phrases that hold them (e.g. place names: `byDistrict` says where). */
  exclude?: ReadonlySet<string>;
}

export class TrendOptionsError extends Error {
  override name = 'TrendOptionsError';
}

const DAY_MS = 86_400_000;
const KST_MS = 9 * 3_600_000;

/** The day in Seoul of an ISO time. */
export const kstDayOf = (iso: string): string => new Date(Date.parse(iso) + KST_MS).toISOString().slice(0, 10);

interface Doc {
  item: TrendItem;
  /** 0 on the day, 1 … baselineDays before it. */
  offset: number;
  at: number;
  terms: TermSets;
}

interface Settings {
  baselineDays: number;
  risingRatio: number;
  risingScore: number;
  subsumeRatio: number;
}

const checkDay = (day: string): number => {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== day) throw new TrendOptionsError(`day must be a date YYYY-MM-DD: ${day}`);
  return ms;
};

const checkCount = (name: string, v: number, min: number): number => {
  if (!Number.isInteger(v) || v < min) throw new TrendOptionsError(`${name} must be an integer ≥ ${min}: ${v}`);
  return v;
};

const without = (terms: TermSets, exclude: ReadonlySet<string> | undefined): TermSets => {
  if (exclude === undefined || exclude.size === 0) return terms;
  return {
    words: new Set([...terms.words].filter((w) => !exclude.has(w))),
    bigrams: new Set([...terms.bigrams].filter((b) => !b.split(' ').some((w) => exclude.has(w)))),
  };
};

const PLACEHOLDER_TEXTS = Object.values(PLACEHOLDERS).filter((p) => p !== '');

/** The words of an item with its personal data taken out first, so that none of it can become a term. */
const wordsOf = (item: TrendItem): string => PLACEHOLDER_TEXTS.reduce((s, p) => s.replaceAll(p, ' '), redactText(`${item.title ?? ''}\n${item.text}`));

const docsOf = (items: readonly TrendItem[], dayMs: number, baselineDays: number, exclude?: ReadonlySet<string>): Doc[] => {
  const seen = new Set<string>();
  const docs: Doc[] = [];
  for (const item of items) {
    const at = Date.parse(item.publishedAt);
    if (seen.has(item.id) || !Number.isFinite(at)) continue;
    const offset = Math.round((dayMs - Date.parse(`${kstDayOf(item.publishedAt)}T00:00:00Z`)) / DAY_MS);
    if (offset < 0 || offset > baselineDays) continue;
    seen.add(item.id);
    docs.push({ item, offset, at, terms: without(termSetsOf(wordsOf(item)), exclude) });
  }
  return docs;
};

interface Tally {
  term: string;
  language: Language;
  phrase: boolean;
  day: Doc[];
  before: number;
}

const tally = (docs: readonly Doc[], phrases: ReadonlySet<string>): Map<string, Tally> => {
  const out = new Map<string, Tally>();
  for (const d of docs) {
    const terms = [...[...d.terms.words].map((t) => [t, false] as const), ...[...d.terms.bigrams].filter((b) => phrases.has(b)).map((t) => [t, true] as const)];
    for (const [term, phrase] of terms) {
      const key = `${d.item.language}\u0000${term}`;
      const t = out.get(key) ?? { term, language: d.item.language, phrase, day: [], before: 0 };
      if (d.offset === 0) t.day.push(d);
      else t.before++;
      out.set(key, t);
    }
  }
  return out;
};

const districtsOf = (docs: readonly Doc[]): string[] => {
  const n = new Map<string, number>();
  for (const d of docs) for (const g of d.item.districts) n.set(g, (n.get(g) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([g]) => g);
};

const termOf = (t: Tally, s: Settings, minCount: number): TrendTerm => {
  const count = t.day.length;
  const baseline = s.baselineDays === 0 ? 0 : t.before / s.baselineDays;
  const score = (count - baseline) / Math.sqrt(baseline + 1);
  const items = [...t.day].sort((a, b) => b.at - a.at || a.item.id.localeCompare(b.item.id)).map((d) => d.item.id);
  const rising = count >= minCount && count >= s.risingRatio * baseline && score >= s.risingScore;
  return { term: t.term, language: t.language, phrase: t.phrase, count, baseline: Math.round(baseline * 1000) / 1000, score: Math.round(score * 1000) / 1000, rising, items, districts: districtsOf(t.day) };
};

/** Words that a listed phrase of theirs nearly always carries give way to the phrase. */
const withoutSubsumed = (terms: TrendTerm[], ratio: number): TrendTerm[] => {
  const phrases = terms.filter((t) => t.phrase);
  return terms.filter((t) => t.phrase || !phrases.some((p) => p.language === t.language && p.term.split(' ').includes(t.term) && p.count >= ratio * t.count));
};

/**
 * A term the public board may carry: nothing server/privacy takes for personal data. (Items are redacted
 * before their words are counted, so names by context, phone numbers and e-mail addresses never get here.)
 */
export const publishableTerm = (term: string): boolean => findPersonalData(term).length === 0;

const rank = (docs: readonly Doc[], phrases: ReadonlySet<string>, s: Settings, top: number, minCount: number): TrendTerm[] => {
  const candidates = [...tally(docs, phrases).values()].filter((t) => t.day.length >= minCount).map((t) => termOf(t, s, minCount)).filter((t) => publishableTerm(t.term));
  return withoutSubsumed(candidates, s.subsumeRatio)
    .sort((a, b) => b.score - a.score || b.count - a.count || a.term.localeCompare(b.term) || a.language.localeCompare(b.language))
    .slice(0, top);
};

/** The trend board of `o.day` from items of that day and the days before it (others are ignored). */
export const trendingTerms = (items: readonly TrendItem[], o: TrendOptions): TrendBoard => {
  const dayMs = checkDay(o.day);
  const s: Settings = {
    baselineDays: checkCount('baselineDays', o.baselineDays ?? 7, 0),
    risingRatio: o.risingRatio ?? 2,
    risingScore: o.risingScore ?? 3,
    subsumeRatio: o.subsumeRatio ?? 0.8,
  };
  const top = checkCount('top', o.top ?? 20, 1);
  const minCount = checkCount('minCount', o.minCount ?? 3, 1);
  const districtTop = checkCount('districtTop', o.districtTop ?? 5, 1);
  const districtMinCount = checkCount('districtMinCount', o.districtMinCount ?? 2, 1);
  const docs = docsOf(items, dayMs, s.baselineDays, o.exclude);
  const phrases = selectPhrases(docs.map((d) => d.terms), { minCount: o.minPhraseCount ?? 2, minPmi: o.minPmi ?? 1 });
  const today = docs.filter((d) => d.offset === 0);
  const byDistrict: Record<string, TrendTerm[]> = {};
  for (const g of districtsOf(today).sort()) {
    const local = docs.filter((d) => d.item.districts.includes(g));
    byDistrict[g] = rank(local, phrases, s, districtTop, districtMinCount);
  }
  return { day: o.day, baselineDays: s.baselineDays, itemCount: today.length, terms: rank(docs, phrases, s, top, minCount), byDistrict };
};
