/**
 * @module complaints/categories
 * The complaint categories the city answers, as the 120 Dasan call centre sorts its civil complaints (민원).
 * Each carries its Open311 group, the Seoul Metropolitan Government division that answers by default, and the
 * answer time the city promises. The periods follow the Civil Petitions Act (민원 처리에 관한 법률) as Seoul
 * applies it: 7 days for most grievances, 3 days where a site visit settles the matter (a car, a pothole, a
 * lamp, an animal, a hazard), 14 days where an inquiry or a fine procedure is involved. `code` doubles as the
 * Open311 service_code. Department names are those of Seoul's divisions; each gu office has its own
 * counterpart, to which the city's division hands many cases on.
 */
import type { ComplaintCategory, LocalizedText } from '../contracts/index.ts';

const g = (ko: string, en: string): LocalizedText => ({ ko, en });

const TRANSPORT = g('교통', 'Transport');
const STREETS = g('도로·시설물', 'Streets and street furniture');
const ENVIRONMENT = g('환경·청소', 'Environment and sanitation');
const WATER = g('상하수도', 'Water and sewers');
const PARKS = g('공원·동물', 'Parks, trees and animals');
const BUILDINGS = g('건축·안전', 'Buildings and safety');
const CITIZENS = g('복지·세무', 'Welfare and taxes');

const ROADS = g('도로관리과', 'Road Management Division');
const RESOURCES = g('자원순환과', 'Resource Circulation Division');

const category = (
  code: string,
  name: LocalizedText,
  group: LocalizedText,
  department: LocalizedText,
  slaDays: number,
  keywords: readonly string[],
): ComplaintCategory => Object.freeze({ code, name, group, department, slaDays, keywords: [...keywords] });

