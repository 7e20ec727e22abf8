/**
 * @module connectors/seoul-air/stations
 * The 51 Seoul air-quality monitoring stations of the Seoul Open Data air-quality sets (OA-2218),
 * spelled exactly as the source spells them, with a stable code, kind, gu and approximate position.
 *
 * Codes: the 25 urban stations (one per gu, named after it) carry the AirKorea 6-digit station code
 * (1111xx–1113xx). Roadside and background stations carry a derived code `9GGGNN`: 9, the last three
 * digits of the MOIS gu code, and a two-digit sequence within that gu. Derived codes never collide
 * with AirKorea codes (which start with 1) and do not change as long as this table keeps its rows.
 *
 * Positions are approximate (from the station's known address or site, to about 100–500 m); they place
 * each station inside its gu and are good for a map, not for surveying.
 */

export type StationKind = 'urban' | 'roadside' | 'background';

export interface Station {
  /** Name as the source spells it (`MSRSTE_NM`, `측정소명`). */
  name: string;
  code: string;
  nameEn: string;
  kind: StationKind;
  /** 5-digit MOIS gu code (SIG_CD). */
  district: string;
  lon: number;
  lat: number;
  /** True when `code` is derived here rather than AirKorea's. */
  derivedCode: boolean;
}

export const STATION_POSITION_NOTE =
  'Station positions are approximate (from the known address or site of each station); use them for maps, not surveying.';

type Row = [name: string, code: string, nameEn: string, kind: StationKind, district: string, lon: number, lat: number];

