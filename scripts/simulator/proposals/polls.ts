/**
 * @module scripts/simulator/proposals/polls
 * Pure: SYNTHETIC opinion polls, any data day on demand, always the same for a seed. On a weekday a poll is
 * published with probability pollsPerWeek / 5, between 10 and 16 h KST, after one to three days of fieldwork ending
 * one to three days before. A fifth are about one gu (drawn by population, 500–800 respondents), the others the city
 * (500–1,500). Results fall around each question's underlying shares, which drift slowly (a 90-day swing of ±12 %),
 * plus the pollster's lean on the first option and the sampling error of n respondents under its design effect (a
 * multinomial draw); shares are published to one decimal adding up to 100. The published margin of error is the worst case at 95 %
 * with the design effect (1 for pollsters that publish it for simple random sampling), to one decimal.
 */
import { marginOfError } from '../../../server/contracts/participation.ts';
import { cumulative, hashSeed, normal, pickIndex, streamOf, type Rand } from '../safety-common/random.ts';
import { CITY_SAMPLE_SIZES, GU_POLL_SHARE, POLL_QUESTIONS, POLLSTERS, type PollQuestion, type Pollster } from './poll-questions.ts';

const DAY = 86_400_000;
const HOUR = 3600_000;
const KST = 9 * HOUR;

export interface SyntheticPoll {
  no: string;
  /** KST data day (days since the epoch) of the publication. */
  day: number;
  /** Data ms of the publication. */
  dataAt: number;
  question: PollQuestion;
  pollster: Pollster;
  sampleSize: number;
  /** KST data days of the first and last interviews. */
  fieldwork: { from: number; to: number };
  /** Gu code, or null for the city. */
  district: string | null;
  responseRate: number | null;
  designEffect: number;
  /** Published worst-case margin, ± percentage points. */
  marginOfError: number;
  /** Percent, one decimal, in the question's option order; they add up to 100. */
  shares: number[];
}

export interface PollDayOptions {
  seed: number;
  pollsPerWeek: number;
  /** Gu codes and their cumulative populations, in the same order. */
  gu: readonly string[];
  guCum: readonly number[];
}

const QUESTION_CUM = cumulative(POLL_QUESTIONS.map((q) => q.weight));
const POLLSTER_CUM = cumulative(POLLSTERS.map((p) => p.weight));

export const kstDayOf = (dataMs: number): number => Math.floor((dataMs + KST) / DAY);
export const dayStartOf = (day: number): number => day * DAY - KST;
const isWeekday = (day: number): boolean => {
  const wd = new Date(dayStartOf(day) + KST).getUTCDay();
  return wd >= 1 && wd <= 5;
};

/** Whether data day `day` has a poll. */
export const hasPoll = (o: PollDayOptions, day: number): boolean =>
  isWeekday(day) && streamOf(o.seed, 'poll-day', day)() < Math.min(1, o.pollsPerWeek / 5);

const between = (r: Rand, [lo, hi]: readonly [number, number]): number => lo + (hi - lo) * r();
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Rounds percentages to one decimal so that they add up to exactly 100.0 (largest remainders). */
export const roundShares = (raw: readonly number[]): number[] => {
  const total = raw.reduce((s, x) => s + x, 0);
  const tenths = raw.map((x) => (x / total) * 1000);
  const floors = tenths.map(Math.floor);
  let missing = 1000 - floors.reduce((s, x) => s + x, 0);
  const order = tenths.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    missing--;
  }
  return floors.map((x) => x / 10);
};

/** The question's underlying shares on data day `day`, with the pollster's lean. */
export const underlyingShares = (seed: number, q: PollQuestion, day: number, lean: number): number[] => {
  const drifted = q.options.map(([, , share], i) => {
    const phase = (hashSeed(seed, 'poll-drift', q.id, i) / 2 ** 32) * 2 * Math.PI;
    return share * Math.exp(0.12 * Math.sin((2 * Math.PI * day) / 90 + phase));
  });
  drifted[0] = Math.max(0.5, (drifted[0] as number) + lean);
  const total = drifted.reduce((s, x) => s + x, 0);
  return drifted.map((x) => (x / total) * 100);
};

/**
 * What n respondents answer when the population holds `truth` (percent): a multinomial drawn as a chain of binomials,
 * each in its normal approximation with the variance inflated by the design effect. Percent, not yet rounded.
 */
export const sampleShares = (r: Rand, truth: readonly number[], n: number, designEffect: number): number[] => {
  let remaining = n;
  let rest = 1;
  return truth.map((share, i) => {
    const p = share / 100;
    if (i === truth.length - 1 || rest <= p) return (remaining / n) * 100;
    const q = p / rest;
    const drawn = Math.round(remaining * q + normal(r) * Math.sqrt(designEffect * remaining * q * (1 - q)));
    const count = Math.min(remaining, Math.max(0, drawn));
    remaining -= count;
    rest -= p;
    return (count / n) * 100;
  });
};

/** The poll published on data day `day` (without its number), or null. */
export const pollOfDay = (o: PollDayOptions, day: number): Omit<SyntheticPoll, 'no'> | null => {
  if (!hasPoll(o, day)) return null;
  const r = streamOf(o.seed, 'poll', day);
  const question = POLL_QUESTIONS[pickIndex(r, QUESTION_CUM)] as PollQuestion;
  const pollster = POLLSTERS[pickIndex(r, POLLSTER_CUM)] as Pollster;
  const district = r() < GU_POLL_SHARE ? (o.gu[pickIndex(r, o.guCum)] as string) : null;
  const base = district === null ? (CITY_SAMPLE_SIZES[Math.floor(r() * CITY_SAMPLE_SIZES.length)] as number) : 500 + 100 * Math.floor(r() * 4);
  const sampleSize = base + (pollster.method === '전화면접' ? Math.floor(r() * 13) : 0);
  const designEffect = Math.round(between(r, pollster.designEffect) * 100) / 100;
  const end = day - 1 - Math.floor(r() * 3);
  const fieldwork = { from: end - Math.floor(r() * 3), to: end };
  const dataAt = dayStartOf(day) + 10 * HOUR + Math.floor(r() * 6 * 3600) * 1000;
  const truth = underlyingShares(o.seed, question, day, pollster.lean);
  const observed = sampleShares(r, truth, sampleSize, designEffect);
  const responseRate = pollster.responseRate === null ? null : round1(between(r, pollster.responseRate));
  return {
    day, dataAt, question, pollster, sampleSize, fieldwork, district, responseRate, designEffect,
    marginOfError: round1(marginOfError(sampleSize, 0.5, 0.95, { designEffect })),
    shares: roundShares(observed),
  };
};
