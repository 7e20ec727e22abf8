/**
 * @module wall/state/trends
 * What the city is talking about: the trend board of the day (news and social items, terms counted
 * against their own baseline), city-wide or for one gu. Pure.
 */
import { channels, type TrendBoard, type TrendTerm } from '../../../server/contracts/index.ts';

/** The trend board's live channel (a TrendBoard). */
export const TRENDS_CHANNEL = channels.trends();

/** The terms of the city, or of one gu (that gu's own list, against its own baseline). */
export function termsOf(board: TrendBoard | null, district: string | null): TrendTerm[] {
  if (!board) return [];
  return district ? (board.byDistrict[district] ?? []) : board.terms;
}

/** Rising terms first, then by how far they stand above their baseline, then by count. */
export function rankedTerms(board: TrendBoard | null, district: string | null, limit: number): TrendTerm[] {
  return [...termsOf(board, district)]
    .filter((term) => term.count > 0)
    .sort((a, b) => Number(b.rising) - Number(a.rising) || b.score - a.score || b.count - a.count || a.term.localeCompare(b.term))
    .slice(0, limit);
}

/** The connectors the terms' items came from (`news-feed`, `social-sim`), in a stable order. */
export const trendSources = (terms: readonly TrendTerm[]): string[] =>
  [...new Set(terms.flatMap((term) => term.items.map((id) => id.slice(0, id.indexOf(':')))))].filter(Boolean).sort();
