/**
 * @module connectors/proposals/api
 * Pure facts about the participation feed of 민주주의 서울 (Democracy Seoul), shared by the connector and its simulator.
 *   GET {base}/items?since=<ISO>&until=<ISO>[&status=<상태,…>][&page=<n>&pageSize=<1..1000>]
 *       resident proposals that changed (a support, a status) in the window, each as of `until`
 *   GET {base}/polls?since=<ISO>&until=<ISO>
 *       opinion polls published in the window
 * Times are ISO 8601 with the KST offset; fieldwork dates are KST calendar days. The vocabulary is the city's own, in
 * Korean: statuses, policy areas, survey methods and departments by name. The feed this platform reads is SIMULATED:
 * every item and poll carries `synthetic: true`.
 */
import type { PollMethod, ProposalCategory, ProposalStatus } from '../../server/contracts/participation.ts';

/** 진행중 collecting supports · 답변대기 goal reached, answer owed · 답변완료 answered · 기간만료 ended below the goal. */
export const PROPOSAL_STATUS_NAMES: Readonly<Record<ProposalStatus, string>> = {
  open: '진행중',
  'awaiting-response': '답변대기',
  answered: '답변완료',
  'closed-unsupported': '기간만료',
};

/** 분야 (Korean name) → category code of the contract (PROPOSAL_CATEGORIES). */
export const PROPOSAL_FIELDS: Readonly<Record<string, ProposalCategory>> = {
  '공원·녹지': 'parks-trees',
  자전거: 'bike-lanes',
  보육: 'childcare',
  '어르신 복지': 'senior-welfare',
  소음: 'noise',
  주차: 'parking',
  대기질: 'air-quality',
  주거: 'housing',
  문화: 'culture',
};

/** 조사방법 → method: interviews and ARS by phone, web panels online, both mixed. */
export const POLL_METHOD_NAMES = {
  전화면접: 'phone',
  ARS: 'phone',
  온라인패널: 'online',
  '전화·온라인 혼합': 'mixed',
} as const satisfies Record<string, PollMethod>;
export type PollMethodName = keyof typeof POLL_METHOD_NAMES;
export const POLL_METHOD_LIST = Object.keys(POLL_METHOD_NAMES) as PollMethodName[];

/** The English names of the departments and offices the feed names in Korean. */
export const PARTICIPATION_DEPARTMENTS_EN: Readonly<Record<string, string>> = {
  공원여가정책과: 'Parks and Leisure Policy Division',
  자전거정책과: 'Bicycle Policy Division',
  보육정책과: 'Childcare Policy Division',
  어르신복지과: 'Senior Welfare Division',
  생활환경과: 'Living Environment Division',
  주차계획과: 'Parking Planning Division',
  대기정책과: 'Air Quality Policy Division',
  주택정책과: 'Housing Policy Division',
  문화정책과: 'Cultural Policy Division',
  시민소통기획관: 'Citizen Communication Office',
  서울특별시장: 'Mayor of Seoul',
};

export interface ProposalAnswerItem {
  /** 답변부서. */
  department: string;
  text: string;
  at: string;
}

export interface ProposalItem {
  /** 제안번호: `<year>-<sequence of the year, 5+ digits>`, e.g. `2026-00123`. */
  no: string;
  title: string;
  /** The city's English title, when it has one. */
  titleEn: string | null;
  summary: string;
  /** 분야, a key of PROPOSAL_FIELDS. */
  field: string;
  /** The gu it concerns; both null for the whole city. */
  gu: string | null;
  guCode: string | null;
  filedAt: string;
  deadline: string;
  /** 공감 수. */
  supports: number;
  /** 목표 공감 수. */
  supportGoal: number;
  goalReachedAt: string | null;
  /** A status name of PROPOSAL_STATUS_NAMES. */
  status: string;
  answer: ProposalAnswerItem | null;
  /** The last change: a support or a status. */
  updatedAt: string;
  synthetic: boolean;
}

export interface ProposalPage {
  synthetic: boolean;
  serverTime: string;
  since: string;
  /** As served: capped at the server's clock. */
  until: string;
  page: number;
  pageSize: number;
  totalCount: number;
  hasMore: boolean;
  items: ProposalItem[];
}

export interface PollOptionItem {
  label: string;
  labelEn: string;
  /** Percent, one decimal. */
  share: number;
}

export interface PollItem {
  /** 조사번호: `<year>-<sequence of the year, 3+ digits>`. */
  no: string;
  question: string;
  questionEn: string;
  fieldworkStart: string;
  fieldworkEnd: string;
  /** 조사방법, a key of POLL_METHOD_NAMES. */
  method: string;
  sampleSize: number;
  population: string;
  populationEn: string;
  /** 응답률 in percent, null when not published. */
  responseRate: number | null;
  options: PollOptionItem[];
  /** 신뢰수준 in percent. */
  confidence: number;
  /** 표본오차 ± percentage points, as published (weighted polls publish it with their design effect). */
  marginOfError: number;
  gu: string | null;
  guCode: string | null;
  /** 조사기관. */
  pollster: string;
  pollsterEn: string;
  publishedAt: string;
  synthetic: boolean;
}

export interface PollPage {
  synthetic: boolean;
  serverTime: string;
  since: string;
  until: string;
  totalCount: number;
  polls: PollItem[];
}

/** `2026-01-05T10:23:11+09:00` for epoch ms (milliseconds dropped). */
export const isoKst = (ms: number): string => {
  const t = new Date(Math.floor(ms / 1000) * 1000 + 9 * 3600_000).toISOString();
  return `${t.slice(0, 19)}+09:00`;
};

/** `2026-01-05` for epoch ms: the KST calendar day. */
export const kstDate = (ms: number): string => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
