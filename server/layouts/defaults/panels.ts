/**
 * @module layouts/defaults/panels
 * Building blocks of the built-in layouts: panel titles and the mayor's five screens, which the
 * district head's layout shares (its incident list then shows the head's own gu).
 */
import type { LocalizedText, Panel, PanelArea, Screen } from '../../contracts/index.ts';

export const TITLES = {
  glance: { ko: '오늘의 서울', en: 'Seoul today' },
  map: { ko: '대기질 지도', en: 'Air quality map' },
  ranking: { ko: '자치구 대기질 순위', en: 'District air quality ranking' },
  detail: { ko: '자치구 상세', en: 'District detail' },
  sources: { ko: '연계 시스템 상태', en: 'Source system health' },
  administration: { ko: '시정 현황', en: 'Administration status' },
  safetyMap: { ko: '사건·사고 지도', en: 'Incident map' },
  incidents: { ko: '진행 중인 사건·사고', en: 'Open incidents' },
  incidentDetail: { ko: '사건 상세', en: 'Incident detail' },
  cctv: { ko: 'CCTV', en: 'CCTV' },
  complaintMap: { ko: '자치구별 민원', en: 'Complaints by district' },
  complaintFeed: { ko: '실시간 민원', en: 'Live complaints' },
  complaintSla: { ko: '민원 처리기한 현황', en: 'Complaint answer times' },
  complaintCategories: { ko: '민원 유형 상위', en: 'Top complaint categories' },
  risingIssues: { ko: '급증 민원', en: 'Rising issues' },
  mediaTrends: { ko: '언론·SNS 동향', en: 'News and social media trends' },
  participation: { ko: '시민 제안·여론조사', en: 'Proposals and polls' },
  indicatorGrid: { ko: '정책 지표', en: 'Policy indicators' },
  indicatorDetail: { ko: '지표 상세', en: 'Indicator detail' },
  pledgeBoard: { ko: '공약·4개년 계획 이행', en: 'Pledges and the four-year plan' },
  cityScore: { ko: '도시 점수', en: 'City score' },
  budget: { ko: '예산 집행', en: 'Budget execution' },
} as const satisfies Record<string, LocalizedText>;

/** The safety screen's title, as the mayor's office calls it. */
export const SAFETY_TITLE = { ko: '실시간 도시안전', en: 'Real-time urban safety' } as const satisfies LocalizedText;

/** The map layers of a safety map: gu, their names, and the incidents over them. */
export const SAFETY_LAYERS = ['districts', 'labels', 'incidents'];

export const area = (col: number, row: number, cols: number, rows: number): PanelArea => ({ col, row, cols, rows });

/** Every map layer, from the gu outlines down to the station markers and names. */
export const ALL_LAYERS = ['districts', 'neighborhoods', 'stations', 'labels'];

const map = (id: string, at: PanelArea, layers: string[] = ALL_LAYERS): Panel => ({
  id,
  kind: 'map',
  area: at,
  title: TITLES.map,
  metric: 'cai',
  layers,
});

/** The citizen-opinion screen's title, as the mayor's office calls it. */
export const OPINION_TITLE = { ko: '시민 의견', en: 'Citizen opinion' } as const satisfies LocalizedText;

/**
 * Complaints on the map (the open backlog), the live feed, the rising issues and media trends, the
 * answer times with the departments furthest behind, the top categories, proposals and polls. A gu
 * tapped on the map (a district head's own, from the start) narrows the feed, figures and trends to it.
 */
