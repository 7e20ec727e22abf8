/**
 * @module connectors/er-beds/hospitals
 * The Seoul emergency medical institutions the emergency-room feed reports on: the feed's institution id
 * (`hpid`), our id, names and the gu. The ids `A11000NN` are assigned by this platform's simulated feed in
 * the shape of the national emergency-medical system's ids (A + 7 digits); they are not the real ones.
 * An institution missing from this table is rejected to quarantine.
 */

export interface Hospital {
  hpid: string;
  /** Our id (EmergencyRoom.hospital), also the entity key `hospital:<id>`. */
  id: string;
  ko: string;
  en: string;
  /** MOIS gu code. */
  district: string;
}

const ROWS: readonly [hpid: string, id: string, ko: string, en: string, district: string][] = [
  ['A1100001', 'snuh', '서울대학교병원', 'Seoul National University Hospital', '11110'],
  ['A1100002', 'severance', '세브란스병원', 'Severance Hospital', '11410'],
  ['A1100003', 'samsung-medical-center', '삼성서울병원', 'Samsung Medical Center', '11680'],
  ['A1100004', 'asan-medical-center', '서울아산병원', 'Asan Medical Center', '11710'],
  ['A1100005', 'seoul-st-marys', '서울성모병원', "Seoul St. Mary's Hospital", '11650'],
  ['A1100006', 'national-medical-center', '국립중앙의료원', 'National Medical Center', '11140'],
  ['A1100007', 'korea-univ-anam', '고려대학교 안암병원', 'Korea University Anam Hospital', '11290'],
  ['A1100008', 'hanyang-univ', '한양대학교병원', 'Hanyang University Hospital', '11200'],
  ['A1100009', 'kyung-hee-univ', '경희대학교병원', 'Kyung Hee University Hospital', '11230'],
  ['A1100010', 'ewha-mokdong', '이대목동병원', 'Ewha Womans University Mokdong Hospital', '11470'],
  ['A1100011', 'chung-ang-univ', '중앙대학교병원', 'Chung-Ang University Hospital', '11590'],
  ['A1100012', 'konkuk-univ', '건국대학교병원', 'Konkuk University Medical Center', '11215'],
  ['A1100013', 'seoul-medical-center', '서울의료원', 'Seoul Medical Center', '11260'],
  ['A1100014', 'boramae', '보라매병원', 'SMG-SNU Boramae Medical Center', '11590'],
  ['A1100015', 'nowon-eulji', '노원을지대학교병원', 'Nowon Eulji University Hospital', '11350'],
  ['A1100016', 'kangnam-sacred-heart', '한림대학교 강남성심병원', 'Hallym University Kangnam Sacred Heart Hospital', '11560'],
  ['A1100017', 'korea-univ-guro', '고려대학교 구로병원', 'Korea University Guro Hospital', '11530'],
  ['A1100018', 'kyung-hee-gangdong', '강동경희대학교병원', 'Kyung Hee University Hospital at Gangdong', '11740'],
  ['A1100019', 'eunpyeong-st-marys', '은평성모병원', "Eunpyeong St. Mary's Hospital", '11380'],
  ['A1100020', 'kangbuk-samsung', '강북삼성병원', 'Kangbuk Samsung Hospital', '11110'],
  ['A1100021', 'yeouido-st-marys', '여의도성모병원', "Yeouido St. Mary's Hospital", '11560'],
  ['A1100022', 'sanggye-paik', '인제대학교 상계백병원', 'Inje University Sanggye Paik Hospital', '11350'],
  ['A1100023', 'gangnam-severance', '강남세브란스병원', 'Gangnam Severance Hospital', '11680'],
  ['A1100024', 'ewha-seoul', '이대서울병원', 'Ewha Womans University Seoul Hospital', '11500'],
  ['A1100025', 'seoul-seonam', '서울특별시 서남병원', 'Seoul Seonam Hospital', '11470'],
  ['A1100026', 'hanil', '한일병원', 'Hanil General Hospital', '11320'],
  ['A1100027', 'seoul-red-cross', '서울적십자병원', 'Seoul Red Cross Hospital', '11110'],
  ['A1100028', 'kangdong-sacred-heart', '강동성심병원', 'Kangdong Sacred Heart Hospital', '11740'],
  ['A1100029', 'soonchunhyang-seoul', '순천향대학교 서울병원', 'Soonchunhyang University Hospital Seoul', '11170'],
  ['A1100030', 'green-hospital', '녹색병원', 'Green Hospital', '11260'],
];

export const HOSPITALS: readonly Hospital[] = Object.freeze(ROWS.map(([hpid, id, ko, en, district]) => Object.freeze({ hpid, id, ko, en, district })));

const BY_HPID = new Map(HOSPITALS.map((h) => [h.hpid, h]));

export const hospitalByHpid = (hpid: string): Hospital | undefined => BY_HPID.get(hpid.trim());
