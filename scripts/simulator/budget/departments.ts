/**
 * @module scripts/simulator/budget/departments
 * The departments of the SYNTHETIC budget and the kinds of programme each runs. Names are modelled on
 * Seoul's offices and divisions, not taken from a budget book; the shares of the city's budget are rough
 * (welfare, the grants to the gu and the transfer to the education office are the largest, as in Seoul's).
 * The departments of the four-year plan (db/reference/indicators/plan.json) carry its names exactly.
 *   [code, Korean, English, weight (‰ of the budget), themes: [Korean, English, account]]
 */
import type { BudgetAccount } from '../../../server/contracts/budget.ts';

export type Theme = readonly [ko: string, en: string, account: BudgetAccount];

export interface Department {
  code: string;
  ko: string;
  en: string;
  /** Share of the city's budget, relative to the other departments. */
  weight: number;
  themes: readonly Theme[];
}

type Row = readonly [code: string, ko: string, en: string, weight: number, themes: readonly Theme[]];

const G = 'general' as const;
const S = 'special' as const;
const F = 'fund' as const;

const ROWS: readonly Row[] = [
  ['jobs', '일자리정책과', 'Job Policy Division', 14, [['직업훈련 운영', 'Vocational training', G], ['공공일자리 사업', 'Public job schemes', G]]],
  ['soc-econ', '사회적경제담당관', 'Social Economy Division', 4, [['사회적기업 육성', 'Social enterprise support', G], ['협동조합 지원', 'Co-operative support', G]]],
  ['smb', '소상공인정책담당관', 'Small Business Policy Division', 18, [['소상공인 경영안정자금', 'Small business stabilisation loans', F], ['전통시장 시설 현대화', 'Traditional market upgrades', G], ['골목상권 활성화', 'Local shopping street revival', G]]],
  ['housing', '주택정책과', 'Housing Policy Division', 62, [['장기전세주택 매입', 'Long-term jeonse housing purchases', S], ['노후 공공임대 재정비', 'Renewal of old public rental housing', S], ['주거급여 지원', 'Housing benefit', G], ['주택 개량 융자', 'Home improvement loans', F]]],
  ['seniors', '어르신복지과', 'Senior Welfare Division', 80, [['기초연금 지급', 'Basic pension', G], ['노인장기요양 지원', 'Long-term care support', G], ['경로당 운영 지원', 'Senior centre operations', G]]],
  ['health', '시민건강국 건강증진과', 'Health Promotion Division', 9, [['금연·절주 사업', 'Smoking and drinking prevention', G], ['건강검진 지원', 'Health screening support', G]]],
  ['healthcare', '보건의료정책과', 'Health Care Policy Division', 22, [['시립병원 운영 지원', 'City hospital operations', G], ['감염병 대응', 'Infectious disease response', G], ['응급의료 체계 지원', 'Emergency medical system support', G]]],
  ['women', '여성정책담당관', "Women's Policy Division", 6, [['여성발전기금 사업', 'Women development fund programmes', F], ['여성폭력 피해자 지원', 'Support for survivors of violence', G]]],
  ['family', '가족담당관', 'Family Division', 12, [['다문화가족 지원', 'Multicultural family support', G], ['가족센터 운영', 'Family centre operations', G]]],
  ['org', '조직담당관', 'Organisation Division', 3, [['조직진단 운영', 'Organisational reviews', G]]],
  ['air', '대기정책과', 'Air Quality Policy Division', 16, [['노후 경유차 저공해 사업', 'Low-emission retrofits of old diesel vehicles', S], ['대기측정망 운영', 'Air monitoring network', G]]],
  ['energy', '녹색에너지과', 'Green Energy Division', 10, [['건물 에너지효율화 융자', 'Building energy efficiency loans', F], ['신재생에너지 보급', 'Renewable energy installations', G]]],
  ['climate', '기후변화정책과', 'Climate Change Policy Division', 8, [['기후대응기금 사업', 'Climate response fund programmes', F], ['온실가스 감축 사업', 'Greenhouse gas reduction', G]]],
  ['resource', '자원순환과', 'Resource Circulation Division', 18, [['재활용 선별시설 운영', 'Recycling sorting plants', G], ['자원회수시설 운영', 'Resource recovery plants', G]]],
  ['parks', '공원녹지정책과', 'Parks and Green Space Policy Division', 24, [['도시공원 조성', 'Urban park construction', G], ['공원 유지관리', 'Park maintenance', G], ['가로수 관리', 'Street tree care', G]]],
  ['fire', '소방재난본부 119종합상황실', 'Fire and Disaster HQ, 119 Situation Room', 40, [['소방장비 확충', 'Fire equipment', G], ['119 상황관리 운영', '119 situation management', G], ['소방공무원 인건비', 'Firefighter salaries', G]]],
  ['traffic', '교통운영과', 'Traffic Operations Division', 14, [['교통신호 운영', 'Traffic signal operations', G], ['교통안전시설 정비', 'Traffic safety facilities', S]]],
  ['police', '자치경찰위원회', 'Autonomous Police Committee', 3, [['자치경찰 협력사업', 'Autonomous police co-operation', G]]],
  ['safety', '안전총괄과', 'Safety Management Division', 14, [['재난관리기금 사업', 'Disaster management fund programmes', F], ['시설물 안전점검', 'Facility safety inspections', G]]],
  ['transport', '교통정책과', 'Transport Policy Division', 20, [['교통카드 시스템 운영', 'Transit card system', S], ['광역교통 협력', 'Metropolitan transport co-operation', S]]],
  ['cycling', '보행자전거과', 'Walking and Cycling Division', 7, [['공공자전거 운영', 'Public bicycle operations', S], ['보행환경 개선', 'Pedestrian environment improvements', G]]],
  ['petitions', '민원담당관', 'Civil Petitions Division', 3, [['120다산콜재단 운영 지원', '120 Dasan Call Center operations', G], ['민원 시스템 운영', 'Petition systems', G]]],
  ['coop', '시민협력과', 'Citizen Cooperation Division', 4, [['시민참여예산 사업', 'Participatory budgeting projects', G], ['자원봉사 활성화', 'Volunteering support', G]]],
  ['welfare', '복지정책과', 'Welfare Policy Division', 130, [['국민기초생활보장 생계급여', 'Basic livelihood benefit', G], ['의료급여 지원', 'Medical aid', G], ['긴급복지 지원', 'Emergency welfare support', G], ['희망두배 청년통장', 'Youth asset-building accounts', G]]],
  ['disability', '장애인복지정책과', 'Disability Welfare Policy Division', 45, [['장애인 활동지원', 'Personal assistance for disabled people', G], ['장애인연금 지급', 'Disability pension', G], ['장애인 일자리 지원', 'Jobs for disabled people', G]]],
  ['childcare', '보육담당관', 'Childcare Division', 60, [['영유아 보육료 지원', 'Childcare fees', G], ['국공립어린이집 확충', 'Public daycare expansion', G], ['보육교직원 처우개선', 'Childcare staff pay', G]]],
  ['children', '아동담당관', 'Children Division', 22, [['아동수당 지급', 'Child allowance', G], ['지역아동센터 운영', 'Community child centres', G]]],
  ['grants', '재정균형발전담당관', 'Fiscal Balance Division', 95, [['자치구 조정교부금', 'Adjustment grants to the gu', G], ['자치구 특별교부금', 'Special grants to the gu', G]]],
  ['education', '교육정책과', 'Education Policy Division', 85, [['교육청 법정전출금', 'Statutory transfer to the education office', G], ['학교 무상급식 지원', 'Free school meals', G], ['학교시설 개선 지원', 'School facility improvements', G]]],
  ['bus', '버스정책과', 'Bus Policy Division', 35, [['시내버스 준공영제 재정지원', 'Semi-public bus operating subsidy', S], ['버스정류소 시설 개선', 'Bus stop improvements', S]]],
  ['rail', '도시철도과', 'Urban Railway Division', 45, [['도시철도 건설', 'Urban railway construction', S], ['서울교통공사 무임수송 지원', 'Free-ride compensation to Seoul Metro', S]]],
  ['roads', '도로관리과', 'Road Management Division', 28, [['도로 포장 유지보수', 'Road resurfacing', G], ['도로시설물 보수', 'Road structure repairs', G], ['제설 대책', 'Snow removal', G]]],
  ['water', '물순환정책과', 'Water Cycle Policy Division', 18, [['빗물관리시설 확충', 'Rainwater management facilities', S], ['하천 정비', 'River maintenance', G]]],
  ['sewer', '하수관리과', 'Sewer Management Division', 30, [['노후 하수관로 정비', 'Old sewer replacement', S], ['물재생센터 운영', 'Water reclamation centres', S]]],
  ['waterworks', '상수도사업본부 급수운영과', 'Seoul Waterworks, Water Supply Operations Division', 30, [['노후 상수도관 교체', 'Old water main replacement', S], ['정수센터 운영', 'Water treatment plants', S]]],
  ['sanitation', '청소행정과', 'Sanitation Administration Division', 15, [['생활폐기물 처리 지원', 'Household waste treatment', G], ['가로청소 지원', 'Street cleaning', G]]],
  ['culture', '문화정책과', 'Culture Policy Division', 15, [['시립 문화시설 운영', 'City cultural facilities', G], ['지역문화 진흥', 'Local culture promotion', G]]],
  ['tourism', '관광정책과', 'Tourism Policy Division', 8, [['관광 마케팅', 'Tourism marketing', G], ['관광진흥기금 사업', 'Tourism promotion fund programmes', F]]],
  ['digital', '디지털정책과', 'Digital Policy Division', 10, [['공공 와이파이 구축', 'Public Wi-Fi', G], ['행정 정보시스템 운영', 'Administrative information systems', G]]],
  ['planning', '도시계획과', 'Urban Planning Division', 12, [['도시계획 수립', 'Urban planning studies', G], ['도시재생 활성화', 'Urban regeneration', S]]],
  ['finance', '재무과', 'Finance Division', 30, [['지방채 원리금 상환', 'Municipal bond debt service', G], ['청사 관리 운영', 'City hall operations', G]]],
  ['animals', '동물보호과', 'Animal Protection Division', 2, [['유기동물 보호', 'Stray animal care', G]]],
];

export const DEPARTMENTS: readonly Department[] = ROWS.map(([code, ko, en, weight, themes]) => ({ code, ko, en, weight, themes }));

export const departmentByKo = (ko: string): Department | undefined => DEPARTMENTS.find((d) => d.ko === ko);

/** The part each plan programme plays in its task, by its position in the task's list. */
export const PLAN_PARTS: readonly (readonly [ko: string, en: string])[] = [
  ['기반 조성', 'groundwork'],
  ['사업 운영', 'operations'],
  ['확산 지원', 'scale-up'],
];

/** Accounts of the plan tasks whose programmes are not in the general account. */
export const PLAN_TASK_ACCOUNTS: Readonly<Record<string, BudgetAccount>> = {
  'public-rental-housing': 'special',
  'small-business': 'fund',
  'gender-equal-culture': 'fund',
  'climate-action': 'fund',
  'public-transport': 'special',
  'cycling-city': 'special',
};
