/**
 * @module wall/state/complaint-categories
 * The complaint categories' display names and promised answer times, as server/complaints/categories.ts
 * defines them (the wall imports nothing from server/ but the contracts, so the names it shows are
 * kept here; complaint-categories.test.ts fails when the two differ). Pure.
 */
import type { Language, LocalizedText } from '../../../server/contracts/index.ts';

export interface CategoryInfo {
  name: LocalizedText;
  /** Answer within this many days. */
  slaDays: number;
}

export const COMPLAINT_CATEGORY_INFO: Readonly<Record<string, CategoryInfo>> = {
  'illegal-parking': { name: { ko: '불법주정차', en: 'Illegal parking' }, slaDays: 3 },
  'public-transport': { name: { ko: '대중교통 불편', en: 'Public transport' }, slaDays: 7 },
  'bus-service': { name: { ko: '버스 불편', en: 'Bus service' }, slaDays: 7 },
  'taxi-service': { name: { ko: '택시 불편', en: 'Taxi service' }, slaDays: 14 },
  'road-damage': { name: { ko: '도로파손', en: 'Road damage and potholes' }, slaDays: 3 },
  streetlight: { name: { ko: '가로등 고장', en: 'Streetlight out' }, slaDays: 3 },
  'snow-removal': { name: { ko: '제설', en: 'Snow and ice removal' }, slaDays: 3 },
  'illegal-signage': { name: { ko: '불법광고물', en: 'Illegal signs and flyers' }, slaDays: 7 },
  noise: { name: { ko: '소음', en: 'Noise' }, slaDays: 7 },
  'illegal-dumping': { name: { ko: '쓰레기 무단투기', en: 'Illegal dumping' }, slaDays: 7 },
  recycling: { name: { ko: '재활용·생활폐기물 수거', en: 'Recycling and waste collection' }, slaDays: 7 },
  'water-supply': { name: { ko: '상수도', en: 'Water supply' }, slaDays: 7 },
  'sewer-odour': { name: { ko: '하수도·악취', en: 'Sewers and odours' }, slaDays: 7 },
  'parks-trees': { name: { ko: '공원·가로수', en: 'Parks and street trees' }, slaDays: 7 },
  'stray-animals': { name: { ko: '유기동물', en: 'Stray and injured animals' }, slaDays: 3 },
  construction: { name: { ko: '건축·공사장', en: 'Buildings and construction sites' }, slaDays: 14 },
  'safety-hazard': { name: { ko: '안전 위험', en: 'Safety hazards' }, slaDays: 3 },
  welfare: { name: { ko: '복지 상담', en: 'Welfare advice' }, slaDays: 7 },
  'tax-fines': { name: { ko: '세금·과태료', en: 'Taxes and fines' }, slaDays: 14 },
};

/** The category's name; an unknown code (a source's own category) is shown as it came. */
export const categoryName = (code: string, lang: Language): string => COMPLAINT_CATEGORY_INFO[code]?.name[lang] ?? code;

export const slaDaysOf = (code: string): number | null => COMPLAINT_CATEGORY_INFO[code]?.slaDays ?? null;
