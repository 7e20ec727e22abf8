/**
 * @module trends/english
 * Pure: an English token to its normalized form, or null. Lowercase, possessive `'s` dropped, stopwords out,
 * at least two letters, numbers out; plural nouns to the singular by light rules (potholes → pothole, cities →
 * city, buses → bus, boxes → box), with the words those rules would break left alone (news, bus, gas, series).
 */
import { ENGLISH_STOPWORDS } from './stopwords.ts';

const KEEP: ReadonlySet<string> = new Set(['news', 'bus', 'gas', 'series', 'species', 'lens', 'physics', 'politics', 'economics', 'always', 'perhaps', 'various', 'previous', 'status', 'campus', 'bonus', 'census', 'virus', 'crisis', 'analysis', 'basis', 'thesis', 'chaos', 'yes', 'its', 'this', 'was', 'has', 'does', 'across', 'plus', 'minus', 'mass', 'pass', 'glass', 'class', 'less', 'access', 'address', 'business', 'process', 'progress', 'congress', 'express', 'stress', 'dress']);
const IRREGULAR: Readonly<Record<string, string>> = { buses: 'bus', busses: 'bus', gases: 'gas', children: 'child', people: 'people', women: 'woman', men: 'man', feet: 'foot', mice: 'mouse', crises: 'crisis', analyses: 'analysis', viruses: 'virus', statuses: 'status', campuses: 'campus' };

/** Plural → singular, lightly. */
export const singular = (w: string): string => {
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (w.length <= 3 || KEEP.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:sses|ches|shes|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|ous)$/.test(w)) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
};

/** An English token → its normalized form, or null. */
export const englishStem = (token: string): string | null => {
  const w = token.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, '');
  if (!/[a-z]/.test(w) || /^[0-9.,]+$/.test(w)) return null;
  if (ENGLISH_STOPWORDS.has(w)) return null;
  const s = singular(w);
  if (s.replace(/[^a-z]/g, '').length < 2 || ENGLISH_STOPWORDS.has(s)) return null;
  return s;
};
