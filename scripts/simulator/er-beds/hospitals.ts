/**
 * @module scripts/simulator/er-beds/hospitals
 * What the simulated emergency-room system knows of each institution besides its name: legal dong (for the
 * address), position, level and beds in service. Positions are approximate (about 100–300 m, from each
 * hospital's known site; a test checks each lies in its gu). Levels follow public listings of Seoul's
 * regional and local emergency centres around 2021–2024 and may be out of date; bed totals are plausible
 * figures for the level and size, not the institutions' real counts (SYNTHETIC like the availability).
 */
import type { EmergencyRoom } from '../../../server/contracts/index.ts';

export interface ErSite {
  hpid: string;
  dong: string;
  lon: number;
  lat: number;
  level: EmergencyRoom['level'];
  beds: number;
}

const R = 'regional-center' as const;
const C = 'local-center' as const;
const I = 'local-institution' as const;

export const ER_SITES: readonly ErSite[] = Object.freeze(
  (
    [
      ['A1100001', '연건동', 126.999, 37.5796, R, 36], ['A1100002', '신촌동', 126.9408, 37.5622, C, 48],
      ['A1100003', '일원동', 127.0857, 37.4881, C, 44], ['A1100004', '풍납동', 127.1082, 37.5265, R, 50],
      ['A1100005', '반포동', 127.005, 37.5016, C, 38], ['A1100006', '을지로6가', 127.0058, 37.5672, R, 30],
      ['A1100007', '안암동5가', 127.0264, 37.5873, R, 34], ['A1100008', '사근동', 127.0447, 37.5595, R, 30],
      ['A1100009', '회기동', 127.0516, 37.5937, C, 28], ['A1100010', '목동', 126.8865, 37.5366, R, 28],
      ['A1100011', '흑석동', 126.9586, 37.5071, C, 26], ['A1100012', '화양동', 127.0719, 37.5408, C, 28],
      ['A1100013', '신내동', 127.0986, 37.6127, C, 24], ['A1100014', '신대방동', 126.924, 37.4937, C, 26],
      ['A1100015', '하계동', 127.0704, 37.6363, C, 26], ['A1100016', '대림동', 126.9085, 37.4934, C, 24],
      ['A1100017', '구로동', 126.8848, 37.4922, R, 34], ['A1100018', '상일동', 127.1575, 37.5536, C, 24],
      ['A1100019', '진관동', 126.9165, 37.6336, C, 28], ['A1100020', '평동', 126.9678, 37.5685, C, 20],
      ['A1100021', '여의도동', 126.9368, 37.5183, C, 20], ['A1100022', '상계동', 127.063, 37.6486, C, 22],
      ['A1100023', '도곡동', 127.0463, 37.4926, C, 22], ['A1100024', '마곡동', 126.8367, 37.5573, C, 24],
      ['A1100025', '신정동', 126.8348, 37.5126, I, 12], ['A1100026', '쌍문동', 127.0346, 37.6458, I, 12],
      ['A1100027', '평동', 126.9667, 37.567, I, 10], ['A1100028', '길동', 127.1359, 37.5363, C, 22],
      ['A1100029', '한남동', 127.0046, 37.5341, C, 20], ['A1100030', '면목동', 127.0858, 37.5835, I, 10],
    ] as const
  ).map(([hpid, dong, lon, lat, level, beds]) => Object.freeze({ hpid, dong, lon, lat, level, beds })),
);
