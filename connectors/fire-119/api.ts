/**
 * @module connectors/fire-119/api
 * Pure facts about the 119 dispatch system's stage-change feed, shared by the connector and its simulator.
 *
 *   GET {base}/incidents?from=<YYYYMMDDHHmmss KST>&limit=<1..1000>
 *   GET {base}/incidents?since=<cursor>&limit=<1..1000>
 *
 * Each item is one stage change of one incident (접수 → 출동 → 도착 → 완료), carrying the incident's record
 * as the dispatch system holds it, in Korean field names and KST times. `body.nextCursor` is the position
 * after the last item; `body.hasMore` says whether more items are waiting now.
 */
import type { IncidentStage, IncidentType } from '../../server/contracts/index.ts';

export const FIRE_FEED_PATH = '/incidents';

/** 처리단계 of each stage. */
export const FIRE_STAGE_NAMES: Readonly<Record<IncidentStage, string>> = {
  reported: '접수',
  dispatched: '출동',
  arrived: '도착',
  resolved: '완료',
};

/** 사고유형 the 119 system uses for each incident type the platform knows. */
export const FIRE_TYPE_NAMES: Readonly<Partial<Record<IncidentType, string>>> = { fire: '화재', rescue: '구조', ems: '구급' };

/** One item of the feed, as the 119 system sends it. */
export interface FireFeedItem {
  /** Incident number: `<YYYYMMDD>-<HHmmss>-<sequence>` of the report (KST). */
  신고번호: string;
  처리단계: string;
  /** When this stage happened (KST, `YYYY-MM-DD HH:mm:ss`). */
  단계일시: string;
  신고일시: string;
  출동일시: string | null;
  도착일시: string | null;
  완료일시: string | null;
  사고유형: string;
  시군구명: string;
  읍면동명: string | null;
  경도: number;
  위도: number;
  관할소방서: string;
  사망수: number | null;
  부상자수: number | null;
  /** Property damage, thousand KRW (천원). */
  재산피해금액: number | null;
  /** Call handling, reported → dispatched, seconds (known from 출동). */
  접수처리시간: number | null;
  /** `Y` when 접수처리시간 is an estimate rather than a measurement. */
  접수처리시간추정: 'Y' | 'N';
  /** Travel, dispatched → arrived, seconds (known from 도착). */
  출동소요시간: number | null;
  /** Suppression, arrived → resolved, seconds (known from 완료). */
  화재진압시간: number | null;
  /** Simulator only: the time of the replayed real record. */
  원본화재발생일시?: string;
}
