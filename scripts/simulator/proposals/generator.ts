/**
 * @module scripts/simulator/proposals/generator
 * Pure (given the gu populations): SYNTHETIC resident proposals and polls, any stretch on demand, always the same for
 * a seed. Data time runs `speedup` times faster than the wall clock from `dataStart`, as in the 112 and 120
 * simulators; times handed out are wall times, to the second. The feed begins `historyDays` data days before the data
 * start. Each KST data day D draws Poisson(perDay × weekday weight) proposals, each from its own stream: a time (by
 * online activity), a topic, the city or a gu (by population), a text and a support curve (supports.ts). Numbers
 * `2026-00123` count the proposals of the KST year in filing order; polls (polls.ts) count theirs `2026-014`.
 */
import { PROPOSAL_RULES, proposalStatusAt, type ProposalCategory, type ProposalStatus } from '../../../server/contracts/participation.ts';
import { guByCode } from '../../../connectors/_safety/gu.ts';
import { cumulative, logNormal, pickIndex, poisson, streamOf } from '../safety-common/random.ts';
import { activityAt } from './activity.ts';
import {
  ANSWER_MAX_DAYS, ANSWER_MEDIAN_DAYS, ANSWER_MIN_DAYS, ANSWER_OUTCOMES, ANSWER_SIGMA, CITY_WIDE_SHARE, DEBATE_ANSWER_DAYS, ENGLISH_TITLE_SHARE,
  HOUR_ACTIVITY, MAYOR, OUTCOME_WEIGHTS, TOPICS, WEEKDAY_FILINGS, type AnswerOutcome, type Topic,
} from './model.ts';
import { dayStartOf, kstDayOf, pollOfDay, type PollDayOptions, type SyntheticPoll } from './polls.ts';
import { drawCurve, firstReaching, supportsAfter, type SupportCurve } from './supports.ts';
import { CITY, proposalText, type ProposalText, type Where } from './texts.ts';

const HOUR = 3600_000;
const DAY = 86_400_000;
/** A proposal's whole life in data time: 30 days, the longest answer, and the way to office hours. */
export const MAX_LIFE_DATA_MS = (PROPOSAL_RULES.days + Math.max(ANSWER_MAX_DAYS, DEBATE_ANSWER_DAYS[1]) + 4) * DAY;

export interface GuWeight {
  code: string;
  population: number;
}

export interface ProposalsGeneratorOptions {
  seed: number;
  perDay: number;
  pollsPerWeek: number;
  speedup: number;
  /** Wall time (epoch ms) the simulation started. */
  startedAt: number;
  /** Data time at `startedAt` (default `startedAt`). */
  dataStart?: number | undefined;
  historyDays: number;
  gu: readonly GuWeight[];
}

export interface Answer {
  /** Wall ms. */
  at: number;
  outcome: AnswerOutcome;
  department: Topic['department'];
  debate: boolean;
}

export interface SyntheticProposal {
  no: string;
  /** Data ms of the filing. */
  dataAt: number;
  /** Wall ms, whole seconds. */
  filedAt: number;
  deadline: number;
  topic: Topic;
  category: ProposalCategory;
  district: string | null;
  where: Where;
  text: ProposalText;
  curve: SupportCurve;
  /** Activity hours at the filing (data). */
  activityAtFiling: number;
  /** Wall ms when the supports reached the goal, or null. */
  goalAt: number | null;
  answer: Answer | null;
}

/** A proposal as it stands at a wall time. */
export interface ProposalState {
  supports: number;
  status: ProposalStatus;
  goalReachedAt: number | null;
  answer: Answer | null;
  /** The last change: the filing, a support, the goal, the deadline passing below it, the answer. */
  updatedAt: number;
}

export class ProposalsGeneratorError extends Error {
  override name = 'ProposalsGeneratorError';
}

const check = (o: ProposalsGeneratorOptions): void => {
  if (!(o.speedup > 0 && Number.isFinite(o.speedup))) throw new ProposalsGeneratorError(`speedup must be a positive number: ${o.speedup}`);
  if (!(o.perDay >= 0 && Number.isFinite(o.perDay))) throw new ProposalsGeneratorError(`perDay must be ≥ 0: ${o.perDay}`);
  if (!(o.pollsPerWeek >= 0 && o.pollsPerWeek <= 5)) throw new ProposalsGeneratorError(`pollsPerWeek must be within 0–5: ${o.pollsPerWeek}`);
  if (!(o.historyDays >= 0 && o.historyDays <= 366)) throw new ProposalsGeneratorError(`historyDays must be within 0–366: ${o.historyDays}`);
  if (o.gu.length === 0) throw new ProposalsGeneratorError('no gu to draw from');
};

