/**
 * @module wall/state/i18n
 * The wall's words in Korean and English, and the formats of numbers and times. Pure.
 */
import { CAI_GRADE_NAMES, type AirMetric, type Language } from '../../../server/contracts/index.ts';

const WORDS = {
  platform: { ko: '서울 스마트 시티 플랫폼', en: 'Seoul Smart City Platform' },
  live: { ko: '실시간', en: 'LIVE' },
  connecting: { ko: '연결 중…', en: 'Connecting…' },
  lost: { ko: '연결 끊김', en: 'Connection lost' },
  lastUpdate: { ko: '마지막 갱신', en: 'last update' },
  never: { ko: '없음', en: 'none' },
  source: { ko: '출처', en: 'Source' },
  asOf: { ko: '기준', en: 'as of' },
  stale: { ko: '지연', en: 'STALE' },
  synthetic: { ko: '합성 데이터', en: 'SYNTHETIC' },
  noData: { ko: '자료 없음', en: 'No data' },
  awaiting: { ko: '자료 대기 중', en: 'Waiting for data' },
  tapDistrict: { ko: '지도에서 자치구를 누르면 상세 정보가 표시됩니다', en: 'Tap a district on the map for its details' },
  stations: { ko: '측정소', en: 'Stations' },
  history24h: { ko: '최근 24시간', en: 'Last 24 hours' },
  loading: { ko: '불러오는 중…', en: 'Loading…' },
  population: { ko: '인구', en: 'Population' },
  airSummary: { ko: '대기질', en: 'Air quality' },
  sourcesUp: { ko: '연계 시스템', en: 'Integrated systems' },
  healthy: { ko: '정상', en: 'healthy' },
  degraded: { ko: '저하', en: 'degraded' },
  failing: { ko: '장애', en: 'failing' },
  unknown: { ko: '미확인', en: 'unknown' },
  notConnected: { ko: '연계 예정 — 아직 자료가 없습니다', en: 'Not connected yet — no data to show' },
  pendingDomains: { ko: '연계 예정', en: 'To be connected' },
  incidents: { ko: '오늘의 사건·사고', en: 'Incidents today' },
  complaints: { ko: '오늘의 민원', en: 'Complaints today' },
  cityScore: { ko: '도시 점수', en: 'City score' },
  male: { ko: '남', en: 'male' },
  female: { ko: '여', en: 'female' },
  aged65: { ko: '65세 이상', en: 'aged 65+' },
  worst: { ko: '가장 나쁨', en: 'worst' },
  cityAverage: { ko: '서울 평균', en: 'city mean' },
  runs: { ko: '실행', en: 'runs' },
  lag: { ko: '지연', en: 'lag' },
  dominant: { ko: '주오염물질', en: 'dominant' },
  // urban safety
  safety: { ko: '실시간 도시안전', en: 'Real-time urban safety' },
  openIncidents: { ko: '진행 중인 사건·사고', en: 'Open incidents' },
  open: { ko: '진행 중', en: 'open' },
  pastTarget: { ko: '목표시간 초과', en: 'past target' },
  late: { ko: '초과', en: 'late' },
  noIncidents: { ko: '진행 중인 사건·사고가 없습니다', en: 'No open incidents' },
  medianTravel: { ko: '이동시간 중앙값', en: 'median travel' },
  goal: { ko: '목표', en: 'goal' },
  incidentDetail: { ko: '사건 상세', en: 'Incident detail' },
  tapIncident: { ko: '지도나 목록에서 사건을 누르면 상세 정보와 주변 CCTV가 표시됩니다', en: 'Tap an incident on the map or in the list for its details and nearby cameras' },
  incidentGone: { ko: '사건 정보를 불러올 수 없습니다', en: 'The incident could not be loaded' },
  timeline: { ko: '출동 타임라인', en: 'Dispatch timeline' },
  responsible: { ko: '관할', en: 'Responsible unit' },
  casualties: { ko: '인명 피해', en: 'Casualties' },
  deaths: { ko: '사망', en: 'dead' },
  injuries: { ko: '부상', en: 'injured' },
  damage: { ko: '재산 피해', en: 'Property damage' },
  estimated: { ko: '추정', en: 'est.' },
  severity: { ko: '심각도', en: 'Severity' },
  cctv: { ko: 'CCTV', en: 'CCTV' },
  camerasNearIncident: { ko: '사건 주변 CCTV', en: 'Cameras near the incident' },
  camerasInDistrict: { ko: '관내 CCTV', en: 'Cameras in the district' },
  camerasNearCentre: { ko: '지도 중심 주변 CCTV', en: 'Cameras near the map centre' },
  camerasStaffOnly: { ko: 'CCTV 영상은 로그인한 시 직원만 볼 수 있습니다', en: 'Camera video is for signed-in city staff' },
  noCameras: { ko: '이곳에 볼 수 있는 CCTV가 없습니다', en: 'No cameras you may view here' },
  camerasFailed: { ko: 'CCTV 목록을 불러오지 못했습니다 — 다시 시도합니다', en: 'The camera list could not be loaded — trying again' },
  cameraRegistry: { ko: 'CCTV 통합관제 등록정보', en: 'CCTV registry' },
  noSignal: { ko: '신호 없음', en: 'NO SIGNAL' },
  notRelayed: { ko: '영상 연계 안 됨', en: 'No relayed stream' },
  reconnecting: { ko: '재연결 중', en: 'reconnecting' },
  stalled: { ko: '영상 멈춤', en: 'stalled' },
  streamError: { ko: '재생 오류', en: 'playback error' },
  // citizen opinion
  opinion: { ko: '시민 의견', en: 'Citizen opinion' },
  complaintFeed: { ko: '실시간 민원', en: 'Live complaints' },
  complaintMap: { ko: '자치구별 민원', en: 'Complaints by district' },
  openComplaints: { ko: '미처리 민원', en: 'Open complaints' },
  per10k: { ko: '인구 1만 명당 민원', en: 'Complaints per 10,000 residents' },
  slaStatus: { ko: '민원 처리기한 현황', en: 'Complaint answer times' },
  answeredOnTime: { ko: '처리기한 내 답변', en: 'Answered on time' },
  overdue: { ko: '기한 초과', en: 'overdue' },
  overdueTitle: { ko: '기한 초과', en: 'Overdue' },
  medianAnswer: { ko: '답변 소요 중앙값', en: 'Median answer time' },
  reopenRate: { ko: '재민원율', en: 'Reopened' },
  target: { ko: '목표', en: 'target' },
  worstDepartments: { ko: '처리기한 준수율 하위 부서', en: 'Departments furthest behind' },
  topCategories: { ko: '민원 유형 상위', en: 'Top complaint categories' },
  risingIssues: { ko: '급증 민원', en: 'Rising issues' },
  expected: { ko: '예상', en: 'expected' },
  newIssue: { ko: '신규', en: 'NEW' },
  noRising: { ko: '오늘 급증한 민원이 없습니다', en: 'No rising issues today' },
  noComplaints: { ko: '접수된 민원이 없습니다', en: 'No complaints filed' },
  mediaTrends: { ko: '언론·SNS 동향', en: 'News and social media trends' },
  trending: { ko: '급상승', en: 'rising' },
  noTrends: { ko: '오늘 집계된 화제가 없습니다', en: 'No terms counted today' },
  participation: { ko: '시민 제안·여론조사', en: 'Proposals and polls' },
  proposals: { ko: '시민 제안', en: 'Proposals' },
  supports: { ko: '공감', en: 'supports' },
  latestPoll: { ko: '최근 여론조사', en: 'Latest poll' },
  noProposals: { ko: '진행 중인 제안이 없습니다', en: 'No live proposals' },
  noPoll: { ko: '공표된 여론조사가 없습니다', en: 'No poll published' },
  cityWide: { ko: '서울 전체', en: 'city' },
  received: { ko: '접수', en: 'received' },
  answered: { ko: '답변', en: 'answered' },
  reopened: { ko: '재민원', en: 'reopened' },
  complaintSources: { ko: '120 다산콜·Open311 민원', en: '120 Dasan and Open311 complaints' },
  mediaSources: { ko: '언론·SNS', en: 'News and social media' },
  // administration
  administration: { ko: '시정 현황', en: 'Administration status' },
  indicatorGrid: { ko: '정책 지표', en: 'Policy indicators' },
  indicatorDetail: { ko: '지표 상세', en: 'Indicator detail' },
  pledgeBoard: { ko: '공약·4개년 계획 이행', en: 'Pledges and the four-year plan' },
  indicatorSources: { ko: '서울시 정책 지표', en: 'Seoul policy indicators' },
  planSource: { ko: '4개년 계획 과제 평가', en: 'Four-year plan task assessment' },
  scoreSource: { ko: '도시 점수 (정책 지표 가중 평균)', en: 'City score (weighted policy indicators)' },
  real: { ko: '실측', en: 'REAL' },
  derived: { ko: '파생', en: 'DERIVED' },
  suppressed: { ko: '비공개', en: 'suppressed' },
  suppressedNote: { ko: '비공개: 작은 값은 공개 화면에 표시하지 않습니다', en: 'suppressed: small counts are withheld from the public' },
  byDistrict: { ko: '자치구별', en: 'By district' },
  byAge: { ko: '연령대별', en: 'By age' },
  byGender: { ko: '성별', en: 'By gender' },
  notBrokenDown: { ko: '이 지표는 세부 분류가 없습니다', en: 'This indicator is not broken down' },
  noFigureFor: { ko: '이 기간의 값이 없습니다:', en: 'No figure for' },
  baseline: { ko: '기준', en: 'Baseline' },
  targetBy: { ko: '목표 기한', en: 'Target by' },
  higherBetter: { ko: '높을수록 좋음', en: 'higher is better' },
  lowerBetter: { ko: '낮을수록 좋음', en: 'lower is better' },
  total: { ko: '전체', en: 'total' },
  onTrack: { ko: '정상', en: 'On track' },
  atRisk: { ko: '주의', en: 'At risk' },
  offTrack: { ko: '부진', en: 'Off track' },
  notInPlan: { ko: '계획 외', en: 'not in plan' },
  tasks: { ko: '과제', en: 'tasks' },
  onTarget: { ko: '1.00 = 목표 달성', en: '1.00 = on target' },
  lifting: { ko: '점수를 올리는 지표', en: 'Lifting the score' },
  dragging: { ko: '점수를 낮추는 지표', en: 'Holding it back' },
  noneAbove: { ko: '목표를 넘은 지표가 없습니다', en: 'No indicator above target' },
  districtScores: { ko: '자치구 점수 (이번 달)', en: 'District scores (this month)' },
  tapIndicator: { ko: '지표를 누르면 상세가 표시됩니다', en: 'Tap an indicator for its detail' },
  loadFailed: { ko: '불러오지 못했습니다 — 다시 시도합니다', en: 'Could not be loaded — trying again' },
  indicators: { ko: '지표', en: 'indicators' },
  latest: { ko: '최신', en: 'Latest' },
  status: { ko: '상태', en: 'Status' },
} as const;