export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = Object.freeze([
  category('illegal-parking', g('불법주정차', 'Illegal parking'), TRANSPORT, g('교통지도과', 'Traffic Enforcement Division'), 3, [
    '불법주차', '주정차', '견인', '소화전', '횡단보도', '어린이보호구역', 'illegal parking', 'tow', 'blocked driveway',
  ]),
  category('public-transport', g('대중교통 불편', 'Public transport'), TRANSPORT, g('대중교통과', 'Public Transportation Division'), 7, [
    '지하철', '환승', '교통카드', '엘리베이터', '역사', 'subway', 'transfer', 'transit card', 'station',
  ]),
  category('bus-service', g('버스 불편', 'Bus service'), TRANSPORT, g('버스정책과', 'Bus Policy Division'), 7, [
    '버스', '무정차', '배차간격', '난폭운전', '정류장', 'bus', 'skipped stop', 'headway', 'reckless driving',
  ]),
  category('taxi-service', g('택시 불편', 'Taxi service'), TRANSPORT, g('택시물류과', 'Taxi and Logistics Division'), 14, [
    '택시', '승차거부', '부당요금', '불친절', '카드결제 거부', 'taxi', 'refusal', 'overcharge', 'rude driver',
  ]),
  category('road-damage', g('도로파손', 'Road damage and potholes'), STREETS, ROADS, 3, [
    '포트홀', '도로파손', '보도블럭', '맨홀', '침하', 'pothole', 'broken pavement', 'manhole', 'sidewalk',
  ]),
  category('streetlight', g('가로등 고장', 'Streetlight out'), STREETS, g('도시빛정책과', 'Urban Lighting Policy Division'), 3, [
    '가로등', '보안등', '소등', '깜빡임', '신호등', 'streetlight', 'lamp out', 'flickering', 'dark street',
  ]),
  category('snow-removal', g('제설', 'Snow and ice removal'), STREETS, ROADS, 3, [
    '제설', '빙판', '염화칼슘', '눈', '결빙', 'snow', 'ice', 'de-icing', 'slippery',
  ]),
  category('illegal-signage', g('불법광고물', 'Illegal signs and flyers'), STREETS, g('디자인정책과', 'Design Policy Division'), 7, [
    '현수막', '불법광고', '전단지', '입간판', '벽보', 'banner', 'flyer', 'illegal sign', 'poster',
  ]),
  category('noise', g('소음', 'Noise'), ENVIRONMENT, g('생활환경과', 'Living Environment Division'), 7, [
    '소음', '층간소음', '확성기', '야간소음', '공사소음', '영업소음', 'noise', 'loud music', 'late-night noise',
  ]),
  category('illegal-dumping', g('쓰레기 무단투기', 'Illegal dumping'), ENVIRONMENT, g('청소행정과', 'Sanitation Administration Division'), 7, [
    '무단투기', '쓰레기', '대형폐기물', '종량제', 'CCTV', 'illegal dumping', 'garbage', 'bulky waste', 'litter',
  ]),
  category('recycling', g('재활용·생활폐기물 수거', 'Recycling and waste collection'), ENVIRONMENT, RESOURCES, 7, [
    '재활용', '분리배출', '수거', '음식물쓰레기', '미수거', 'recycling', 'collection', 'food waste', 'missed pickup',
  ]),
  category('water-supply', g('상수도', 'Water supply'), WATER, g('상수도사업본부 급수운영과', 'Seoul Waterworks, Water Supply Operations Division'), 7, [
    '단수', '누수', '수돗물', '수질', '동파', '계량기', 'water outage', 'leak', 'tap water', 'frozen meter',
  ]),
  category('sewer-odour', g('하수도·악취', 'Sewers and odours'), WATER, g('하수관리과', 'Sewer Management Division'), 7, [
    '하수구', '악취', '빗물받이', '역류', '맨홀', 'sewer', 'odour', 'smell', 'drain', 'backflow',
  ]),
  category('parks-trees', g('공원·가로수', 'Parks and street trees'), PARKS, g('조경과', 'Landscape Division'), 7, [
    '공원', '가로수', '가지치기', '쓰러진 나무', '놀이터', '벤치', 'park', 'street tree', 'pruning', 'fallen tree',
  ]),
  category('stray-animals', g('유기동물', 'Stray and injured animals'), PARKS, g('동물보호과', 'Animal Protection Division'), 3, [
    '유기견', '유기묘', '들개', '길고양이', '로드킬', 'stray dog', 'stray cat', 'feral dogs', 'injured animal',
  ]),
  category('construction', g('건축·공사장', 'Buildings and construction sites'), BUILDINGS, g('건축기획과', 'Architecture Planning Division'), 14, [
    '공사장', '분진', '불법건축물', '비산먼지', '가설울타리', '철거', 'construction site', 'dust', 'illegal building', 'demolition',
  ]),
  category('safety-hazard', g('안전 위험', 'Safety hazards'), BUILDINGS, g('안전총괄과', 'Safety Management Division'), 3, [
    '위험', '싱크홀', '추락', '붕괴', '낙하물', '축대', 'hazard', 'sinkhole', 'falling objects', 'collapse',
  ]),
  category('welfare', g('복지 상담', 'Welfare advice'), CITIZENS, g('복지정책과', 'Welfare Policy Division'), 7, [
    '복지', '기초생활', '긴급지원', '돌봄', '독거노인', '바우처', 'welfare', 'benefits', 'elderly living alone', 'emergency aid',
  ]),
  category('tax-fines', g('세금·과태료', 'Taxes and fines'), CITIZENS, g('세무과', 'Tax Division'), 14, [
    '재산세', '자동차세', '과태료', '고지서', '체납', '이의신청', 'property tax', 'car tax', 'fine', 'tax bill', 'appeal',
  ]),
]);

const BY_CODE = new Map(COMPLAINT_CATEGORIES.map((c) => [c.code, c]));
const BY_NAME = new Map(COMPLAINT_CATEGORIES.map((c) => [c.name.ko, c]));

/** The category with this code (the Open311 service_code); undefined when unknown. */
export const categoryByCode = (code: string): ComplaintCategory | undefined => BY_CODE.get(code);

/** The category with this Korean name (`불법주정차`), as source systems write it; undefined when unknown. */
export const categoryByName = (ko: string): ComplaintCategory | undefined => BY_NAME.get(ko.trim());
