/**
 * @module connectors/proposals/parse
 * Vendor shape → records: a proposals page gives one record per proposal, a polls page one per poll. A proposal with
 * an unknown status or field, an unreadable time, a deadline before its filing or half a gu, and a poll with an
 * unknown method, dates out of order, shares that do not add up to 100 or half a gu, become rejects with their reason;
 * the others still flow. A page that is neither becomes a ParseError. Texts over the contract's limits are cut with `…`.
 */
import { z } from 'zod';
import type { PollMethod, ProposalCategory, ProposalStatus } from '../../server/contracts/participation.ts';
import type { ParseResult, RawPage, Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { POLL_METHOD_LIST, POLL_METHOD_NAMES, PROPOSAL_FIELDS, PROPOSAL_STATUS_NAMES } from './api.ts';

export interface ProposalRecord {
  kind: 'proposal';
  no: string;
  title: string;
  titleEn: string | null;
  summary: string;
  category: ProposalCategory;
  gu: string | null;
  guCode: string | null;
  /** Epoch ms. */
  filedAt: number;
  deadline: number;
  supports: number;
  supportGoal: number;
  goalReachedAt: number | null;
  status: ProposalStatus;
  answer: { department: string; text: string; at: number } | null;
  updatedAt: number;
  synthetic: boolean;
}

export interface PollRecord {
  kind: 'poll';
  no: string;
  question: string;
  questionEn: string;
  fieldwork: { from: string; to: string };
  method: PollMethod;
  sampleSize: number;
  population: string;
  populationEn: string;
  responseRate: number | null;
  options: { label: string; labelEn: string; share: number }[];
  /** 0–1. */
  confidence: number;
  marginOfError: number;
  gu: string | null;
  guCode: string | null;
  pollster: string;
  pollsterEn: string;
  publishedAt: number;
  synthetic: boolean;
}

export type ParticipationRecord = ProposalRecord | PollRecord;

const STATUS_OF = new Map(Object.entries(PROPOSAL_STATUS_NAMES).map(([status, ko]) => [ko, status as ProposalStatus]));

const iso = z.iso.datetime({ offset: true, message: 'not an ISO 8601 time with offset' });
const text = (max: number) => z.string().trim().min(1).max(max);
const cut = (max: number) => z.string().trim().transform((s) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)).pipe(z.string().min(1));
const guCode = z.string().regex(/^11\d{3}$/, 'a 5-digit Seoul gu code').nullable();
const bothOrNeither = (i: { gu: string | null; guCode: string | null }): boolean => (i.gu === null) === (i.guCode === null);

const ProposalItemSchema = z
  .looseObject({
    no: z.string().trim().regex(/^\d{4}-\d{5,8}$/, 'a proposal number such as 2026-00123'),
    title: cut(200),
    titleEn: cut(200).nullish().transform((v) => v ?? null),
    summary: cut(2000),
    field: z.string().trim().refine((s) => s in PROPOSAL_FIELDS, `unknown field (${Object.keys(PROPOSAL_FIELDS).join(', ')})`),
    gu: text(20).nullable(),
    guCode,
    filedAt: iso,
    deadline: iso,
    supports: z.number().int().nonnegative(),
    supportGoal: z.number().int().positive(),
    goalReachedAt: iso.nullable(),
    status: z.string().trim().refine((s) => STATUS_OF.has(s), 'unknown status (진행중, 답변대기, 답변완료, 기간만료)'),
    answer: z.object({ department: text(120), text: cut(4000), at: iso }).nullable(),
    updatedAt: iso,
    synthetic: z.boolean().default(false),
  })
  .superRefine((i, ctx) => {
    const issue = (path: string, message: string): void => void ctx.addIssue({ code: 'custom', path: [path], message });
    if (!bothOrNeither(i)) issue('gu', 'gu and guCode: both or neither');
    if (Date.parse(i.deadline) <= Date.parse(i.filedAt)) issue('deadline', 'not after filedAt');
  });

