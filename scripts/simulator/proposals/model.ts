/**
 * @module scripts/simulator/proposals/model
 * The assumptions of the synthetic participation feed. Democracy Seoul publishes its proposals but no feed of
 * their supports over time; these are plausible figures, not measurements:
 *   - volume: `proposalsPerDay` a day, weekdays a little busier; filings and supports follow the hours people
 *     spend online (a morning rise, an evening peak at 20–22 h, few at night);
 *   - where: 40 % concern the whole city, the others one gu, drawn by resident population;
 *   - topics: housing and parking most, then parks, culture, childcare…;
 *   - supports: heavy-tailed — most proposals draw a log-normal total (median 8 × their appeal), about 3 % go viral
 *     with a Pareto total (from 300, α 1.1), so about 1.6 % reach the 500-support goal and 0.15 % the 5,000 of a debate;
 *     most supports come in the first days (an exponential with a time constant of about two days of activity),
 *     viral ones add a burst when the proposal is picked up;
 *   - answers: once the 30 days are over, the answering department replies to a proposal that reached its goal a
 *     median of 7 days after the deadline (a log-normal, 1–45 days), at office hours; after a debate the mayor
 *     answers 1–3 weeks after the deadline.
 */
import type { LocalizedText } from '../../../server/contracts/layout.ts';
import type { ProposalCategory } from '../../../server/contracts/participation.ts';

const normalised = (xs: readonly number[]): number[] => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.map((x) => x / mean);
};

/** Online activity per KST hour (mean 1): when residents file and support proposals. */
export const HOUR_ACTIVITY: readonly number[] = normalised([
  0.45, 0.25, 0.12, 0.08, 0.06, 0.08, 0.2, 0.5, 0.85, 1.1, 1.25, 1.3, 1.45, 1.3, 1.25, 1.2, 1.2, 1.3, 1.45, 1.7, 1.95, 2.0, 1.7, 1.0,
]);

/** Filings per KST weekday, Sunday first (mean 1). */
export const WEEKDAY_FILINGS: readonly number[] = normalised([0.8, 1.12, 1.1, 1.06, 1.04, 1.0, 0.78]);

export interface Topic {
  code: ProposalCategory;
  /** Share of the filings (relative). */
  weight: number;
  /** Multiplies the supports a proposal of this topic draws. */
  appeal: number;
  department: LocalizedText;
}

const dept = (ko: string, en: string): LocalizedText => ({ ko, en });

export const TOPICS: readonly Topic[] = [
  { code: 'housing', weight: 15, appeal: 1.5, department: dept('주택정책과', 'Housing Policy Division') },
  { code: 'parking', weight: 14, appeal: 1.1, department: dept('주차계획과', 'Parking Planning Division') },
  { code: 'parks-trees', weight: 12, appeal: 1.0, department: dept('공원여가정책과', 'Parks and Leisure Policy Division') },
  { code: 'culture', weight: 11, appeal: 0.8, department: dept('문화정책과', 'Cultural Policy Division') },
  { code: 'childcare', weight: 11, appeal: 1.4, department: dept('보육정책과', 'Childcare Policy Division') },
  { code: 'senior-welfare', weight: 10, appeal: 1.0, department: dept('어르신복지과', 'Senior Welfare Division') },
  { code: 'noise', weight: 10, appeal: 1.2, department: dept('생활환경과', 'Living Environment Division') },
  { code: 'bike-lanes', weight: 9, appeal: 1.1, department: dept('자전거정책과', 'Bicycle Policy Division') },
  { code: 'air-quality', weight: 8, appeal: 1.2, department: dept('대기정책과', 'Air Quality Policy Division') },
];

/** Who answers after a public debate. */
export const MAYOR: LocalizedText = dept('서울특별시장', 'Mayor of Seoul');

export const CITY_WIDE_SHARE = 0.4;
/** City-wide proposals draw this many times the supports of a gu's. */
export const CITY_WIDE_APPEAL = 1.5;

/** Supports of an ordinary proposal: log-normal. */
export const ORDINARY_MEDIAN = 8;
export const ORDINARY_SIGMA = 1.2;
/** Viral proposals: Pareto from VIRAL_MIN with index VIRAL_ALPHA, capped. */
export const VIRAL_SHARE = 0.022;
export const VIRAL_MIN = 300;
export const VIRAL_ALPHA = 1.1;
export const MAX_SUPPORTS = 60_000;
/** Time constant of the early supports, in activity hours (log-normal). */
export const TAU_MEDIAN_H = 40;
export const TAU_SIGMA = 0.7;

/** Days from the deadline to the answer (log-normal, clamped). */
export const ANSWER_MEDIAN_DAYS = 7;
export const ANSWER_SIGMA = 0.6;
export const ANSWER_MIN_DAYS = 1;
export const ANSWER_MAX_DAYS = 45;
/** After a debate, days from the deadline to the mayor's answer. */
export const DEBATE_ANSWER_DAYS: readonly [number, number] = [7, 21];

export const ANSWER_OUTCOMES = ['accepted', 'partly', 'review', 'declined'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];
export const OUTCOME_WEIGHTS: readonly number[] = [0.3, 0.35, 0.2, 0.15];

/** Share of proposals with an English title (the city's translation). */
export const ENGLISH_TITLE_SHARE = 0.75;
