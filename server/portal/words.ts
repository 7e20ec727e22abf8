/**
 * @module portal/words
 * The portal's words in Korean and English (the wall's wording), and the formats of numbers and
 * times in Seoul time. Pure.
 */
import { CAI_GRADE_NAMES, type AirMetric, type Language, type SourceStatus } from '../contracts/index.ts';

const WORDS = {
  platform: { ko: '서울 스마트 시티 플랫폼', en: 'Seoul Smart City Platform' },
  title: { ko: '서울 시민 공개 현황', en: 'Seoul public dashboard' },
  wallTitle: { ko: '실시간 상황판 (시민 공개)', en: 'Live city wall (public)' },
  intro: {
    ko: '시장이 보는 것과 같은 도시 현황을 모든 시민에게 공개합니다. 공개 정책이 허용하는 자료만 표시합니다.',
    en: 'The same view of the city as the mayor’s, open to every citizen. Only what the publication policy allows is shown.',
  },
  skip: { ko: '본문 바로가기', en: 'Skip to main content' },
  language: { ko: '언어', en: 'Language' },
  pages: { ko: '공개 화면', en: 'Public pages' },
  overview: { ko: '현황 표', en: 'Dashboard' },
  liveWall: { ko: '실시간 상황판', en: 'Live wall' },
  wallFull: { ko: '상황판 전체 화면으로 열기', en: 'Open the wall full screen' },
  wallFrame: { ko: '서울 실시간 상황판 (캔버스)', en: 'Seoul live city wall (canvas)' },
  wallText: {
    ko: '아래 표는 상황판과 같은 수치를 글과 표로 제공합니다 (화면 낭독기와 키보드 사용자용).',
    en: 'The tables below give the same figures as the wall in text, for screen readers and keyboards.',
  },
  updated: { ko: '마지막 갱신', en: 'Last updated' },
  reload: { ko: '새로 고침', en: 'Reload' },
  glance: { ko: '서울 한눈에 보기', en: 'Seoul at a glance' },
  population: { ko: '인구', en: 'Population' },
  registration: { ko: '주민등록', en: 'resident registration' },
  people: { ko: '명', en: 'people' },
  male: { ko: '남', en: 'male' },
  female: { ko: '여', en: 'female' },
  aged65: { ko: '65세 이상', en: 'aged 65+' },
  airNow: { ko: '대기질 (서울 평균 통합대기환경지수)', en: 'Air quality (city mean CAI)' },
  gradeCounts: { ko: '등급별 자치구 수', en: 'Districts per grade' },
  worst: { ko: '가장 나쁨', en: 'worst' },
  systems: { ko: '연계 시스템', en: 'Integrated systems' },
  systemsHealthy: { ko: '정상 / 전체', en: 'healthy / total' },
  districtsTitle: { ko: '자치구별 대기질', en: 'Air quality by district' },
  districtsCaption: { ko: '서울 25개 자치구의 통합대기환경지수와 주요 오염물질', en: 'CAI and main pollutants of Seoul’s 25 districts' },
  district: { ko: '자치구', en: 'District' },
  cai: { ko: '통합대기환경지수', en: 'CAI' },
  grade: { ko: '등급', en: 'Grade' },
  dominant: { ko: '주오염물질', en: 'Dominant pollutant' },
  pm10: { ko: '미세먼지 PM10 (㎍/㎥)', en: 'PM10 (µg/m³)' },
  pm25: { ko: '초미세먼지 PM2.5 (㎍/㎥)', en: 'PM2.5 (µg/m³)' },
  asOf: { ko: '기준 시각', en: 'As of' },
  sourcesTitle: { ko: '연계 시스템 상태', en: 'Source systems' },
  sourcesCaption: { ko: '자료를 제공하는 시스템과 상태, 마지막 갱신', en: 'The systems that supply the data, their health and last update' },
  system: { ko: '시스템', en: 'System' },
  department: { ko: '담당', en: 'Department' },
  status: { ko: '상태', en: 'Status' },
  lastUpdate: { ko: '마지막 자료', en: 'Last update' },
  attribution: { ko: '출처 표시', en: 'Attribution' },
  source: { ko: '출처', en: 'Source' },
  stale: { ko: '지연', en: 'STALE' },
  synthetic: { ko: '합성 데이터', en: 'SYNTHETIC' },
  noData: { ko: '자료 없음', en: 'No data' },
  awaiting: { ko: '자료 대기 중', en: 'Waiting for data' },
  monitoring: { ko: 'SCPM 연계 상태 감시', en: 'SCPM source monitoring' },
  pendingDomains: { ko: '연계 예정', en: 'To be connected' },
  pendingList: { ko: '오늘의 사건·사고 · 오늘의 민원 · 도시 점수', en: 'Incidents today · Complaints today · City score' },
  notConnected: { ko: '아직 자료가 없습니다', en: 'no data to show yet' },
  api: { ko: '공개 API 문서', en: 'Public API document' },
} as const;