export type Word = keyof typeof WORDS;

export const STAGE_LABELS = {
  reported: { ko: '신고 접수', en: 'Reported' },
  dispatched: { ko: '출동', en: 'Dispatched' },
  arrived: { ko: '현장 도착', en: 'Arrived' },
  resolved: { ko: '종료', en: 'Resolved' },
} as const;

export const SEVERITY_LABELS = {
  minor: { ko: '경미', en: 'Minor' },
  moderate: { ko: '보통', en: 'Moderate' },
  major: { ko: '중대', en: 'Major' },
  critical: { ko: '심각', en: 'Critical' },
} as const;

export const COMPLAINT_STATUS_LABELS = {
  received: { ko: '접수', en: 'Received' },
  assigned: { ko: '배정', en: 'Assigned' },
  'in-progress': { ko: '처리 중', en: 'In progress' },
  answered: { ko: '답변 완료', en: 'Answered' },
  closed: { ko: '종결', en: 'Closed' },
  reopened: { ko: '재민원', en: 'Reopened' },
} as const;

export const PROPOSAL_STATUS_LABELS = {
  open: { ko: '공감 모집 중', en: 'Collecting' },
  'awaiting-response': { ko: '답변 대기', en: 'Awaiting answer' },
  answered: { ko: '답변 완료', en: 'Answered' },
  'closed-unsupported': { ko: '공감 미달 종료', en: 'Closed below goal' },
} as const;

