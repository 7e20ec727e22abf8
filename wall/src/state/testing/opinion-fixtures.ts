/**
 * @module wall/state/testing/opinion-fixtures
 * Citizen-opinion boards for the wall's tests, generated with a fixed seed and every record marked
 * synthetic: a complaint feed (titles as filed, some carrying a name and a telephone number as
 * citizens write them), the KPIs of the city, the 25 gu and a few departments, rising issues, a trend
 * board and a participation board. Test support only; nothing here is shown as real data.
 */
import type {
  ComplaintBoard, ComplaintFeedItem, ComplaintKpi, ComplaintKpiBoard, ComplaintStatus, RisingIssue, RisingIssues, TrendBoard, TrendTerm,
} from '../../../../server/contracts/index.ts';
import type { WallParticipationBoard, WallPoll, WallProposal } from '../participation.ts';

export const GU_CODES = [
  '11110', '11140', '11170', '11200', '11215', '11230', '11260', '11290', '11305', '11320', '11350', '11380', '11410',
  '11440', '11470', '11500', '11530', '11545', '11560', '11590', '11620', '11650', '11680', '11710', '11740',
] as const;

const iso = (ms: number): string => new Date(ms).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** mulberry32: a small seeded generator, the same numbers on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TITLES: ReadonlyArray<readonly [string, string]> = [
  ['illegal-parking', '역삼로 김민수 010-2345-6789 집 앞 불법주차 견인 요청'],
  ['noise', '아파트 공사장 야간 소음'],
  ['road-damage', '교차로 포트홀 보수 요청'],
  ['streetlight', '신고자 박지영(010-9876-5432) 골목 가로등 고장'],
  ['illegal-dumping', '주택가 쓰레기 무단투기'],
  ['bus-service', '버스 무정차 통과'],
  ['recycling', '재활용 미수거 문의'],
  ['sewer-odour', '빗물받이 악취'],
];

const STATUSES: readonly ComplaintStatus[] = ['received', 'assigned', 'in-progress', 'answered', 'closed', 'reopened'];

export function feedItem(over: Partial<ComplaintFeedItem> & { id: string }): ComplaintFeedItem {
  return { category: 'noise', district: '11680', status: 'received', requestedAt: '2025-05-01T04:00:00.000Z', title: '공사장 소음', ...over };
}

/** `n` complaints filed over the last hours, newest first; the first is an illegal-parking report in Gangnam-gu. */
export function complaintBoard(seed: number, now: number, n: number): ComplaintBoard {
  const rand = seeded(seed);
  const complaints = Array.from({ length: n }, (_, k) => {
    const [category, title] = TITLES[k % TITLES.length]!;
    return feedItem({
      id: `dasan-120:2025-${String(900_000 - k).padStart(6, '0')}`,
      category,
      district: k === 0 ? '11680' : GU_CODES[Math.floor(rand() * GU_CODES.length)]!,
      status: k === 0 ? 'received' : STATUSES[Math.floor(rand() * STATUSES.length)]!,
      // Newest first, a few minutes apart; the last ones four days old (past a 3-day answer time).
      requestedAt: iso(now - 2 * 60_000 - k * (k < n - 3 ? 9 : 1_900) * 60_000),
      title,
    });
  });
  return { complaints, asOf: iso(now) };
}

export function complaintKpi(over: Partial<ComplaintKpi> = {}): ComplaintKpi {
  return {
    scope: { kind: 'city' }, from: '2025-04-01T00:00:00.000Z', to: '2025-05-01T00:00:00.000Z',
    received: 4_210, open: 310, overdue: 42, answered: 3_905, answeredWithinSla: 3_436, shareWithinSla: 0.88, medianAnswerHours: 31.2,
    reopened: 118, reopenRate: 0.0302,
    topCategories: [
      { category: 'illegal-parking', count: 1_020 }, { category: 'noise', count: 610 }, { category: 'road-damage', count: 420 },
      { category: 'illegal-dumping', count: 300 }, { category: 'streetlight', count: 210 },
    ],
    ...over,
  };
}

const DEPARTMENTS = [
  { ko: '교통지도과', en: 'Traffic Enforcement Division', share: 0.71, overdue: 19 },
  { ko: '생활환경과', en: 'Living Environment Division', share: 0.79, overdue: 11 },
  { ko: '도로관리과', en: 'Road Management Division', share: 0.93, overdue: 2 },
  { ko: '청소행정과', en: 'Sanitation Administration Division', share: 0.84, overdue: 6 },
  { ko: '도시빛정책과', en: 'Urban Lighting Policy Division', share: 0.97, overdue: 0 },
  { ko: '버스정책과', en: 'Bus Policy Division', share: 0.9, overdue: 3 },
] as const;

/** The city, every gu (open backlog 4–63, Gangnam-gu the largest) and six departments. */
export function complaintKpiBoard(now: number): ComplaintKpiBoard {
  const districts = GU_CODES.map((code, i) => complaintKpi({
    scope: { kind: 'district', district: code },
    received: 80 + ((i * 37) % 200), open: code === '11680' ? 63 : 4 + ((i * 7) % 40), overdue: i % 5, answered: 70 + i,
    answeredWithinSla: 60 + i, shareWithinSla: (60 + i) / (70 + i), medianAnswerHours: 20 + i, reopened: i % 4, reopenRate: (i % 4) / (70 + i),
    topCategories: code === '11680' ? [{ category: 'noise', count: 41 }, { category: 'illegal-parking', count: 30 }] : [{ category: 'illegal-parking', count: 20 + i }],
  }));
  const departments = DEPARTMENTS.map((d) => complaintKpi({
    scope: { kind: 'department', department: { ko: d.ko, en: d.en } },
    received: 300, open: 40, overdue: d.overdue, answered: 200, answeredWithinSla: Math.round(200 * d.share), shareWithinSla: d.share, medianAnswerHours: 40, reopened: 5, reopenRate: 0.025, topCategories: [],
  }));
  return { kpis: [complaintKpi(), ...districts, ...departments], asOf: iso(now) };
}

