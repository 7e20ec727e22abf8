/**
 * @module connectors/police-112/stations
 * Seoul's 31 police stations (서울지방경찰청 산하 경찰서, as in the 2016 crime file) and the gu each sits in.
 * Six gu have two stations: 중구 (중부, 남대문), 종로구 (종로, 혜화), 성북구 (성북, 종암), 은평구 (은평, 서부),
 * 서초구 (서초, 방배), 강남구 (강남, 수서). A station's precinct can reach into a neighbouring gu; this table
 * keeps the gu of the station itself. Responder id: `police-station:<slug>`.
 */

export interface PoliceStation {
  /** The short name of the 2016 file's 관서명, e.g. `강남서`. */
  short: string;
  /** Full name, e.g. `강남경찰서`. */
  ko: string;
  en: string;
  /** `police-station:<slug>` */
  id: string;
  /** The gu it sits in (MOIS code). */
  district: string;
}

const ROWS: readonly [short: string, slug: string, en: string, district: string][] = [
  ['중부서', 'jungbu', 'Jungbu', '11140'], ['종로서', 'jongno', 'Jongno', '11110'], ['남대문서', 'namdaemun', 'Namdaemun', '11140'],
  ['서대문서', 'seodaemun', 'Seodaemun', '11410'], ['혜화서', 'hyehwa', 'Hyehwa', '11110'], ['용산서', 'yongsan', 'Yongsan', '11170'],
  ['성북서', 'seongbuk', 'Seongbuk', '11290'], ['동대문서', 'dongdaemun', 'Dongdaemun', '11230'], ['마포서', 'mapo', 'Mapo', '11440'],
  ['영등포서', 'yeongdeungpo', 'Yeongdeungpo', '11560'], ['성동서', 'seongdong', 'Seongdong', '11200'], ['동작서', 'dongjak', 'Dongjak', '11590'],
  ['광진서', 'gwangjin', 'Gwangjin', '11215'], ['서부서', 'seobu', 'Seobu', '11380'], ['강북서', 'gangbuk', 'Gangbuk', '11305'],
  ['금천서', 'geumcheon', 'Geumcheon', '11545'], ['중랑서', 'jungnang', 'Jungnang', '11260'], ['강남서', 'gangnam', 'Gangnam', '11680'],
  ['관악서', 'gwanak', 'Gwanak', '11620'], ['강서서', 'gangseo', 'Gangseo', '11500'], ['강동서', 'gangdong', 'Gangdong', '11740'],
  ['종암서', 'jongam', 'Jongam', '11290'], ['구로서', 'guro', 'Guro', '11530'], ['서초서', 'seocho', 'Seocho', '11650'],
  ['양천서', 'yangcheon', 'Yangcheon', '11470'], ['송파서', 'songpa', 'Songpa', '11710'], ['노원서', 'nowon', 'Nowon', '11350'],
  ['방배서', 'bangbae', 'Bangbae', '11650'], ['은평서', 'eunpyeong', 'Eunpyeong', '11380'], ['도봉서', 'dobong', 'Dobong', '11320'],
  ['수서서', 'suseo', 'Suseo', '11680'],
];

export const POLICE_STATIONS: readonly PoliceStation[] = Object.freeze(
  ROWS.map(([short, slug, en, district]) =>
    Object.freeze({ short, ko: short.replace(/서$/, '경찰서'), en: `${en} Police Station`, id: `police-station:${slug}`, district }),
  ),
);

const BY_NAME = new Map<string, PoliceStation>();
for (const s of POLICE_STATIONS) {
  BY_NAME.set(s.ko, s);
  BY_NAME.set(s.short, s);
}

/** Lookup by full (`강남경찰서`, `서울강남경찰서`) or short (`강남서`) name; undefined when unknown. */
export const policeStationByName = (name: string): PoliceStation | undefined => BY_NAME.get(name.trim().replace(/^서울/, ''));
