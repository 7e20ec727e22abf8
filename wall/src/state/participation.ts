/**
 * @module wall/state/participation
 * Resident participation on the citizen-opinion screen: the board on `opinion/city/participation`
 * (proposals residents file and support, after 민주주의 서울's rules, and the city's opinion polls).
 * The board's contract is server/contracts/participation.ts; the wall reads only the fields it shows,
 * through the schema below (a subset of that contract: extra fields pass unread). Pure.
 */
import { z } from 'zod';
import { channels, DistrictCodeSchema, LocalizedSchema, type Language } from '../../../server/contracts/index.ts';

/** The participation board's live channel. */
export const PARTICIPATION_CHANNEL = channels.participation();

/** The connector that reads proposals and polls (its catalogue entry names and dates them). */
export const PARTICIPATION_SOURCE = 'proposals';

export const PROPOSAL_STATUSES = ['open', 'awaiting-response', 'answered', 'closed-unsupported'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

const iso = z.iso.datetime();

export const WallProposalSchema = z.object({
  id: z.string().min(1),
  title: z.object({ ko: z.string().min(1), en: z.string().min(1).optional() }),
  category: z.string().min(1),
  district: DistrictCodeSchema.nullable(),
  supports: z.number().int().nonnegative(),
  supportGoal: z.number().int().positive(),
  deadline: iso,
  status: z.enum(PROPOSAL_STATUSES),
  response: z.object({ department: LocalizedSchema, text: z.string(), at: iso }).nullable(),
  synthetic: z.boolean(),
});
export type WallProposal = z.infer<typeof WallProposalSchema>;

export const WallPollSchema = z.object({
  id: z.string().min(1),
  question: LocalizedSchema.extend({ ko: z.string().min(1).max(300), en: z.string().min(1).max(300) }),
  fieldwork: z.object({ from: z.iso.date(), to: z.iso.date() }),
  sampleSize: z.number().int().min(1),
  options: z.array(z.object({ label: LocalizedSchema, share: z.number().min(0).max(100), marginOfError: z.number().nonnegative() })).min(2),
  /** ± percentage points for the worst case, as published. */
  marginOfError: z.number().positive(),
  district: DistrictCodeSchema.nullable(),
  pollster: LocalizedSchema,
  publishedAt: iso,
  synthetic: z.boolean(),
});
export type WallPoll = z.infer<typeof WallPollSchema>;

export const WallParticipationBoardSchema = z.object({
  /** Open and awaiting-response proposals by supports, then those answered lately. */
  proposals: z.array(WallProposalSchema),
  /** Newest first. */
  polls: z.array(WallPollSchema),
  counts: z.object({ open: z.number().int().nonnegative(), awaitingResponse: z.number().int().nonnegative(), answeredRecently: z.number().int().nonnegative() }),
  asOf: iso,
});
export type WallParticipationBoard = z.infer<typeof WallParticipationBoardSchema>;

export const proposalTitle = (p: WallProposal, lang: Language): string => (lang === 'en' ? (p.title.en ?? p.title.ko) : p.title.ko);

/** Still collecting or owed an answer: the proposals the wall leads with. */
const live = (p: WallProposal): boolean => p.status === 'open' || p.status === 'awaiting-response';

/**
 * The proposals to show: live ones by supports (most first), then answered ones (newest answer
 * first); with a gu, that gu's and the city-wide ones. Closed ones below their goal are left out.
 */
export function topProposals(board: WallParticipationBoard | null, district: string | null, limit: number): WallProposal[] {
  if (!board) return [];
  const here = board.proposals.filter((p) => p.status !== 'closed-unsupported' && (district === null || p.district === null || p.district === district));
  const byAnswer = (p: WallProposal): string => p.response?.at ?? '';
  return [
    ...here.filter(live).sort((a, b) => b.supports - a.supports || a.id.localeCompare(b.id)),
    ...here.filter((p) => p.status === 'answered').sort((a, b) => byAnswer(b).localeCompare(byAnswer(a)) || a.id.localeCompare(b.id)),
  ].slice(0, limit);
}

/** The newest poll of the gu, else the newest city-wide one, else the newest of any. */
export function latestPoll(board: WallParticipationBoard | null, district: string | null): WallPoll | null {
  if (!board || board.polls.length === 0) return null;
  const newest = [...board.polls].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
  return (district ? newest.find((p) => p.district === district) : undefined) ?? newest.find((p) => p.district === null) ?? newest[0]!;
}

/** Whole days left until the deadline (0 on its last day), or null once it has passed. */
export function daysLeft(p: WallProposal, now: number): number | null {
  const ms = Date.parse(p.deadline) - now;
  return ms < 0 ? null : Math.floor(ms / 86_400_000);
}
