/**
 * @module wall/state/incident-summary
 * The figures above the incident list: the share of fire arrivals within the travel-time target
 * (Korea's 7-minute golden time) against the city's goal, the median travel time, and the incidents
 * open now — for the city, or for one gu on a district head's wall (the city's KPIs stand in, and
 * say so, until the gu's arrive). Pure.
 */
import type { Language } from '../../../server/contracts/index.ts';
import { PALETTE } from './colors.ts';
import { durationText, numberText, t } from './i18n.ts';
import { kpiOf, openCounts } from './incidents.ts';
import type { WallState } from './wall-state.ts';

export interface SummaryCell {
  caption: string;
  value: string;
  valueColor?: number;
  detail: string;
}

const pct = (share: number): string => `${Math.round(share * 100)}%`;

export function incidentSummary(state: WallState, lang: Language, district: string | null): SummaryCell[] {
  const own = district ? kpiOf(state, 'fire', district) : null;
  const fire = own ?? kpiOf(state, 'fire', 'city');
  const police = (district ? kpiOf(state, 'police', district) : null) ?? kpiOf(state, 'police', 'city');
  const cityWide = district !== null && own === null && fire !== null ? (lang === 'ko' ? ' (서울 전체)' : ' (city)') : '';
  const min = Math.round((fire?.targetS ?? 420) / 60);
  const share = fire?.shareWithinTarget ?? null;
  const counts = openCounts(state, district);
  const arrivals: SummaryCell = {
    caption: (lang === 'ko' ? `119 ${min}분 내 도착` : `119 arrivals ≤ ${min} min`) + cityWide,
    value: share === null ? '—' : pct(share),
    detail: fire ? `${t(lang, 'goal')} ${pct(fire.goalShare)} · ${lang === 'ko' ? `도착 ${numberText(lang, fire.arrived)}건` : `${numberText(lang, fire.arrived)} arrivals`}` : t(lang, 'awaiting'),
  };
  if (share !== null && fire) arrivals.valueColor = share >= fire.goalShare ? PALETTE.ok : PALETTE.stale;
  const travel: SummaryCell = {
    caption: `119 ${t(lang, 'medianTravel')}${cityWide}`,
    value: fire?.medianTravelS != null ? durationText(lang, fire.medianTravelS) : '—',
    detail: [
      fire?.p90TravelS != null ? `p90 ${durationText(lang, fire.p90TravelS)}` : '',
      police?.medianTravelS != null ? `112 ${durationText(lang, police.medianTravelS)}` : '',
    ].filter(Boolean).join(' · ') || '—',
  };
  const open: SummaryCell = {
    caption: t(lang, 'openIncidents'),
    value: state.incidentsAt === null ? '—' : numberText(lang, counts.total),
    valueColor: counts.late > 0 ? PALETTE.stale : PALETTE.text,
    detail: `119 ${counts.fire} · 112 ${counts.police}${counts.late > 0 ? ` · ${t(lang, 'late')} ${counts.late}` : ''}`,
  };
  return [arrivals, travel, open];
}