const PollItemSchema = z
  .looseObject({
    no: z.string().trim().regex(/^\d{4}-\d{3,6}$/, 'a poll number such as 2026-014'),
    question: cut(300),
    questionEn: cut(300),
    fieldworkStart: z.iso.date(),
    fieldworkEnd: z.iso.date(),
    method: z.enum(POLL_METHOD_LIST, `unknown method (${POLL_METHOD_LIST.join(', ')})`),
    sampleSize: z.number().int().min(1).max(1_000_000),
    population: cut(120),
    populationEn: cut(120),
    responseRate: z.number().min(0).max(100).nullish().transform((v) => v ?? null),
    options: z.array(z.object({ label: cut(120), labelEn: cut(120), share: z.number().min(0).max(100) })).min(2).max(12),
    confidence: z.number().min(50).lt(100),
    marginOfError: z.number().positive().max(50),
    gu: text(20).nullable(),
    guCode,
    pollster: cut(120),
    pollsterEn: cut(120),
    publishedAt: iso,
    synthetic: z.boolean().default(false),
  })
  .superRefine((i, ctx) => {
    const issue = (path: string, message: string): void => void ctx.addIssue({ code: 'custom', path: [path], message });
    if (!bothOrNeither(i)) issue('gu', 'gu and guCode: both or neither');
    if (i.fieldworkEnd < i.fieldworkStart) issue('fieldworkEnd', 'before fieldworkStart');
    const total = i.options.reduce((s, o) => s + o.share, 0);
    if (Math.abs(total - 100) > 1.5) issue('options', `shares add up to ${total.toFixed(1)} %`);
  });

const toProposal = (i: z.infer<typeof ProposalItemSchema>): ProposalRecord => ({
  kind: 'proposal',
  no: i.no,
  title: i.title,
  titleEn: i.titleEn,
  summary: i.summary,
  category: PROPOSAL_FIELDS[i.field] as ProposalCategory,
  gu: i.gu,
  guCode: i.guCode,
  filedAt: Date.parse(i.filedAt),
  deadline: Date.parse(i.deadline),
  supports: i.supports,
  supportGoal: i.supportGoal,
  goalReachedAt: i.goalReachedAt === null ? null : Date.parse(i.goalReachedAt),
  status: STATUS_OF.get(i.status) as ProposalStatus,
  answer: i.answer === null ? null : { department: i.answer.department, text: i.answer.text, at: Date.parse(i.answer.at) },
  updatedAt: Date.parse(i.updatedAt),
  synthetic: i.synthetic,
});

const toPoll = (i: z.infer<typeof PollItemSchema>): PollRecord => ({
  kind: 'poll',
  no: i.no,
  question: i.question,
  questionEn: i.questionEn,
  fieldwork: { from: i.fieldworkStart, to: i.fieldworkEnd },
  method: POLL_METHOD_NAMES[i.method],
  sampleSize: i.sampleSize,
  population: i.population,
  populationEn: i.populationEn,
  responseRate: i.responseRate,
  options: i.options,
  confidence: i.confidence / 100,
  marginOfError: i.marginOfError,
  gu: i.gu,
  guCode: i.guCode,
  pollster: i.pollster,
  pollsterEn: i.pollsterEn,
  publishedAt: Date.parse(i.publishedAt),
  synthetic: i.synthetic,
});

const reasonOf = (err: z.ZodError): string =>
  err.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'row'}: ${i.message}`)
    .join('; ');

const PageSchema = z.union([z.looseObject({ items: z.array(z.unknown()) }), z.looseObject({ polls: z.array(z.unknown()) })]);

const noOf = (raw: unknown): string => {
  const no = typeof raw === 'object' && raw !== null ? (raw as { no?: unknown }).no : undefined;
  return typeof no === 'string' ? ` ${no.slice(0, 40)}` : '';
};

const parseAll = <T, R>(list: readonly unknown[], schema: z.ZodType<T>, to: (v: T) => R, what: string): ParseResult<R> => {
  const records: R[] = [];
  const rejects: Reject[] = [];
  for (const raw of list) {
    const res = schema.safeParse(raw);
    if (res.success) records.push(to(res.data));
    else rejects.push({ reason: `bad ${what}${noOf(raw)}: ${reasonOf(res.error)}`, raw: JSON.stringify(raw) ?? String(raw) });
  }
  return { records, rejects };
};

/** Parses one page of the feed: proposals (`items`) or polls (`polls`). */
export const parseProposalsPage = (page: RawPage): ParseResult<ParticipationRecord> => {
  let body: unknown;
  try {
    body = JSON.parse(page.body.toString());
  } catch (err) {
    throw new ParseError('the body is not JSON', { cause: err });
  }
  const res = PageSchema.safeParse(body);
  if (!res.success) throw new ParseError('neither a proposals page (items) nor a polls page (polls)', { cause: res.error });
  return 'items' in res.data
    ? parseAll<z.infer<typeof ProposalItemSchema>, ParticipationRecord>(res.data.items as unknown[], ProposalItemSchema, toProposal, 'proposal')
    : parseAll<z.infer<typeof PollItemSchema>, ParticipationRecord>(res.data.polls as unknown[], PollItemSchema, toPoll, 'poll');
};
