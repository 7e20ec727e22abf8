/**
 * @module scripts/simulator/fire-119/items
 * Pure: one feed item (the 119 system's shape, Korean field names, KST times) for one stage of one incident.
 * Times and durations appear from the stage at which the dispatch system knows them. The casualty and damage
 * figures are the replayed record's final values and are present from the first stage on.
 */
import { guByName } from '../../../connectors/_safety/gu.ts';
import { formatKst } from '../../../connectors/_safety/kst.ts';
import { FIRE_STAGE_NAMES, type FireFeedItem } from '../../../connectors/fire-119/api.ts';
import { fireStationOf } from '../../../connectors/fire-119/stations.ts';
import { INCIDENT_STAGES } from '../../../server/contracts/index.ts';
import type { StageIndex } from '../safety-common/feed.ts';
import type { FireIncident } from './replay.ts';

const timeIf = (inc: FireIncident, stage: StageIndex, upTo: StageIndex): string | null => (stage <= upTo ? formatKst(inc.at[stage]) : null);

/** The responsible station: the one covering the row's gu ('' when the gu is unknown: the connector rejects it). */
export const stationNameOf = (gu: string): string => fireStationOf(guByName(gu)?.code ?? '')?.ko ?? '';

export const fireItem = (inc: FireIncident, stage: StageIndex): FireFeedItem => {
  const r = inc.row;
  return {
    신고번호: inc.number,
    처리단계: FIRE_STAGE_NAMES[INCIDENT_STAGES[stage]],
    단계일시: formatKst(inc.at[stage]),
    신고일시: formatKst(inc.at[0]),
    출동일시: timeIf(inc, 1, stage),
    도착일시: timeIf(inc, 2, stage),
    완료일시: timeIf(inc, 3, stage),
    사고유형: '화재',
    시군구명: r.gu,
    읍면동명: r.dong === '' ? null : r.dong,
    경도: r.lon,
    위도: r.lat,
    관할소방서: stationNameOf(r.gu),
    사망수: r.deaths,
    부상자수: r.injuries,
    재산피해금액: r.damage,
    접수처리시간: stage >= 1 ? inc.dispatchS : null,
    접수처리시간추정: 'Y',
    출동소요시간: stage >= 2 ? r.travelS : null,
    화재진압시간: stage >= 3 ? r.suppressionS : null,
    원본화재발생일시: r.atText,
  };
};
