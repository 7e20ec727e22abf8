/**
 * @module connectors/police-112/api
 * Pure facts about the 112 system's stage-change feed (the same request and envelope as the 119 feed,
 * `_safety/feed.ts`), shared by the connector and its simulator. The feed this platform reads is SIMULATED:
 * every item carries `합성데이터: 'Y'`.
 */
import type { IncidentStage, IncidentType } from '../../server/contracts/index.ts';

/** 처리단계 of each stage: 접수 (call taken), 지령 (unit dispatched), 도착 (on scene), 종결 (closed). */
export const POLICE_STAGE_NAMES: Readonly<Record<IncidentStage, string>> = {
  reported: '접수',
  dispatched: '지령',
  arrived: '도착',
  resolved: '종결',
};

/** 사건종별: the five major crimes of the 2016 statistics. */
export const POLICE_TYPE_NAMES = {
  homicide: '살인',
  robbery: '강도',
  'sexual-violence': '성폭력',
  theft: '절도',
  violence: '폭력',
} as const satisfies Partial<Record<IncidentType, string>>;
export type PoliceIncidentType = keyof typeof POLICE_TYPE_NAMES;
export const POLICE_TYPES = Object.keys(POLICE_TYPE_NAMES) as PoliceIncidentType[];

/** 대응코드: 코드0 (most urgent) … 코드4 (no dispatch), as Korean police grade 112 calls. */
export const RESPONSE_CODES = ['코드0', '코드1', '코드2', '코드3', '코드4'] as const;
export type ResponseCode = 0 | 1 | 2 | 3 | 4;

export interface PoliceFeedItem {
  /** Case number: `<YYYYMMDD>-<HHmmss>-<sequence>` of the call (KST). */
  사건번호: string;
  처리단계: string;
  단계일시: string;
  접수일시: string;
  지령일시: string | null;
  도착일시: string | null;
  종결일시: string | null;
  사건종별: string;
  대응코드: string;
  시군구명: string;
  /** Administrative dong. */
  행정동명: string | null;
  경도: number;
  위도: number;
  관할경찰서: string;
  /** Call taken → unit dispatched, seconds (known from 지령). */
  접수처리시간: number | null;
  /** Dispatched → on scene, seconds (known from 도착). */
  출동소요시간: number | null;
  /** On scene → closed, seconds (known from 종결). */
  현장처리시간: number | null;
  /** `Y`: generated data, not a real call. */
  합성데이터: 'Y' | 'N';
}
