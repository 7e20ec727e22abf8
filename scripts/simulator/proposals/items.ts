/**
 * @module scripts/simulator/proposals/items
 * Pure: one proposal (as it stands at a wall time) and one poll in the feed's shape (connectors/proposals/api.ts):
 * Korean vocabulary, ISO times with the KST offset, fieldwork as KST dates, `synthetic: true`.
 */
import { guByCode } from '../../../connectors/_safety/gu.ts';
import { isoKst, kstDate, PROPOSAL_STATUS_NAMES, type PollItem, type ProposalItem } from '../../../connectors/proposals/api.ts';
import { PROPOSAL_CATEGORIES, PROPOSAL_RULES } from '../../../server/contracts/participation.ts';
import type { ProposalState, SyntheticProposal } from './generator.ts';
import { dayStartOf, type SyntheticPoll } from './polls.ts';
import { answerText } from './texts.ts';

const NOON = 12 * 3600_000;
const CITY_POPULATION = { ko: '서울시 거주 만 18세 이상 남녀', en: 'Seoul residents aged 18 and over' };

export const proposalItem = (p: SyntheticProposal, s: ProposalState, supportsAtAnswer: number): ProposalItem => ({
  no: p.no,
  title: p.text.title,
  titleEn: p.text.titleEn,
  summary: p.text.summary,
  field: PROPOSAL_CATEGORIES[p.category].ko,
  gu: p.district === null ? null : (guByCode(p.district)?.ko ?? null),
  guCode: p.district,
  filedAt: isoKst(p.filedAt),
  deadline: isoKst(p.deadline),
  supports: s.supports,
  supportGoal: PROPOSAL_RULES.supportGoal,
  goalReachedAt: s.goalReachedAt === null ? null : isoKst(s.goalReachedAt),
  status: PROPOSAL_STATUS_NAMES[s.status],
  answer:
    s.answer === null
      ? null
      : {
          department: s.answer.department.ko,
          text: answerText({ category: p.category, outcome: s.answer.outcome, department: s.answer.department.ko, supports: supportsAtAnswer, debate: s.answer.debate }),
          at: isoKst(s.answer.at),
        },
  updatedAt: isoKst(s.updatedAt),
  synthetic: true,
});

export const pollItem = (poll: SyntheticPoll, wallOf: (dataMs: number) => number): PollItem => {
  const gu = poll.district === null ? undefined : guByCode(poll.district);
  return {
    no: poll.no,
    question: poll.question.ko,
    questionEn: poll.question.en,
    fieldworkStart: kstDate(wallOf(dayStartOf(poll.fieldwork.from) + NOON)),
    fieldworkEnd: kstDate(wallOf(dayStartOf(poll.fieldwork.to) + NOON)),
    method: poll.pollster.method,
    sampleSize: poll.sampleSize,
    population: gu ? `${gu.ko} 거주 만 18세 이상 남녀` : CITY_POPULATION.ko,
    populationEn: gu ? `${gu.en} residents aged 18 and over` : CITY_POPULATION.en,
    responseRate: poll.responseRate,
    options: poll.question.options.map(([label, labelEn], i) => ({ label, labelEn, share: poll.shares[i] as number })),
    confidence: 95,
    marginOfError: poll.marginOfError,
    gu: gu?.ko ?? null,
    guCode: poll.district,
    pollster: poll.pollster.ko,
    pollsterEn: poll.pollster.en,
    publishedAt: isoKst(Math.floor(wallOf(poll.dataAt) / 1000) * 1000),
    synthetic: true,
  };
};