export const PLAN_AREA_LABELS = {
  'jobs-economy': { ko: '일자리·경제', en: 'Jobs' },
  'welfare-housing': { ko: '복지·주거', en: 'Welfare' },
  'gender-equality': { ko: '성평등', en: 'Gender equality' },
  'climate-environment': { ko: '기후·환경', en: 'Climate' },
  safety: { ko: '안전', en: 'Safety' },
  'mobility-governance': { ko: '교통·시민행정', en: 'Mobility' },
} as const;

export const AGE_LABELS: Readonly<Record<string, { ko: string; en: string }>> = {
  '0-9': { ko: '0–9세', en: '0–9' }, '10-19': { ko: '10대', en: '10–19' }, '20-29': { ko: '20대', en: '20–29' },
  '30-39': { ko: '30대', en: '30–39' }, '40-49': { ko: '40대', en: '40–49' }, '50-59': { ko: '50대', en: '50–59' },
  '60-69': { ko: '60대', en: '60–69' }, '70-79': { ko: '70대', en: '70–79' }, '80+': { ko: '80세 이상', en: '80+' },
};

export const AGENCY_LABELS = { fire: { ko: '119 소방', en: 'Fire 119' }, police: { ko: '112 경찰', en: 'Police 112' } } as const;

/** The lookup of a table of phrases in Korean and English: `wordsOf(TABLE)(lang, key)`. */
export const wordsOf = <W extends Readonly<Record<string, { readonly ko: string; readonly en: string }>>>(table: W) =>
  (lang: Language, word: keyof W): string => table[word]![lang];