export type Word = keyof typeof WORDS;

export const t = (lang: Language, word: Word): string => WORDS[word][lang];

export const GRADE_WORDS = CAI_GRADE_NAMES;

export const STATUS_WORDS: Readonly<Record<SourceStatus, Record<Language, string>>> = {
  healthy: { ko: '정상', en: 'Healthy' },
  degraded: { ko: '저하', en: 'Degraded' },
  stale: { ko: '지연', en: 'Stale' },
  failing: { ko: '장애', en: 'Failing' },
  unknown: { ko: '미확인', en: 'Unknown' },
};

export const METRIC_WORDS: Readonly<Record<AirMetric, Record<Language, string>>> = {
  pm10: { ko: '미세먼지 (PM10)', en: 'PM10' },
  pm25: { ko: '초미세먼지 (PM2.5)', en: 'PM2.5' },
  o3: { ko: '오존', en: 'Ozone (O₃)' },
  no2: { ko: '이산화질소', en: 'Nitrogen dioxide (NO₂)' },
  co: { ko: '일산화탄소', en: 'Carbon monoxide (CO)' },
  so2: { ko: '아황산가스', en: 'Sulphur dioxide (SO₂)' },
};

const pad = (n: number): string => String(n).padStart(2, '0');
const seoul = (ms: number): Date => new Date(ms + 9 * 3600_000);

/** Seoul time, YYYY-MM-DD HH:MM. */
export function dateTimeText(ms: number): string {
  const d = seoul(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "12 s ago", "3 min ago", "2 h ago" / "12초 전"… */
export function agoText(lang: Language, ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const [n, unit] = s < 60 ? [s, 's'] : s < 3600 ? [Math.floor(s / 60), 'min'] : s < 172_800 ? [Math.floor(s / 3600), 'h'] : [Math.floor(s / 86_400), 'd'];
  if (lang === 'en') return `${n} ${unit} ago`;
  return `${n}${{ s: '초', min: '분', h: '시간', d: '일' }[unit as 's' | 'min' | 'h' | 'd']} 전`;
}

/** "2026-11-27 14:20 (3 min ago)"; a month ("2025-04") or an unreadable time as given. */
export function whenText(lang: Language, iso: string | null, now: number): string {
  if (iso === null) return t(lang, 'noData');
  const at = Date.parse(iso);
  if (/^\d{4}-\d{2}$/.test(iso) || !Number.isFinite(at)) return iso;
  return now - at < 86_400_000 ? `${dateTimeText(at)} (${agoText(lang, now - at)})` : dateTimeText(at);
}

export const numberText = (lang: Language, n: number): string => n.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US');

/** 9,331,860 → "933.2만" / "9.33 M" (rounded in integers first). */
export function bigNumberText(lang: Language, n: number): string {
  if (lang === 'ko') return n >= 10_000 ? `${(Math.round(n / 1_000) / 10).toFixed(1)}만` : numberText(lang, n);
  return n >= 1_000_000 ? `${(Math.round(n / 10_000) / 100).toFixed(2)} M` : numberText(lang, n);
}

/** Particulate matter in whole µg/m³, or a dash. */
export const pmText = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : v.toFixed(0));