const ROWS: readonly Row[] = [
  // urban background stations, one per gu (AirKorea codes)
  ['종로구', '111123', 'Jongno-gu', 'urban', '11110', 127.00507, 37.57205],
  ['중구', '111121', 'Jung-gu', 'urban', '11140', 126.97562, 37.56434],
  ['용산구', '111131', 'Yongsan-gu', 'urban', '11170', 127.00026, 37.53481],
  ['성동구', '111142', 'Seongdong-gu', 'urban', '11200', 127.04968, 37.54205],
  ['광진구', '111141', 'Gwangjin-gu', 'urban', '11215', 127.09488, 37.54383],
  ['동대문구', '111152', 'Dongdaemun-gu', 'urban', '11230', 127.02838, 37.57640],
  ['중랑구', '111151', 'Jungnang-gu', 'urban', '11260', 127.09408, 37.58488],
  ['성북구', '111161', 'Seongbuk-gu', 'urban', '11290', 127.02729, 37.60672],
  ['강북구', '111291', 'Gangbuk-gu', 'urban', '11305', 127.01187, 37.64794],
  ['도봉구', '111171', 'Dobong-gu', 'urban', '11320', 127.02908, 37.65423],
  ['노원구', '111311', 'Nowon-gu', 'urban', '11350', 127.06785, 37.65748],
  ['은평구', '111181', 'Eunpyeong-gu', 'urban', '11380', 126.93394, 37.61073],
  ['서대문구', '111191', 'Seodaemun-gu', 'urban', '11410', 126.94966, 37.59379],
  ['마포구', '111201', 'Mapo-gu', 'urban', '11440', 126.90556, 37.55558],
  ['양천구', '111301', 'Yangcheon-gu', 'urban', '11470', 126.85660, 37.52599],
  ['강서구', '111212', 'Gangseo-gu', 'urban', '11500', 126.83517, 37.54467],
  ['구로구', '111221', 'Guro-gu', 'urban', '11530', 126.88942, 37.49789],
  ['금천구', '111281', 'Geumcheon-gu', 'urban', '11545', 126.90348, 37.45238],
  ['영등포구', '111231', 'Yeongdeungpo-gu', 'urban', '11560', 126.89626, 37.52641],
  ['동작구', '111241', 'Dongjak-gu', 'urban', '11590', 126.97162, 37.48098],
  ['관악구', '111251', 'Gwanak-gu', 'urban', '11620', 126.95703, 37.48064],
  ['서초구', '111262', 'Seocho-gu', 'urban', '11650', 126.99447, 37.50459],
  ['강남구', '111261', 'Gangnam-gu', 'urban', '11680', 127.04739, 37.51732],
  ['송파구', '111273', 'Songpa-gu', 'urban', '11710', 127.09252, 37.50273],
  ['강동구', '111274', 'Gangdong-gu', 'urban', '11740', 127.13682, 37.54500],
  // roadside stations (derived codes)
  ['종로', '911001', 'Jong-ro', 'roadside', '11110', 126.99800, 37.57080],
  ['청계천로', '914001', 'Cheonggyecheon-ro', 'roadside', '11140', 127.00100, 37.56650],
  ['한강대로', '917001', 'Hangang-daero', 'roadside', '11170', 126.97300, 37.53500],
  ['강변북로', '920001', 'Gangbyeonbuk-ro', 'roadside', '11200', 127.04100, 37.54300],
  ['홍릉로', '923001', 'Hongneung-ro', 'roadside', '11230', 127.04700, 37.58600],
  ['천호대로', '923002', 'Cheonho-daero', 'roadside', '11230', 127.05000, 37.57150],
  ['정릉로', '929001', 'Jeongneung-ro', 'roadside', '11290', 127.00500, 37.60300],
  ['화랑로', '935001', 'Hwarang-ro', 'roadside', '11350', 127.07500, 37.62000],
  ['신촌로', '944001', 'Sinchon-ro', 'roadside', '11440', 126.94100, 37.55600],
  ['공항대로', '950001', 'Gonghang-daero', 'roadside', '11500', 126.83800, 37.55850],
  ['시흥대로', '954501', 'Siheung-daero', 'roadside', '11545', 126.90000, 37.46000],
  ['영등포로', '956001', 'Yeongdeungpo-ro', 'roadside', '11560', 126.90600, 37.51700],
  ['동작대로', '959001', 'Dongjak-daero', 'roadside', '11590', 126.97900, 37.49300],
  ['강남대로', '965001', 'Gangnam-daero', 'roadside', '11650', 127.03630, 37.48120],
  ['도산대로', '968001', 'Dosan-daero', 'roadside', '11680', 127.03500, 37.52250],
  // background, park and boundary stations (derived codes)
  ['남산', '914002', 'Namsan', 'background', '11140', 126.99000, 37.55300],
  ['서울숲', '920002', 'Seoul Forest', 'background', '11200', 127.03750, 37.54450],
  ['북한산', '930501', 'Bukhansan', 'background', '11305', 127.00000, 37.65800],
  ['자연사박물관', '941001', 'Seodaemun Museum of Natural History', 'background', '11410', 126.93800, 37.57700],
  ['마포아트센터', '944002', 'Mapo Art Center', 'background', '11440', 126.94300, 37.55050],
  ['행주', '950002', 'Haengju', 'background', '11500', 126.81500, 37.58500],
  ['궁동', '953001', 'Gung-dong', 'background', '11530', 126.82800, 37.49900],
  ['항동', '953002', 'Hang-dong', 'background', '11530', 126.82000, 37.48400],
  ['관악산', '962001', 'Gwanaksan', 'background', '11620', 126.96000, 37.45000],
  ['세곡', '968002', 'Segok', 'background', '11680', 127.10500, 37.46500],
  ['올림픽공원', '971001', 'Olympic Park', 'background', '11710', 127.12200, 37.52100],
];

export const STATIONS: readonly Station[] = Object.freeze(
  ROWS.map(([name, code, nameEn, kind, district, lon, lat]) =>
    Object.freeze({ name, code, nameEn, kind, district, lon, lat, derivedCode: !code.startsWith('11') }),
  ),
);

const BY_NAME = new Map(STATIONS.map((s) => [s.name, s]));
const BY_CODE = new Map(STATIONS.map((s) => [s.code, s]));

/** Exact lookup by the source's spelling (surrounding spaces ignored); undefined when unknown. */
export const stationByName = (name: string): Station | undefined => BY_NAME.get(name.trim());

export const stationByCode = (code: string): Station | undefined => BY_CODE.get(code);