export function risingIssue(over: Partial<RisingIssue> = {}): RisingIssue {
  return { district: '11680', category: 'noise', day: '2025-05-01', count: 14, expected: 3.2, ratio: 14 / 3.2, score: 5.7, baselineDays: 28, raisedAt: '2025-05-01T03:00:00.000Z', ...over };
}

/** Three issues: noise in Gangnam-gu raised two minutes ago (new), two raised hours ago. */
export function risingBoard(now: number): RisingIssues {
  return {
    issues: [
      risingIssue({ raisedAt: iso(now - 2 * 60_000) }),
      risingIssue({ district: '11440', category: 'illegal-dumping', count: 9, expected: 2.5, ratio: 3.6, score: 4.0, raisedAt: iso(now - 3 * HOUR) }),
      risingIssue({ district: '11500', category: 'road-damage', count: 6, expected: 1.1, ratio: 6 / 1.1, score: 4.6, raisedAt: iso(now - 5 * HOUR) }),
    ],
    asOf: iso(now),
  };
}

export function trendTerm(over: Partial<TrendTerm> & { term: string }): TrendTerm {
  return { language: 'ko', phrase: false, count: 5, baseline: 2, score: 1.7, rising: false, items: ['news-feed:a1'], districts: [], ...over };
}

export function trendBoard(day: string): TrendBoard {
  return {
    day, baselineDays: 14, itemCount: 212,
    terms: [
      trendTerm({ term: '층간소음', count: 31, baseline: 6, score: 9.5, rising: true, items: ['social-sim:p-1', 'news-feed:n-1'], districts: ['11680', '11650'] }),
      trendTerm({ term: '따릉이', count: 18, baseline: 12, score: 1.6, items: ['social-sim:p-2'], districts: ['11440'] }),
      trendTerm({ term: 'pothole', language: 'en', count: 7, baseline: 1, score: 4.2, rising: true, items: ['social-sim:p-3'], districts: ['11500'] }),
      trendTerm({ term: '미세먼지', count: 12, baseline: 11, score: 0.3, items: ['news-feed:n-2'] }),
    ],
    byDistrict: {
      '11680': [trendTerm({ term: '공사장 소음', phrase: true, count: 9, baseline: 1, score: 5.7, rising: true, items: ['social-sim:p-4'], districts: ['11680'] })],
    },
  };
}

export function proposal(over: Partial<WallProposal> & { id: string }): WallProposal {
  return {
    title: { ko: '공원 야간 조명 확충', en: 'More lights in parks at night' }, category: 'parks-trees', district: null, supports: 120, supportGoal: 500,
    deadline: '2025-05-20T15:00:00.000Z', status: 'open', response: null, synthetic: true, ...over,
  };
}

export function poll(over: Partial<WallPoll> = {}): WallPoll {
  return {
    id: 'polls:2025-014', question: { ko: '서울시 대중교통 요금 인상에 찬성하십니까?', en: 'Do you support the fare rise on public transport?' },
    fieldwork: { from: '2025-04-25', to: '2025-04-27' }, sampleSize: 1_000,
    options: [
      { label: { ko: '찬성', en: 'For' }, share: 38.4, marginOfError: 3.0 },
      { label: { ko: '반대', en: 'Against' }, share: 51.2, marginOfError: 3.1 },
      { label: { ko: '모름', en: "Don't know" }, share: 10.4, marginOfError: 1.9 },
    ],
    marginOfError: 3.1, district: null, pollster: { ko: '서울리서치', en: 'Seoul Research' }, publishedAt: '2025-04-29T01:00:00.000Z', synthetic: true, ...over,
  };
}

export function participationBoard(now: number): WallParticipationBoard {
  return {
    proposals: [
      proposal({ id: 'proposals:2025-00101', title: { ko: '한강 자전거길 야간 조명' }, category: 'bike-lanes', supports: 812 }),
      proposal({ id: 'proposals:2025-00102', district: '11680', category: 'noise', title: { ko: '강남대로 심야 배달 오토바이 소음 단속', en: 'Curb late-night delivery bike noise on Gangnam-daero' }, supports: 430 }),
      proposal({ id: 'proposals:2025-00103', supports: 120 }),
      proposal({
        id: 'proposals:2025-00090', category: 'childcare', title: { ko: '국공립 어린이집 토요 보육', en: 'Saturday care at public daycare' }, supports: 640, status: 'answered',
        response: { department: { ko: '보육정책과', en: 'Childcare Policy Division' }, text: '시범 운영', at: iso(now - 2 * DAY) },
      }),
    ]
      .map((p, i) => ({ ...p, deadline: iso(now + (19 - i) * DAY) }))
      .map((p) => (p.supports >= p.supportGoal && p.status === 'open' ? { ...p, status: 'awaiting-response' as const } : p)),
    polls: [poll(), poll({ id: 'polls:2025-010', publishedAt: '2025-04-10T01:00:00.000Z' })],
    counts: { open: 37, awaitingResponse: 4, answeredRecently: 6 },
    asOf: iso(now),
  };
}