const HOUR_CUM = cumulative(HOUR_ACTIVITY);
const TOPIC_CUM = cumulative(TOPICS.map((t) => t.weight));
const OUTCOME_CUM = cumulative(OUTCOME_WEIGHTS);
const sec = (ms: number): number => Math.floor(ms / 1000) * 1000;
const kstYearOfDay = (day: number): number => new Date(dayStartOf(day) + 9 * HOUR).getUTCFullYear();
const firstDayOfYear = (year: number): number => kstDayOf(Date.UTC(year, 0, 1) - 9 * HOUR);

/** A data time at office hours: t itself on a weekday between 09:30 and 17:30 KST, else a random such time after it. */
const officeHours = (t: number, r: () => number): number => {
  const open = (d: number): number => dayStartOf(d) + 9.5 * HOUR;
  const weekend = (d: number): boolean => [0, 6].includes(new Date(dayStartOf(d) + 9 * HOUR).getUTCDay());
  let day = kstDayOf(t);
  if (!weekend(day) && t >= open(day) && t < open(day) + 8 * HOUR) return t;
  if (t >= open(day)) day++;
  while (weekend(day)) day++;
  return open(day) + Math.floor(r() * 8 * 3600) * 1000;
};

export const createProposalsGenerator = (o: ProposalsGeneratorOptions) => {
  check(o);
  const dataStart = o.dataStart ?? o.startedAt;
  const worldStart = dataStart - o.historyDays * DAY;
  const wallOf = (d: number): number => o.startedAt + (d - dataStart) / o.speedup;
  const dataOf = (w: number): number => dataStart + (w - o.startedAt) * o.speedup;
  const guCodes = o.gu.map((g) => g.code);
  const guCum = cumulative(o.gu.map((g) => g.population));
  const pollDay: PollDayOptions = { seed: o.seed, pollsPerWeek: o.pollsPerWeek, gu: guCodes, guCum };

  const countOf = (day: number): number => poisson(streamOf(o.seed, 'proposals-day', day), o.perDay * (WEEKDAY_FILINGS[new Date(dayStartOf(day) + 9 * HOUR).getUTCDay()] as number));

  const prefixes = new Map<string, Int32Array>();
  /** How many proposals (or polls) the KST year filed before `day`. */
  const yearBefore = (what: 'proposals' | 'polls', day: number): number => {
    const year = kstYearOfDay(day);
    const first = firstDayOfYear(year);
    const key = `${what}:${year}`;
    let prefix = prefixes.get(key);
    if (!prefix) {
      const days = firstDayOfYear(year + 1) - first;
      prefix = new Int32Array(days + 1);
      for (let k = 0; k < days; k++) prefix[k + 1] = (prefix[k] as number) + (what === 'proposals' ? countOf(first + k) : pollOfDay(pollDay, first + k) ? 1 : 0);
      prefixes.set(key, prefix);
    }
    return prefix[day - first] as number;
  };

  const supportsAt = (p: SyntheticProposal, wall: number): number => {
    const s = sec(wall);
    if (s < p.filedAt) return 0;
    if (s >= p.deadline) return p.curve.total;
    return supportsAfter(p.curve, activityAt(dataOf(s)) - p.activityAtFiling);
  };
  /** The first wall ms (whole second) at which the supports were at least k, up to `until`. */
  const reached = (p: SyntheticProposal, k: number, until: number): number | null => {
    const found = firstReaching((s) => supportsAt(p, s * 1000), k, p.filedAt / 1000, Math.floor(Math.min(until, p.deadline) / 1000));
    return found === null ? null : found * 1000;
  };

  const answerOf = (p: SyntheticProposal, day: number, j: number): Answer | null => {
    if (p.goalAt === null) return null;
    const r = streamOf(o.seed, 'proposal-answer', day, j);
    const debate = p.curve.total >= PROPOSAL_RULES.debateGoal;
    const lagDays = debate
      ? DEBATE_ANSWER_DAYS[0] + r() * (DEBATE_ANSWER_DAYS[1] - DEBATE_ANSWER_DAYS[0])
      : Math.min(ANSWER_MAX_DAYS, Math.max(ANSWER_MIN_DAYS, logNormal(r, ANSWER_MEDIAN_DAYS, ANSWER_SIGMA)));
    const at = Math.ceil(wallOf(officeHours(dataOf(p.deadline) + lagDays * DAY, r)) / 1000) * 1000;
    const outcome = ANSWER_OUTCOMES[pickIndex(r, OUTCOME_CUM)] as AnswerOutcome;
    return { at, outcome, department: debate ? MAYOR : p.topic.department, debate };
  };

  const make = (day: number, j: number): Omit<SyntheticProposal, 'no'> => {
    const r = streamOf(o.seed, 'proposal', day, j);
    const hour = pickIndex(r, HOUR_CUM);
    const dataAt = dayStartOf(day) + hour * HOUR + Math.floor(r() * 3600) * 1000;
    const topic = TOPICS[pickIndex(r, TOPIC_CUM)] as Topic;
    const district = r() < CITY_WIDE_SHARE ? null : (guCodes[pickIndex(r, guCum)] as string);
    const gu = district === null ? undefined : guByCode(district);
    const where = gu ? { ko: gu.ko, en: gu.en } : CITY;
    const filedAt = Math.ceil(wallOf(dataAt) / 1000) * 1000;
    const deadline = filedAt + Math.ceil((PROPOSAL_RULES.days * DAY) / o.speedup / 1000) * 1000;
    const activityAtFiling = activityAt(dataOf(filedAt));
    const curve = drawCurve(r, activityAt(dataOf(deadline)) - activityAtFiling, topic.appeal, district === null);
    const text = proposalText(streamOf(o.seed, 'proposal-text', day, j), topic.code, where, r() < ENGLISH_TITLE_SHARE);
    return { dataAt, filedAt, deadline, topic, category: topic.code, district, where, text, curve, activityAtFiling, goalAt: null, answer: null };
  };

  const cache = new Map<number, SyntheticProposal[]>();
  /** Every proposal filed on KST data day D (none before the world start), in number order. */
  const day = (d: number): SyntheticProposal[] => {
    const hit = cache.get(d);
    if (hit) return hit;
    const drafts = Array.from({ length: countOf(d) }, (_, j) => ({ j, p: make(d, j) })).sort((a, b) => a.p.dataAt - b.p.dataAt || a.j - b.j);
    const year = kstYearOfDay(d);
    const base = yearBefore('proposals', d);
    const list = drafts
      .map(({ j, p }, k) => {
        const proposal: SyntheticProposal = { no: `${year}-${String(base + k + 1).padStart(5, '0')}`, ...p };
        proposal.goalAt = reached(proposal, PROPOSAL_RULES.supportGoal, proposal.deadline);
        proposal.answer = answerOf(proposal, d, j);
        return proposal;
      })
      .filter((p) => p.dataAt >= worldStart);
    if (cache.size > 2000) cache.clear();
    cache.set(d, list);
    return list;
  };

  const stateAt = (p: SyntheticProposal, wall: number): ProposalState => {
    const t = sec(wall);
    const supports = supportsAt(p, t);
    const answer = p.answer !== null && p.answer.at <= t ? p.answer : null;
    const goalReachedAt = p.goalAt !== null && p.goalAt <= t ? p.goalAt : null;
    const status = proposalStatusAt(
      { supports, supportGoal: PROPOSAL_RULES.supportGoal, deadline: new Date(p.deadline).toISOString(), response: answer && { at: new Date(answer.at).toISOString() } },
      t,
    );
    let updatedAt = supports === 0 ? p.filedAt : (reached(p, supports, t) ?? p.filedAt);
    if (status === 'closed-unsupported') updatedAt = Math.max(updatedAt, p.deadline);
    if (answer !== null) updatedAt = Math.max(updatedAt, answer.at);
    return { supports, status, goalReachedAt, answer, updatedAt };
  };

  /** Whether anything about p changed in the wall window [lo, hi] (filed by hi). */
  const changedIn = (p: SyntheticProposal, lo: number, hi: number): boolean =>
    p.filedAt <= hi &&
    (p.filedAt >= lo ||
      supportsAt(p, hi) > supportsAt(p, lo) ||
      (p.deadline >= lo && p.deadline <= hi && p.goalAt === null) ||
      (p.answer !== null && p.answer.at >= lo && p.answer.at <= hi));

  const daysOf = (lo: number, hi: number): number[] => {
    const out: number[] = [];
    for (let d = Math.max(kstDayOf(worldStart), kstDayOf(lo)); d <= kstDayOf(hi); d++) out.push(d);
    return out;
  };

  return {
    worldStart,
    wallOf,
    dataOf,
    day,
    supportsAt,
    stateAt,
    /** Proposals with a change in the wall window [lo, hi], in number order. */
    touching: (lo: number, hi: number): SyntheticProposal[] =>
      daysOf(dataOf(lo) - MAX_LIFE_DATA_MS, dataOf(hi)).flatMap((d) => day(d).filter((p) => changedIn(p, sec(lo), sec(hi)))),
    /** Polls published in the wall window [lo, hi], oldest first. */
    pollsBetween: (lo: number, hi: number): SyntheticPoll[] =>
      daysOf(dataOf(lo), dataOf(hi)).flatMap((d) => {
        const poll = d >= kstDayOf(worldStart) ? pollOfDay(pollDay, d) : null;
        if (poll === null || poll.dataAt < worldStart) return [];
        const wall = sec(wallOf(poll.dataAt));
        if (wall < lo || wall > hi) return [];
        return [{ no: `${kstYearOfDay(d)}-${String(yearBefore('polls', d) + 1).padStart(3, '0')}`, ...poll }];
      }),
  };
};

export type ProposalsGenerator = ReturnType<typeof createProposalsGenerator>;
