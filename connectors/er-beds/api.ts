/**
 * @module connectors/er-beds/api
 * Pure facts about the emergency-room bed feed, shared by the connector and its simulator. It follows the
 * national emergency-medical system's real-time bed service (응급실 실시간 가용병상정보, data.go.kr style):
 *   GET {base}/beds?pageNo=<n>&numOfRows=<1..1000>[&STAGE2=<gu>]
 * one item per institution with its current emergency-room beds. The feed this platform ships with is
 * SIMULATED (`syntheticYn: 'Y'`).
 */
import type { EmergencyRoom } from '../../server/contracts/index.ts';

export const ER_FEED_PATH = '/beds';

/** 응급의료기관 종별 (dutyEmclsName) of each level. */
export const LEVEL_NAMES: Readonly<Record<EmergencyRoom['level'], string>> = {
  'regional-center': '권역응급의료센터',
  'local-center': '지역응급의료센터',
  'local-institution': '지역응급의료기관',
};

export interface ErBedsItem {
  rnum: number;
  /** Institution id. */
  hpid: string;
  /** Institution name. */
  dutyName: string;
  /** Address: `서울특별시 <gu> <dong>`. */
  dutyAddr: string;
  dutyEmclsName: string;
  wgs84Lon: number;
  wgs84Lat: number;
  /** Emergency-room beds available now; negative when more patients wait than there are beds. */
  hvec: number;
  /** Emergency-room beds in service (the standard count). */
  hvs01: number;
  /** When the institution last updated its figures, KST `YYYYMMDDHHmmss`. */
  hvidate: string;
  /** `Y`: generated figures. */
  syntheticYn: 'Y' | 'N';
}
