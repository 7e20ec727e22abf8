/**
 * @module wall/state/opinion-provenance
 * Where the citizen-opinion figures come from: the complaint sources named by the feed's ids (120
 * Dasan, each Open311 system), the news and social connectors named by the trend terms' items, and
 * the participation connector; SYNTHETIC when the catalogue says so or the record itself does. Pure.
 */
import type { ComplaintFeedItem, TrendTerm } from '../../../server/contracts/index.ts';
import { complaintSource } from './complaints.ts';
import { t } from './i18n.ts';
import { PARTICIPATION_SOURCE, type WallParticipationBoard } from './participation.ts';
import { provenanceOf, type Provenance } from './provenance.ts';
import { trendSources } from './trends.ts';
import type { WallState } from './wall-state.ts';

/** One entry per source, or one naming the kind of source while none is known. */
function perSource(state: WallState, sources: readonly string[], asOf: string | null, fallback: { id: string; name: string }, now: number): Provenance[] {
  if (sources.length === 0) return [{ ...provenanceOf(state, fallback.id, asOf, now), source: fallback.name }];
  return sources.map((id) => provenanceOf(state, id, asOf, now));
}

/** The sources of the feed's complaints (of the items shown, else of the whole feed). */
export function complaintProvenance(state: WallState, items: readonly ComplaintFeedItem[], asOf: string | null, now: number): Provenance[] {
  const from = items.length > 0 ? items : state.complaints;
  const sources = [...new Set(from.map((c) => complaintSource(c.id)))].filter(Boolean).sort();
  return perSource(state, sources, asOf, { id: 'complaints', name: t(state.language, 'complaintSources') }, now);
}

/** KPIs and rising issues are computed from every complaint source: named by the feed's. */
export const complaintKpiProvenance = (state: WallState, asOf: string | null, now: number): Provenance[] => complaintProvenance(state, [], asOf, now);

export function trendProvenance(state: WallState, terms: readonly TrendTerm[], now: number): Provenance[] {
  const all = state.trends ? [...state.trends.terms, ...Object.values(state.trends.byDistrict).flat()] : [];
  return perSource(state, trendSources(terms.length > 0 ? terms : all), state.trendsAt, { id: 'media', name: t(state.language, 'mediaSources') }, now);
}

export function participationProvenance(state: WallState, board: WallParticipationBoard | null, now: number): Provenance {
  const p = provenanceOf(state, PARTICIPATION_SOURCE, board?.asOf ?? null, now);
  const generated = board !== null && (board.proposals.some((x) => x.synthetic) || board.polls.some((x) => x.synthetic));
  return { ...p, synthetic: p.synthetic || generated };
}
