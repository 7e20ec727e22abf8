/**
 * @module actors/participation/board
 * Pure: what the participation board shows at `now`, and what it may forget.
 * Every proposal is judged by its status at `now` (proposalStatusAt): an open proposal whose deadline passed below
 * its goal is closed even before its source says so. The board lists the open and awaiting-response proposals by
 * supports (most first, `leading` of them), then those answered within `answeredForMs` (newest answer first,
 * `answered` of them), and the `polls` newest polls.
 */
import {
  proposalStatusAt, type ParticipationBoard, type Poll, type Proposal,
} from '../../contracts/participation.ts';

export interface BoardLimits {
  leading: number;
  answered: number;
  answeredForMs: number;
  polls: number;
}

export const DEFAULT_BOARD_LIMITS: BoardLimits = { leading: 10, answered: 5, answeredForMs: 14 * 86_400_000, polls: 5 };

/** The proposal with its status as of `now`. */
export const asOfNow = (p: Proposal, now: number): Proposal => {
  const status = proposalStatusAt(p, now);
  return status === p.status ? p : { ...p, status };
};

const answeredAt = (p: Proposal): number => (p.response === null ? 0 : Date.parse(p.response.at));

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Whether an answered proposal still counts as answered lately. */
const recent = (p: Proposal, now: number, l: BoardLimits): boolean => p.status === 'answered' && answeredAt(p) >= now - l.answeredForMs;

export const selectParticipationBoard = (
  proposals: Iterable<Proposal>,
  polls: Iterable<Poll>,
  now: number,
  limits: BoardLimits = DEFAULT_BOARD_LIMITS,
): ParticipationBoard => {
  const all = [...proposals].map((p) => asOfNow(p, now));
  const live = all
    .filter((p) => p.status === 'open' || p.status === 'awaiting-response')
    .sort((a, b) => b.supports - a.supports || Date.parse(a.filedAt) - Date.parse(b.filedAt) || byId(a, b));
  const answered = all.filter((p) => recent(p, now, limits)).sort((a, b) => answeredAt(b) - answeredAt(a) || byId(a, b));
  const latestPolls = [...polls].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || byId(a, b)).slice(0, limits.polls);
  return {
    proposals: [...live.slice(0, limits.leading), ...answered.slice(0, limits.answered)],
    polls: latestPolls,
    counts: {
      open: live.filter((p) => p.status === 'open').length,
      awaitingResponse: live.filter((p) => p.status === 'awaiting-response').length,
      answeredRecently: answered.length,
    },
    asOf: new Date(now).toISOString(),
  };
};

/** What identifies a board's content, without its time: emit only when it changes. */
export const boardKey = (b: ParticipationBoard): string =>
  JSON.stringify([b.proposals.map((p) => [p.id, p.supports, p.status, p.updatedAt]), b.polls.map((p) => p.id), b.counts]);

/** Whether a proposal can be forgotten at `now`: closed below its goal, or answered longer ago than the board shows. */
export const forgettable = (p: Proposal, now: number, limits: BoardLimits = DEFAULT_BOARD_LIMITS): boolean => {
  const q = asOfNow(p, now);
  return q.status === 'closed-unsupported' || (q.status === 'answered' && !recent(q, now, limits));
};
