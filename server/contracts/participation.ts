/**
 * @module contracts/participation
 * Resident participation, the other half of the mayor's citizen-opinion screen: proposals residents file with the
 * city and support (after 민주주의 서울 / Democracy Seoul, where 500 supports within 30 days oblige the city to
 * answer officially and 5,000 bring a public debate), and the opinion polls the city publishes.
 *   `proposal.updated`  payload: the whole Proposal as of `observedAt` (its `updatedAt`)
 *   `poll.published`    payload: a Poll
 * The board on `opinion/city/participation` is a ParticipationBoard. Margins of error are in percentage points.
 */
import { z } from 'zod';
import { DistrictCodeSchema } from './envelope.ts';
import { LocalizedSchema } from './layout.ts';

export const PARTICIPATION_EVENT_KINDS = { proposal: 'proposal.updated', poll: 'poll.published' } as const;

/** Democracy Seoul's rules: supports within `days` of filing; `supportGoal` obliges an answer, `debateGoal` a debate. */
export const PROPOSAL_RULES = { supportGoal: 500, debateGoal: 5000, days: 30 } as const;

/**
 * `open` collects supports; `awaiting-response` reached its goal and the city owes an answer; `answered` has the
 * city's answer; `closed-unsupported` ended below its goal.
 */
export const PROPOSAL_STATUSES = ['open', 'awaiting-response', 'answered', 'closed-unsupported'] as const;
export const ProposalStatusSchema = z.enum(PROPOSAL_STATUSES);
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/**
 * Policy areas of proposals. A list of their own, since proposals ask for policies rather than repairs; two codes are
 * those of complaint categories (server/complaints/categories.ts) where the topic is the same: `parks-trees`, `noise`.
 */
export const PROPOSAL_CATEGORIES = {
  'parks-trees': { ko: '공원·녹지', en: 'Parks and green space' },
  'bike-lanes': { ko: '자전거', en: 'Cycling and bike lanes' },
  childcare: { ko: '보육', en: 'Childcare' },
  'senior-welfare': { ko: '어르신 복지', en: 'Senior welfare' },
  noise: { ko: '소음', en: 'Noise' },
  parking: { ko: '주차', en: 'Parking' },
  'air-quality': { ko: '대기질', en: 'Air quality' },
  housing: { ko: '주거', en: 'Housing' },
  culture: { ko: '문화', en: 'Culture' },
} as const satisfies Record<string, { ko: string; en: string }>;
export type ProposalCategory = keyof typeof PROPOSAL_CATEGORIES;
export const PROPOSAL_CATEGORY_CODES = Object.keys(PROPOSAL_CATEGORIES) as ProposalCategory[];
export const ProposalCategorySchema = z.enum(PROPOSAL_CATEGORY_CODES as [ProposalCategory, ...ProposalCategory[]]);

/** `proposals:2026-00123`. */
export const ProposalIdSchema = z.string().regex(/^proposals:[A-Za-z0-9_.-]{1,40}$/, 'proposals:<number>');
/** `polls:2026-014`. */
export const PollIdSchema = z.string().regex(/^polls:[A-Za-z0-9_.-]{1,40}$/, 'polls:<number>');

const iso = z.iso.datetime();

export const ProposalResponseSchema = z.object({
  department: LocalizedSchema,
  text: z.string().min(1).max(4000),
  at: iso,
});
export type ProposalResponse = z.infer<typeof ProposalResponseSchema>;

export const ProposalSchema = z
  .object({
    id: ProposalIdSchema,
    title: z.object({ ko: z.string().min(1).max(200), en: z.string().min(1).max(200).optional() }),
    /** The proposer's summary, in Korean. */
    summary: z.string().min(1).max(2000),
    category: ProposalCategorySchema,
    /** The gu it concerns, or null for the whole city. */
    district: DistrictCodeSchema.nullable(),
    filedAt: iso,
    supports: z.number().int().nonnegative(),
    supportGoal: z.number().int().positive(),
    /** Supports count until then. */
    deadline: iso,
    /** When the supports reached the goal (null below it). */
    goalReachedAt: iso.nullable(),
    status: ProposalStatusSchema,
    response: ProposalResponseSchema.nullable(),
    /** The last change (a support, a status): the `observedAt` of the event that carries it. */
    updatedAt: iso,
    synthetic: z.boolean(),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string): void => void ctx.addIssue({ code: 'custom', path: [path], message });
    if (Date.parse(p.deadline) <= Date.parse(p.filedAt)) issue('deadline', 'must be after filedAt');
    if (Date.parse(p.updatedAt) < Date.parse(p.filedAt)) issue('updatedAt', 'must not be before filedAt');
    if ((p.status === 'answered') !== (p.response !== null)) issue('response', 'an answered proposal, and only one, has a response');
    if (p.response !== null && Date.parse(p.response.at) < Date.parse(p.filedAt)) issue('response', 'answered before it was filed');
    if ((p.goalReachedAt !== null) !== p.supports >= p.supportGoal) issue('goalReachedAt', 'set exactly when supports reach supportGoal');
    if (p.status === 'awaiting-response' && p.supports < p.supportGoal) issue('status', 'awaiting a response below the goal');
    if ((p.status === 'open' || p.status === 'closed-unsupported') && p.supports >= p.supportGoal) issue('status', `${p.status} at or above the goal`);
  });
