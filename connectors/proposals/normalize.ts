/**
 * @module connectors/proposals/normalize
 * Pure: a proposal → `proposal.updated`, a poll → `poll.published`.
 *   proposal  id `proposals:<no>:<supports>:<status>` (a natural key: an unchanged proposal publishes nothing new),
 *             entity `proposal:proposals:<no>`, observedAt its `updatedAt`, payload the whole Proposal
 *   poll      id `polls:<no>`, entity `poll:polls:<no>`, observedAt its publication, payload the Poll with each
 *             option's margin of error and the design effect behind the published margin
 * district: the gu code, or null for the city. Payloads are checked against the contract (so a status that
 * contradicts the supports, an answer without an answered status and the like are quarantined). An unknown gu or a
 * gu name that contradicts its code, and a published margin smaller than the sample allows, are quarantined.
 */
import { PARTICIPATION_EVENT_KINDS, PollSchema, ProposalSchema, marginOfError, type Poll, type Proposal } from '../../server/contracts/participation.ts';
import type { EventEnvelope } from '../../server/contracts/envelope.ts';
import type { LocalizedText } from '../../server/contracts/layout.ts';
import type { z } from 'zod';
import type { NormalizeContext } from '../_kit/define-connector.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { guByCode, guByName } from '../_safety/gu.ts';
import { PARTICIPATION_DEPARTMENTS_EN } from './api.ts';
import { proposalsManifest } from './manifest.ts';
import type { ParticipationRecord, PollRecord, ProposalRecord } from './parse.ts';

/** Korean department name → both names; one the table lacks keeps its Korean name in English too. */
export const departmentOf = (ko: string): LocalizedText => ({ ko, en: PARTICIPATION_DEPARTMENTS_EN[ko] ?? ko });

/** Published margins are rounded (or cut) to 0.1: this close to the simple-random margin they mean a design effect of 1. */
const ROUNDED_UP = 0.05 + 1e-9;
const CUT_DOWN = 0.1 + 1e-9;
const round2 = (x: number): number => Math.round(x * 100) / 100;

const checked = <T>(schema: z.ZodType<T>, value: unknown, what: string): T => {
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  const issue = res.error.issues[0];
  throw new RecordRejectedError(`${what} does not fit the contract: ${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? ''}`.trim());
};

const districtOf = (r: { gu: string | null; guCode: string | null }, what: string): string | null => {
  if (r.guCode === null) return null;
  const gu = guByCode(r.guCode);
  if (!gu) throw new RecordRejectedError(`unknown gu code ${r.guCode} in ${what}`);
  if (guByName(r.gu ?? '')?.code !== gu.code) throw new RecordRejectedError(`gu "${r.gu}" does not match code ${r.guCode} in ${what}`);
  return gu.code;
};

const iso = (ms: number): string => new Date(ms).toISOString();

const proposalEvent = (r: ProposalRecord, ctx: NormalizeContext): EventEnvelope => {
  const what = `proposal ${r.no}`;
  const district = districtOf(r, what);
  const proposal: Proposal = checked(
    ProposalSchema,
    {
      id: `proposals:${r.no}`,
      title: r.titleEn === null ? { ko: r.title } : { ko: r.title, en: r.titleEn },
      summary: r.summary,
      category: r.category,
      district,
      filedAt: iso(r.filedAt),
      supports: r.supports,
      supportGoal: r.supportGoal,
      deadline: iso(r.deadline),
      goalReachedAt: r.goalReachedAt === null ? null : iso(r.goalReachedAt),
      status: r.status,
      response: r.answer === null ? null : { department: departmentOf(r.answer.department), text: r.answer.text, at: iso(r.answer.at) },
      updatedAt: iso(r.updatedAt),
      synthetic: r.synthetic || proposalsManifest.synthetic,
    },
    what,
  );
  return {
    v: 1,
    id: `${proposal.id}:${proposal.supports}:${proposal.status}`,
    source: ctx.source,
    kind: PARTICIPATION_EVENT_KINDS.proposal,
    observedAt: proposal.updatedAt,
    entity: `proposal:${proposal.id}`,
    district,
    payload: proposal,
  };
};

/** The design effect a published margin implies (1 when it is the simple-random one, rounded). */
export const designEffectOf = (n: number, published: number, confidence: number): number => {
  const srs = marginOfError(n, 0.5, confidence);
  if (published < srs - CUT_DOWN) throw new RecordRejectedError(`a margin of ±${published} is smaller than ${n} respondents allow (±${srs.toFixed(1)})`);
  return published <= srs + ROUNDED_UP ? 1 : round2((published / srs) ** 2);
};

const pollEvent = (r: PollRecord, ctx: NormalizeContext): EventEnvelope => {
  const what = `poll ${r.no}`;
  const district = districtOf(r, what);
  const designEffect = designEffectOf(r.sampleSize, r.marginOfError, r.confidence);
  const poll: Poll = checked(
    PollSchema,
    {
      id: `polls:${r.no}`,
      question: { ko: r.question, en: r.questionEn },
      fieldwork: r.fieldwork,
      method: r.method,
      sampleSize: r.sampleSize,
      population: { ko: r.population, en: r.populationEn },
      responseRate: r.responseRate,
      options: r.options.map((o) => ({
        label: { ko: o.label, en: o.labelEn },
        share: o.share,
        marginOfError: round2(marginOfError(r.sampleSize, o.share / 100, r.confidence, { designEffect })),
      })),
      confidence: r.confidence,
      designEffect,
      marginOfError: r.marginOfError,
      district,
      pollster: { ko: r.pollster, en: r.pollsterEn },
      publishedAt: iso(r.publishedAt),
      synthetic: r.synthetic || proposalsManifest.synthetic,
    },
    what,
  );
  return {
    v: 1,
    id: poll.id,
    source: ctx.source,
    kind: PARTICIPATION_EVENT_KINDS.poll,
    observedAt: poll.publishedAt,
    entity: `poll:${poll.id}`,
    district,
    payload: poll,
  };
};

export const normalizeProposals = (r: ParticipationRecord, ctx: NormalizeContext): EventEnvelope[] =>
  r.kind === 'proposal' ? [proposalEvent(r, ctx)] : [pollEvent(r, ctx)];
