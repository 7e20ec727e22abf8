/**
 * @module wall/commands/compare
 * The figures of 2–4 gu side by side, from what the wall already holds: the air index and its grade,
 * fine dust, open incidents, open complaints and the share answered on time, residents, the city
 * score. A figure no gu has is left out; a gu without it shows "—". Pure.
 */
import type { Language } from '../../../server/contracts/index.ts';
import { ready } from '../state/admin-indicators.ts';
import { latestScore, scoreColor, scoreText } from '../state/admin-score.ts';
import { GRADE_COLORS } from '../state/colors.ts';
import { complaintKpiOf } from '../state/complaints.ts';
import { GRADE_LABELS, numberText, percentText } from '../state/i18n.ts';
import { openCounts } from '../state/incidents.ts';
import type { WallState } from '../state/wall-state.ts';
import { placeName, type MapPlaces } from './places.ts';

export interface CompareCell {
  text: string;
  color: number | null;
}

export interface CompareRow {
  key: string;
  label: string;
  cells: CompareCell[];
}

export interface CompareTable {
  districts: Array<{ code: string; name: string }>;
  rows: CompareRow[];
}

type Figure = (code: string) => CompareCell | null;

const cell = (text: string, color: number | null = null): CompareCell => ({ text, color });

function figures(state: WallState, places: MapPlaces, lang: Language): Array<[key: string, label: { ko: string; en: string }, Figure]> {
  return [
    ['cai', { ko: '통합대기환경지수', en: 'Air quality index' }, (code) => {
      const a = state.air.get(code);
      if (!a || a.cai === null) return null;
      return cell(a.grade ? `${a.cai} · ${GRADE_LABELS[a.grade][lang]}` : String(a.cai), a.grade ? GRADE_COLORS[a.grade] : null);
    }],
    ['pm25', { ko: '초미세먼지 (㎍/㎥)', en: 'PM2.5 (µg/m³)' }, (code) => {
      const v = state.air.get(code)?.values.pm25;
      return v === undefined || v === null ? null : cell(String(Math.round(v)));
    }],
    ['incidents', { ko: '진행 중인 사건·사고', en: 'Open incidents' }, (code) => (state.incidentsAt === null ? null : cell(numberText(lang, openCounts(state, code).total)))],
    ['complaints', { ko: '미처리 민원', en: 'Open complaints' }, (code) => {
      const k = complaintKpiOf(state, code);
      return k ? cell(numberText(lang, k.open)) : null;
    }],
    ['onTime', { ko: '기한 내 답변', en: 'Answered on time' }, (code) => {
      const share = complaintKpiOf(state, code)?.shareWithinSla;
      return share === undefined || share === null ? null : cell(percentText(share));
    }],
    ['population', { ko: '인구', en: 'Residents' }, (code) => {
      const p = places.districts.get(code)?.population;
      return p === undefined ? null : cell(numberText(lang, p));
    }],
    ['score', { ko: '도시 점수', en: 'City score' }, (code) => {
      const r = latestScore(ready(state.districtScores.get(code)));
      return r ? cell(scoreText(r.score), scoreColor(r.score)) : null;
    }],
  ];
}

/** The table of the gu compared, or null when none are. */
export function compareTable(state: WallState, places: MapPlaces, lang: Language): CompareTable | null {
  const codes = state.compare;
  if (!codes || codes.length === 0) return null;
  const rows: CompareRow[] = [];
  for (const [key, label, figure] of figures(state, places, lang)) {
    const cells = codes.map(figure);
    if (cells.every((c) => c === null)) continue;
    rows.push({ key, label: label[lang], cells: cells.map((c) => c ?? cell('—')) });
  }
  return { districts: codes.map((code) => ({ code, name: placeName(places, code, lang) })), rows };
}