export const opinionScreen = (): Screen => ({
  id: 'opinion',
  title: OPINION_TITLE,
  panels: [
    { id: 'map', kind: 'complaint-map', area: area(0, 0, 9, 8), title: TITLES.complaintMap, layers: ['complaints', 'labels'] },
    { id: 'feed', kind: 'complaint-feed', area: area(9, 0, 7, 8), title: TITLES.complaintFeed, limit: 14 },
    { id: 'rising', kind: 'rising-issues', area: area(16, 0, 8, 4), title: TITLES.risingIssues, limit: 6 },
    { id: 'trends', kind: 'media-trends', area: area(16, 4, 8, 4), title: TITLES.mediaTrends, limit: 6 },
    { id: 'sla', kind: 'complaint-sla', area: area(0, 8, 9, 4), title: TITLES.complaintSla, limit: 5 },
    { id: 'categories', kind: 'complaint-categories', area: area(9, 8, 6, 4), title: TITLES.complaintCategories, limit: 8 },
    { id: 'participation', kind: 'participation', area: area(15, 8, 9, 4), title: TITLES.participation, limit: 5 },
  ],
});

/** The administration screen's title, as the mayor's office calls it. */
export const ADMINISTRATION_TITLE = { ko: '시정 현황', en: 'Administration status' } as const satisfies LocalizedText;

/**
 * The policy indicators by plan area (a tap opens one), the chosen indicator's series and drill-down,
 * the budget's execution this year by department, the plan's tasks by status, and the city score with
 * the gu's (a tap on a gu shows its own).
 */
export const administrationScreen = (): Screen => ({
  id: 'administration',
  title: ADMINISTRATION_TITLE,
  panels: [
    { id: 'indicators', kind: 'indicator-grid', area: area(0, 0, 12, 7), title: TITLES.indicatorGrid },
    { id: 'indicator', kind: 'indicator-detail', area: area(12, 0, 6, 7), title: TITLES.indicatorDetail },
    { id: 'budget', kind: 'budget-execution', area: area(18, 0, 6, 7), title: TITLES.budget, limit: 8 },
    { id: 'pledges', kind: 'pledge-board', area: area(0, 7, 14, 5), title: TITLES.pledgeBoard },
    { id: 'score', kind: 'city-score', area: area(14, 7, 10, 5), title: TITLES.cityScore },
  ],
});

/** Incidents on the map, the live list with the response-time figures, the selected one, its cameras. */
export const safetyScreen = (): Screen => ({
  id: 'safety',
  title: SAFETY_TITLE,
  panels: [
    { id: 'map', kind: 'map', area: area(0, 0, 10, 12), title: TITLES.safetyMap, layers: SAFETY_LAYERS },
    { id: 'incidents', kind: 'incidents', area: area(10, 0, 7, 7), title: TITLES.incidents, limit: 12 },
    { id: 'incident', kind: 'incident-detail', area: area(17, 0, 7, 7), title: TITLES.incidentDetail },
    { id: 'cctv', kind: 'cctv', area: area(10, 7, 14, 5), title: TITLES.cctv, limit: 8 },
  ],
});

/** The mayor's screens: the city at a glance, live city status, urban safety, citizen opinion, administration. */
export const mayorScreens = (): Screen[] => [
  {
    id: 'glance',
    title: { ko: '서울 한눈에 보기', en: 'Seoul at a glance' },
    panels: [
      { id: 'glance', kind: 'glance', area: area(0, 0, 24, 3), title: TITLES.glance },
      map('map', area(0, 3, 16, 9), ['districts', 'stations', 'labels']),
      { id: 'ranking', kind: 'air-ranking', area: area(16, 3, 8, 5), title: TITLES.ranking, metric: 'cai', limit: 10 },
      { id: 'sources', kind: 'source-health', area: area(16, 8, 8, 4), title: TITLES.sources },
    ],
  },
  {
    id: 'city',
    title: { ko: '실시간 도시 현황', en: 'Real-time city status' },
    panels: [
      map('map', area(0, 0, 16, 12)),
      { id: 'ranking', kind: 'air-ranking', area: area(16, 0, 8, 6), title: TITLES.ranking, metric: 'cai', limit: 10 },
      { id: 'detail', kind: 'district-detail', area: area(16, 6, 8, 6), title: TITLES.detail },
    ],
  },
  safetyScreen(),
  opinionScreen(),
  administrationScreen(),
];
