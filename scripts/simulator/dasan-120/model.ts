/**
 * @module scripts/simulator/dasan-120/model
 * The assumptions of the synthetic 120 complaint feed. No per-complaint data of the 120 Dasan call centre is
 * public; these are plausible figures for Seoul, not measurements:
 *   - rhythm: office hours (peaks 10–11 h and 14–16 h, a lunch dip, very few at night), weekdays about twice
 *     the weekend;
 *   - category mix: illegal parking first, then noise and dumping; seasons shift it (snow in winter, noise,
 *     odours and animals in summer, frozen pipes in January, property-tax bills in July and September);
 *   - channel: mostly the phone, then the web and apps;
 *   - answers: on time (within the category's SLA) for 85–90 %, less for the slower departments.
 */
import type { DasanChannelName } from '../../../connectors/dasan-120/api.ts';
import { COMPLAINT_CATEGORIES } from '../../../server/complaints/categories.ts';
import { cumulative } from '../safety-common/random.ts';

const normalised = (xs: readonly number[]): number[] => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.map((x) => x / mean);
};

/** Relative volume per KST hour (mean 1). */
export const HOUR_WEIGHTS: readonly number[] = normalised([
  0.14, 0.09, 0.07, 0.05, 0.05, 0.08, 0.25, 0.6, 1.15, 1.85, 2.45, 2.35, 1.45, 1.85, 2.3, 2.4, 2.2, 1.7, 1.15, 0.85, 0.65, 0.5, 0.35, 0.22,
]);

/** Relative volume per KST weekday, Sunday first (mean 1). */
export const WEEKDAY_WEIGHTS: readonly number[] = normalised([0.5, 1.22, 1.16, 1.12, 1.1, 1.08, 0.58]);

/** Share of each category in an average month (relative weights). */
export const CATEGORY_WEIGHTS: Readonly<Record<string, number>> = {
  'illegal-parking': 18,
  noise: 10,
  'illegal-dumping': 8,
  construction: 6,
  'road-damage': 6,
  recycling: 6,
  'bus-service': 6,
  'public-transport': 5,
  'taxi-service': 4,
  streetlight: 4,
  'water-supply': 4,
  'sewer-odour': 4,
  'parks-trees': 4,
  'illegal-signage': 4,
  welfare: 4,
  'tax-fines': 4,
  'safety-hazard': 3,
  'stray-animals': 2,
  'snow-removal': 0,
};

/** Month factors (January first) on top of CATEGORY_WEIGHTS; snow is an absolute weight. */
const SEASONS: Readonly<Record<string, readonly number[]>> = {
  'snow-removal': [2.5, 2, 0.4, 0, 0, 0, 0, 0, 0, 0, 0.2, 1.5],
  noise: [0.8, 0.8, 0.9, 1, 1.1, 1.4, 1.6, 1.6, 1.2, 1.1, 0.9, 0.8],
  'sewer-odour': [0.6, 0.6, 0.7, 0.9, 1.1, 1.5, 1.9, 1.9, 1.3, 0.9, 0.7, 0.6],
  'stray-animals': [0.8, 0.8, 0.9, 1, 1.2, 1.3, 1.3, 1.3, 1.1, 1, 0.9, 0.8],
  'parks-trees': [0.6, 0.6, 0.9, 1.3, 1.4, 1.3, 1.4, 1.5, 1.2, 1.1, 0.9, 0.6],
  'water-supply': [1.9, 1.5, 1, 0.8, 0.8, 0.9, 1, 1, 0.8, 0.8, 0.9, 1.4],
  'road-damage': [1.1, 1.3, 1.4, 1, 0.9, 1, 1.5, 1.4, 1, 0.8, 0.8, 0.9],
  streetlight: [1.2, 1.1, 1, 0.9, 0.8, 0.8, 0.8, 0.8, 0.9, 1, 1.2, 1.3],
  'tax-fines': [0.9, 0.8, 0.8, 0.8, 0.8, 1.3, 1.7, 0.9, 1.7, 0.8, 0.8, 1.3],
  'illegal-dumping': [1.2, 1.3, 1.2, 1, 1, 0.9, 0.9, 0.9, 1.1, 1, 0.9, 1],
  welfare: [1.2, 1.1, 1, 1, 1, 0.9, 0.9, 0.9, 1, 1, 1.1, 1.2],
};

export const CATEGORY_CODES: readonly string[] = COMPLAINT_CATEGORIES.map((c) => c.code);

/** The category weights of one month (1–12), in CATEGORY_CODES order. */
export const monthWeights = (month: number): number[] =>
  CATEGORY_CODES.map((code) => {
    const season = SEASONS[code]?.[month - 1];
    if (code === 'snow-removal') return season ?? 0;
    return (CATEGORY_WEIGHTS[code] ?? 0) * (season ?? 1);
  });

/** Cumulative category weights per month (index 0 = January). */
export const MONTH_CUMULATIVE: readonly (readonly number[])[] = Array.from({ length: 12 }, (_, m) => cumulative(monthWeights(m + 1)));

/** 접수경로 and its share. */
export const CHANNEL_SHARES: readonly (readonly [DasanChannelName, number])[] = [
  ['전화', 0.52],
  ['인터넷', 0.17],
  ['앱', 0.15],
  ['카카오톡', 0.07],
  ['문자', 0.07],
  ['방문', 0.02],
];
export const CHANNEL_CUMULATIVE: readonly number[] = cumulative(CHANNEL_SHARES.map(([, w]) => w));

/** Share of first answers given within the SLA, by category (the answering department). */
export const ON_TIME: Readonly<Record<string, number>> = {
  'illegal-parking': 0.94,
  'public-transport': 0.9,
  'bus-service': 0.9,
  'taxi-service': 0.86,
  'road-damage': 0.88,
  streetlight: 0.9,
  'snow-removal': 0.78,
  'illegal-signage': 0.9,
  noise: 0.88,
  'illegal-dumping': 0.89,
  recycling: 0.92,
  'water-supply': 0.9,
  'sewer-odour': 0.8,
  'parks-trees': 0.88,
  'stray-animals': 0.9,
  construction: 0.72,
  'safety-hazard': 0.9,
  welfare: 0.85,
  'tax-fines': 0.8,
};
/** After a reopening the department answers again; on time (from the reopening) this often. */
export const ON_TIME_AFTER_REOPENING = 0.85;
/** Share of answered complaints the citizen reopens. */
export const REOPEN_SHARE = 0.05;
/** Share of complaints handed to another department after the first assignment (이관). */
export const TRANSFER_SHARE = 0.06;
/** Share of complaints whose text carries personal data (names, phone numbers, addresses…). */
export const PERSONAL_DATA_SHARE = 0.125;
/** Share of complaints written in English. */
export const ENGLISH_SHARE = 0.05;

/** Categories without a place: no address and no position, only the reporter's gu and dong. */
export const PLACELESS: ReadonlySet<string> = new Set(['welfare', 'tax-fines']);