export const t: (lang: Language, word: Word) => string = wordsOf(WORDS);

export const METRIC_LABELS: Readonly<Record<AirMetric | 'cai', { ko: string; en: string }>> = {
  cai: { ko: '통합대기환경지수', en: 'CAI' },
  pm10: { ko: '미세먼지', en: 'PM10' },
  pm25: { ko: '초미세먼지', en: 'PM2.5' },
  o3: { ko: '오존', en: 'O₃' },
  no2: { ko: '이산화질소', en: 'NO₂' },
  co: { ko: '일산화탄소', en: 'CO' },
  so2: { ko: '아황산가스', en: 'SO₂' },
};

export const GRADE_LABELS = CAI_GRADE_NAMES;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Local wall time, HH:MM (the wall shows the city's time: Asia/Seoul). */
export function clockText(ms: number, withSeconds = false): string {
  const d = new Date(ms + 9 * 3600_000);
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return withSeconds ? `${hm}:${pad(d.getUTCSeconds())}` : hm;
}

/** Seoul date and time, YYYY-MM-DD HH:MM. */
export function dateTimeText(ms: number): string {
  const d = new Date(ms + 9 * 3600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${clockText(ms)}`;
}

/** "12 s ago", "3 min ago", "2 h ago" / "12초 전"… */
export function agoText(lang: Language, ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const [n, unit] = s < 60 ? [s, 's'] : s < 3600 ? [Math.floor(s / 60), 'min'] : s < 172_800 ? [Math.floor(s / 3600), 'h'] : [Math.floor(s / 86_400), 'd'];
  if (lang === 'en') return `${n} ${unit} ago`;
  const ko = { s: '초', min: '분', h: '시간', d: '일' }[unit as 's' | 'min' | 'h' | 'd'];
  return `${n}${ko} 전`;
}

export function numberText(lang: Language, n: number): string {
  return n.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US');
}

/** 9,655,000 → "965.5만" / "9.66 M". */
export function bigNumberText(lang: Language, n: number): string {
  if (lang === 'ko') return n >= 10_000 ? `${(Math.round(n / 1_000) / 10).toFixed(1)}만` : numberText(lang, n);
  // Rounded in integers first: 9,655,000 / 1e6 is 9.65499… in binary and would round down.
  return n >= 1_000_000 ? `${(Math.round(n / 10_000) / 100).toFixed(2)} M` : numberText(lang, n);
}

const DECIMALS: Readonly<Record<AirMetric, number>> = { pm10: 0, pm25: 0, o3: 3, no2: 3, co: 1, so2: 3 };

export function metricValueText(metric: AirMetric, v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : v.toFixed(DECIMALS[metric]);
}

/** 45 → "45초" / "45 s"; 312 → "5분 12초" / "5 min 12 s"; 3900 → "1시간 5분" / "1 h 5 min". */
export function durationText(lang: Language, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const u = lang === 'ko' ? { h: '시간', m: '분', s: '초', sp: '' } : { h: ' h', m: ' min', s: ' s', sp: ' ' };
  if (h > 0) return `${h}${u.h}${m > 0 ? ` ${m}${u.m}` : ''}`;
  if (m > 0) return `${m}${u.m}${sec > 0 ? ` ${sec}${u.s}` : ''}`;
  return `${sec}${u.s}`;
}

/** A marker's age, short: "45s", "12m", "2h" / "45초", "12분", "2시간". */
export function ageText(lang: Language, ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const [n, unit] = s < 60 ? [s, 0] : s < 3600 ? [Math.floor(s / 60), 1] : [Math.floor(s / 3600), 2];
  return `${n}${(lang === 'ko' ? ['초', '분', '시간'] : ['s', 'm', 'h'])[unit]}`;
}

/** 120 → "120 m"; 1234 → "1.2 km". */
export const distanceText = (m: number): string => (m < 1000 ? `${Math.round(m)} m` : `${(m / 1000).toFixed(1)} km`);

/** Property damage given in thousand KRW: "1.2억 원", "350만 원" / "KRW 120 M", "KRW 3.5 M". */
export function damageText(lang: Language, thousandKrw: number): string {
  const won = thousandKrw * 1000;
  if (lang === 'ko') {
    if (won >= 1e8) return `${(Math.round(won / 1e7) / 10).toFixed(1)}억 원`;
    if (won >= 1e4) return `${numberText(lang, Math.round(won / 1e4))}만 원`;
    return `${numberText(lang, won)}원`;
  }
  return won >= 1e6 ? `KRW ${(Math.round(won / 1e5) / 10).toFixed(1)} M` : `KRW ${numberText(lang, won)}`;
}

/** 0.8734 → "87%"; with one decimal "87.3%". */
export const percentText = (share: number, decimals = 0): string => `${(share * 100).toFixed(decimals)}%`;

/** Answer times: 31.2 → "31.2시간" / "31.2 h"; from two days on in days: 60 → "2.5일" / "2.5 d". */
export function hoursText(lang: Language, hours: number): string {
  if (hours < 48) return lang === 'ko' ? `${hours.toFixed(1)}시간` : `${hours.toFixed(1)} h`;
  const d = (hours / 24).toFixed(1);
  return lang === 'ko' ? `${d}일` : `${d} d`;
}