export type Proposal = z.infer<typeof ProposalSchema>;

/**
 * The status a proposal has at `now` (epoch ms): its answer makes it `answered`; reaching the goal
 * `awaiting-response`; the deadline passing below the goal `closed-unsupported`; otherwise `open`.
 * Supports stop counting at the deadline, so a proposal at its goal reached it in time.
 */
export const proposalStatusAt = (
  p: Pick<Proposal, 'supports' | 'supportGoal' | 'deadline'> & { response: Pick<ProposalResponse, 'at'> | null },
  now: number,
): ProposalStatus => {
  if (p.response !== null && Date.parse(p.response.at) <= now) return 'answered';
  if (p.supports >= p.supportGoal) return 'awaiting-response';
  return now >= Date.parse(p.deadline) ? 'closed-unsupported' : 'open';
};

export const POLL_METHODS = ['phone', 'online', 'mixed'] as const;
export const PollMethodSchema = z.enum(POLL_METHODS);
export type PollMethod = z.infer<typeof PollMethodSchema>;

export const PollOptionSchema = z.object({
  label: LocalizedSchema,
  /** Percent of the respondents. */
  share: z.number().min(0).max(100),
  /** ± percentage points at the poll's confidence, for this share. */
  marginOfError: z.number().nonnegative(),
});
export type PollOption = z.infer<typeof PollOptionSchema>;

export const PollSchema = z
  .object({
    id: PollIdSchema,
    question: LocalizedSchema.extend({ ko: z.string().min(1).max(300), en: z.string().min(1).max(300) }),
    /** Dates of the interviews (KST calendar days). */
    fieldwork: z.object({ from: z.iso.date(), to: z.iso.date() }),
    method: PollMethodSchema,
    sampleSize: z.number().int().min(1),
    /** Who was sampled: `서울시 거주 만 18세 이상 남녀`. */
    population: LocalizedSchema,
    /** Percent of those contacted who answered (null when not published, as for panels). */
    responseRate: z.number().min(0).max(100).nullable(),
    options: z.array(PollOptionSchema).min(2).max(12),
    /** The confidence of every margin (0.95). */
    confidence: z.number().gt(0).lt(1),
    /** Variance inflation of the weighting (1: simple random sampling). */
    designEffect: z.number().min(1).max(10),
    /** ± percentage points for the worst case p = 0.5, as published. */
    marginOfError: z.number().positive(),
    /** The gu polled, or null for the whole city. */
    district: DistrictCodeSchema.nullable(),
    pollster: LocalizedSchema,
    publishedAt: iso,
    synthetic: z.boolean(),
  })
  .superRefine((p, ctx) => {
    if (p.fieldwork.to < p.fieldwork.from) ctx.addIssue({ code: 'custom', path: ['fieldwork'], message: 'ends before it starts' });
    const total = p.options.reduce((s, o) => s + o.share, 0);
    if (Math.abs(total - 100) > 1.5) ctx.addIssue({ code: 'custom', path: ['options'], message: `shares add up to ${total.toFixed(1)} %, not 100 %` });
  });
export type Poll = z.infer<typeof PollSchema>;

/** `opinion/city/participation`: the leading live proposals, those answered lately, and the latest polls. */
export const ParticipationBoardSchema = z.object({
  /** Open and awaiting-response proposals by supports (most first), then those answered lately (newest answer first). */
  proposals: z.array(ProposalSchema),
  /** Newest first. */
  polls: z.array(PollSchema),
  /** Over every proposal the board knows, not only those listed. */
  counts: z.object({
    open: z.number().int().nonnegative(),
    awaitingResponse: z.number().int().nonnegative(),
    answeredRecently: z.number().int().nonnegative(),
  }),
  asOf: iso,
});
export type ParticipationBoard = z.infer<typeof ParticipationBoardSchema>;

/**
 * The standard normal quantile z with P(|Z| ≤ z) = confidence (0.95 → 1.95996), by Acklam's rational
 * approximation (relative error below 1.2e-9).
 */
export const zOfConfidence = (confidence: number): number => {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be within (0, 1): ${confidence}`);
  const p = 1 - (1 - confidence) / 2;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const poly = (k: readonly number[], x: number): number => k.reduce((s, v) => s * x + v, 0);
  if (p <= 0.97575) {
    const q = p - 0.5;
    const r = q * q;
    return (poly(a, r) * q) / (poly(b, r) * r + 1);
  }
  const q = Math.sqrt(-2 * Math.log(1 - p));
  return -poly(c, q) / (poly(d, q) * q + 1);
};

/**
 * The margin of error of a share p from a sample of n, in percentage points: z · √(deff · p(1 − p) / n) · 100.
 * With the defaults (p = 0.5, 95 %) the worst case pollsters publish: n = 1,000 → ±3.1.
 */
export const marginOfError = (n: number, p = 0.5, confidence = 0.95, o: { designEffect?: number } = {}): number => {
  const deff = o.designEffect ?? 1;
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`the sample size must be a whole number ≥ 1: ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`the share must be within [0, 1]: ${p}`);
  if (!(deff > 0 && Number.isFinite(deff))) throw new RangeError(`the design effect must be positive: ${deff}`);
  return zOfConfidence(confidence) * Math.sqrt((deff * p * (1 - p)) / n) * 100;
};
