/**
 * @module scripts/simulator/police-112/items
 * Pure: one feed item (the 112 system's shape, Korean field names, KST times) for one stage of one synthetic
 * incident. Times and durations appear from the stage at which the system knows them; `합성데이터: 'Y'`.
 */
import { guByCode } from '../../../connectors/_safety/gu.ts';
import { formatKst } from '../../../connectors/_safety/kst.ts';
import { POLICE_STAGE_NAMES, POLICE_TYPE_NAMES, RESPONSE_CODES, type PoliceFeedItem } from '../../../connectors/police-112/api.ts';
import { INCIDENT_STAGES } from '../../../server/contracts/index.ts';
import type { StageIndex } from '../safety-common/feed.ts';
import type { PoliceIncident } from './generator.ts';

const timeIf = (inc: PoliceIncident, stage: StageIndex, upTo: StageIndex): string | null => (stage <= upTo ? formatKst(inc.at[stage]) : null);

export const policeItem = (inc: PoliceIncident, stage: StageIndex): PoliceFeedItem => ({
  사건번호: inc.number,
  처리단계: POLICE_STAGE_NAMES[INCIDENT_STAGES[stage]],
  단계일시: formatKst(inc.at[stage]),
  접수일시: formatKst(inc.at[0]),
  지령일시: timeIf(inc, 1, stage),
  도착일시: timeIf(inc, 2, stage),
  종결일시: timeIf(inc, 3, stage),
  사건종별: POLICE_TYPE_NAMES[inc.type],
  대응코드: RESPONSE_CODES[inc.code],
  시군구명: guByCode(inc.station.district)?.ko ?? '',
  행정동명: inc.dong,
  경도: inc.lon,
  위도: inc.lat,
  관할경찰서: inc.station.ko,
  접수처리시간: stage >= 1 ? inc.durations.dispatchS : null,
  출동소요시간: stage >= 2 ? inc.durations.travelS : null,
  현장처리시간: stage >= 3 ? inc.durations.onSceneS : null,
  합성데이터: 'Y',
});
