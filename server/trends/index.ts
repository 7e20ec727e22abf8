/**
 * @module trends
 * Media and social trends: keyword and phrase extraction for Korean and English, and the day's trend board.
 */
export { extractTerms, selectPhrases, termSetsOf, wordsOfNames, type Extracted, type PhraseOptions, type TermSets } from './keywords.ts';
export { koreanStem, PROTECTED_SUFFIXES, PROTECTED_WORDS } from './korean.ts';
export { englishStem, singular } from './english.ts';
export { KOREAN_STOPWORDS, ENGLISH_STOPWORDS } from './stopwords.ts';
export { kstDayOf, trendingTerms, TrendOptionsError, type TrendItem, type TrendOptions } from './trending.ts';
