/**
 * @module connectors/fire-119/stations
 * Seoul's fire stations (서울특별시 소방재난본부 산하 소방서), one per gu and named after it — except 중구,
 * whose station is 중부소방서 (Jungbu). The 119 feed names the responsible station (`관할소방서`) in
 * Korean; the responder id is `fire-station:<gu code>`.
 */
import { SEOUL_GU, type Gu } from '../_safety/gu.ts';

export interface FireStation {
  /** `fire-station:<gu code>` */
  id: string;
  ko: string;
  en: string;
  /** The gu it covers (MOIS code). */
  district: string;
}

const SPECIAL: Readonly<Record<string, { ko: string; en: string }>> = {
  '11140': { ko: '중부소방서', en: 'Jungbu Fire Station' },
};

const stationOf = (g: Gu): FireStation => {
  const name = SPECIAL[g.code] ?? { ko: `${g.ko.replace(/구$/, '')}소방서`, en: `${g.en.replace(/-gu$/, '')} Fire Station` };
  return Object.freeze({ id: `fire-station:${g.code}`, ...name, district: g.code });
};

export const FIRE_STATIONS: readonly FireStation[] = Object.freeze(SEOUL_GU.map(stationOf));

const BY_NAME = new Map(FIRE_STATIONS.map((s) => [s.ko, s]));
const BY_DISTRICT = new Map(FIRE_STATIONS.map((s) => [s.district, s]));

/** Exact lookup by Korean name (`강남소방서`; `서울` prefix as in `서울중부소방서` accepted). */
export const fireStationByName = (name: string): FireStation | undefined => BY_NAME.get(name.trim().replace(/^서울/, ''));

/** The station covering a gu. */
export const fireStationOf = (district: string): FireStation | undefined => BY_DISTRICT.get(district);
