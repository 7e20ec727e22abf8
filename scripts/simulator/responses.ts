/**
 * @module scripts/simulator/responses
 * Pure: Seoul Open API response bodies (RealtimeCityAir, DailyAverageAirQuality, bare RESULT errors).
 */
import { stationByName } from '../../connectors/seoul-air/stations.ts';
import { computeCai } from '../../server/actors/district/cai.ts';
import type { CaiGrade } from '../../server/contracts/index.ts';
import type { CsvRow } from './csv.ts';

export const MESSAGES: Record<string, string> = {
  'INFO-000': '정상 처리되었습니다',
  'INFO-100': '인증키가 유효하지 않습니다. 인증키가 없는 경우, 열린 데이터 광장 홈페이지에서 인증키를 신청하십시오.',
  'INFO-200': '해당하는 데이터가 없습니다.',
  'ERROR-300': '필수 값이 누락되어 있습니다. 요청인자를 참고 하십시오.',
  'ERROR-301': '파일타입 값이 누락 혹은 유효하지 않습니다. 요청인자 중 TYPE을 확인하십시오.',
  'ERROR-310': '해당하는 서비스를 찾을 수 없습니다. 요청인자 중 SERVICE를 확인하십시오.',
  'ERROR-331': '요청시작위치 값을 확인하십시오. 요청인자 중 START_INDEX를 확인하십시오.',
  'ERROR-332': '요청종료위치 값을 확인하십시오. 요청인자 중 END_INDEX를 확인하십시오.',
  'ERROR-333': '요청위치 값의 타입이 유효하지 않습니다. 요청위치 값은 정수를 입력하세요.',
  'ERROR-336': '데이터요청은 한번에 최대 1000건을 넘을 수 없습니다.',
  'ERROR-500': '서버 오류입니다.',
};

export const resultBody = (code: string): object => ({ RESULT: { CODE: code, MESSAGE: MESSAGES[code] ?? code } });

/** 생활권 (region) of each gu, by MOIS code, as RealtimeCityAir names it in MSRRGN_NM. */
const REGION_OF_GU: Record<string, string> = {
  11110: '도심권', 11140: '도심권', 11170: '도심권',
  11380: '서북권', 11410: '서북권', 11440: '서북권',
  11200: '동북권', 11215: '동북권', 11230: '동북권', 11260: '동북권', 11290: '동북권', 11305: '동북권', 11320: '동북권', 11350: '동북권',
  11470: '서남권', 11500: '서남권', 11530: '서남권', 11545: '서남권', 11560: '서남권', 11590: '서남권', 11620: '서남권',
  11650: '동남권', 11680: '동남권', 11710: '동남권', 11740: '동남권',
};

export const regionOf = (station: string): string => REGION_OF_GU[stationByName(station)?.district ?? ''] ?? '기타';

const out = (v: number | null): number | string => (v === null ? '' : v);

/** CSV values (no2, o3, co, so2, pm10, pm25) as the API's fields. */
const fields = (r: CsvRow): Record<'NO2' | 'O3' | 'CO' | 'SO2' | 'PM10' | 'PM25', number | null> => {
  const [no2 = null, o3 = null, co = null, so2 = null, pm10 = null, pm25 = null] = r.values;
  return { NO2: no2, O3: o3, CO: co, SO2: so2, PM10: pm10, PM25: pm25 };
};

/** Grade names as RealtimeCityAir spells them (IDEX_NM). */
const GRADE_NAMES: Record<CaiGrade, string> = { good: '좋음', moderate: '보통', unhealthy: '나쁨', 'very-unhealthy': '매우나쁨' };

export const realtimeRow = (r: CsvRow, msrdt: string): Record<string, number | string> => {
  const f = fields(r);
  const cai = computeCai({ pm10: f.PM10, pm25: f.PM25, o3: f.O3, no2: f.NO2, co: f.CO, so2: f.SO2 });
  return {
    MSRDT: msrdt,
    MSRRGN_NM: regionOf(r.station),
    MSRSTE_NM: r.station,
    PM10: out(f.PM10), PM25: out(f.PM25), O3: out(f.O3), NO2: out(f.NO2), CO: out(f.CO), SO2: out(f.SO2),
    IDEX_NM: cai.grade === null ? '점검중' : GRADE_NAMES[cai.grade],
    IDEX_MVL: cai.cai ?? '',
    ARPLT_MAIN: cai.dominant?.toUpperCase() ?? '',
    SRC_DE: r.date,
  };
};

export const dailyRow = (r: CsvRow): Record<string, number | string> => {
  const f = fields(r);
  return { MSRDT_DE: r.date, MSRSTE_NM: r.station, NO2: out(f.NO2), O3: out(f.O3), CO: out(f.CO), SO2: out(f.SO2), PM10: out(f.PM10), PM25: out(f.PM25) };
};

export const listBody = (service: string, total: number, rows: object[]): object => ({
  [service]: { list_total_count: total, RESULT: { CODE: 'INFO-000', MESSAGE: MESSAGES['INFO-000'] }, row: rows },
});
