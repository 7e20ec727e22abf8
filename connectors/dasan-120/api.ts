/**
 * @module connectors/dasan-120/api
 * Pure facts about the 120 Dasan call centre's complaint feed, shared by the connector and its simulator.
 *   GET {base}/complaints?since=<ISO>&until=<ISO>&page=<n>&pageSize=<1..1000>
 * answers the complaints that changed (or were filed) in the window, each with its status history so far.
 * Times are ISO 8601 with the KST offset. The vocabulary is the call centre's own, in Korean: statuses,
 * channels, categories (민원분류) and departments by name. The feed this platform reads is SIMULATED:
 * every complaint carries `synthetic: true`.
 * The category and department tables mirror server/complaints/categories.ts (connectors import only the
 * contracts from server/; api.test.ts keeps the two in step).
 */
import type { COMPLAINT_CHANNELS, ComplaintStatus } from '../../server/contracts/index.ts';

type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** 처리상태: 접수 received, 배정 assigned to a department, 처리중, 답변완료, 종결, 재요청 (the citizen contests the answer). */
export const DASAN_STATUS_NAMES: Readonly<Record<ComplaintStatus, string>> = {
  received: '접수',
  assigned: '배정',
  'in-progress': '처리중',
  answered: '답변완료',
  closed: '종결',
  reopened: '재요청',
};

/** 접수경로: calls and texts to 120, the web (응답소), the Seoul app and KakaoTalk, a visit. */
export const DASAN_CHANNELS = {
  전화: 'phone',
  문자: 'phone',
  인터넷: 'web',
  앱: 'app',
  카카오톡: 'app',
  방문: 'visit',
} as const satisfies Record<string, ComplaintChannel>;
export type DasanChannelName = keyof typeof DASAN_CHANNELS;
export const DASAN_CHANNEL_NAMES = Object.keys(DASAN_CHANNELS) as DasanChannelName[];

/** 민원분류 → category code (server/complaints/categories.ts) and the department that answers it by default. */
export const DASAN_CATEGORIES: Readonly<Record<string, { code: string; department: string }>> = {
  불법주정차: { code: 'illegal-parking', department: '교통지도과' },
  '대중교통 불편': { code: 'public-transport', department: '대중교통과' },
  '버스 불편': { code: 'bus-service', department: '버스정책과' },
  '택시 불편': { code: 'taxi-service', department: '택시물류과' },
  도로파손: { code: 'road-damage', department: '도로관리과' },
  '가로등 고장': { code: 'streetlight', department: '도시빛정책과' },
  제설: { code: 'snow-removal', department: '도로관리과' },
  불법광고물: { code: 'illegal-signage', department: '디자인정책과' },
  소음: { code: 'noise', department: '생활환경과' },
  '쓰레기 무단투기': { code: 'illegal-dumping', department: '청소행정과' },
  '재활용·생활폐기물 수거': { code: 'recycling', department: '자원순환과' },
  상수도: { code: 'water-supply', department: '상수도사업본부 급수운영과' },
  '하수도·악취': { code: 'sewer-odour', department: '하수관리과' },
  '공원·가로수': { code: 'parks-trees', department: '조경과' },
  유기동물: { code: 'stray-animals', department: '동물보호과' },
  '건축·공사장': { code: 'construction', department: '건축기획과' },
  '안전 위험': { code: 'safety-hazard', department: '안전총괄과' },
  '복지 상담': { code: 'welfare', department: '복지정책과' },
  '세금·과태료': { code: 'tax-fines', department: '세무과' },
};

/** The English names of the departments the feed names in Korean. */
export const DASAN_DEPARTMENTS_EN: Readonly<Record<string, string>> = {
  교통지도과: 'Traffic Enforcement Division',
  대중교통과: 'Public Transportation Division',
  버스정책과: 'Bus Policy Division',
  택시물류과: 'Taxi and Logistics Division',
  도로관리과: 'Road Management Division',
  도시빛정책과: 'Urban Lighting Policy Division',
  디자인정책과: 'Design Policy Division',
  생활환경과: 'Living Environment Division',
  청소행정과: 'Sanitation Administration Division',
  자원순환과: 'Resource Circulation Division',
  '상수도사업본부 급수운영과': 'Seoul Waterworks, Water Supply Operations Division',
  하수관리과: 'Sewer Management Division',
  조경과: 'Landscape Division',
  동물보호과: 'Animal Protection Division',
  건축기획과: 'Architecture Planning Division',
  안전총괄과: 'Safety Management Division',
  복지정책과: 'Welfare Policy Division',
  세무과: 'Tax Division',
  '120다산콜재단': 'Seoul 120 Dasan Call Center Foundation',
};

export interface DasanHistoryItem {
  /** A status name of DASAN_STATUS_NAMES. */
  status: string;
  at: string;
  /** The department holding the complaint from this step on (null: unchanged). */
  department: string | null;
  note: string | null;
}

export interface DasanReporter {
  name: string | null;
  phone: string | null;
  email: string | null;
}

export interface DasanComplaintItem {
  /** 민원번호: `<year>-<sequence of the year, 6+ digits>`, e.g. `2026-000123`. */
  no: string;
  receivedAt: string;
  channel: DasanChannelName;
  /** 민원분류, a key of DASAN_CATEGORIES. */
  category: string;
  gu: string;
  /** 5-digit MOIS gu code. */
  guCode: string;
  /** Administrative dong. */
  dong: string | null;
  /** Where the matter is, as filed (null for matters without a place: welfare, taxes). */
  address: string | null;
  lon: number | null;
  lat: number | null;
  title: string;
  content: string;
  /** 처리부서: the department in charge (the last one assigned, else the category's own). */
  department: string;
  /** The current status name. */
  status: string;
  /** 처리기한: when the answer is due (restarted on 재요청). */
  dueAt: string;
  reporter: DasanReporter;
  history: DasanHistoryItem[];
  synthetic: boolean;
}

export interface DasanComplaintPage {
  synthetic: boolean;
  serverTime: string;
  /** The window actually served (`until` is capped at the server's clock). */
  since: string;
  until: string;
  page: number;
  pageSize: number;
  totalCount: number;
  hasMore: boolean;
  complaints: DasanComplaintItem[];
}

/** `2026-01-05T10:23:11+09:00` for epoch ms (milliseconds dropped). */
export const isoKst = (ms: number): string => {
  const t = new Date(Math.floor(ms / 1000) * 1000 + 9 * 3600_000).toISOString();
  return `${t.slice(0, 19)}+09:00`;
};
