/**
 * @module scripts/simulator/proposals/texts
 * Pure: what a resident writes (a title, its English translation for most, a summary) and what the city answers
 * (by the answering department, in one of four tones: accepted, partly accepted, to be reviewed, declined; after a
 * public debate the mayor answers). All of it SYNTHETIC.
 */
import type { ProposalCategory } from '../../../server/contracts/participation.ts';
import type { Rand } from '../safety-common/random.ts';
import type { AnswerOutcome } from './model.ts';
import { ANSWER_PHRASES, PROPOSAL_PHRASES } from './phrases.ts';

export interface Where {
  ko: string;
  en: string;
}

/** Where a proposal is: its gu, or the city. */
export const CITY: Where = { ko: '서울시', en: 'Seoul' };

export interface ProposalText {
  title: string;
  titleEn: string | null;
  summary: string;
}

const fill = (template: string, w: Where): string => template.replaceAll('{where}', w.ko).replaceAll('{whereEn}', w.en);

export const proposalText = (rand: Rand, category: ProposalCategory, where: Where, english: boolean): ProposalText => {
  const list = PROPOSAL_PHRASES[category];
  const [title, titleEn, summary] = list[Math.floor(rand() * list.length)] as (typeof list)[number];
  return { title: fill(title, where), titleEn: english ? fill(titleEn, where) : null, summary: fill(summary, where) };
};

export interface AnswerInput {
  category: ProposalCategory;
  outcome: AnswerOutcome;
  department: string;
  /** Supports when the answer is given; a debate when it is past the debate goal. */
  supports: number;
  debate: boolean;
}

const body = (a: AnswerInput): string => {
  const { action, constraint } = ANSWER_PHRASES[a.category];
  switch (a.outcome) {
    case 'accepted':
      return `${a.department}에서 제안 내용을 검토한 결과, 제안을 받아들여 ${action}. 추진 상황은 민주주의 서울을 통해 계속 알려 드리겠습니다.`;
    case 'partly':
      return `제안하신 취지에 공감하여 ${action}. 다만 ${constraint} 점이 있어 일부 내용은 단계적으로 검토하겠습니다.`;
    case 'review':
      return `제안하신 내용은 ${constraint} 사안이어서 관계 기관과 협의해 중장기 과제로 검토하겠습니다. 검토 결과는 다시 안내해 드리겠습니다.`;
    case 'declined':
      return `검토 결과 ${constraint} 사정으로 현재로서는 제안하신 방식으로 추진하기 어렵습니다. 대신 기존 사업을 통해 불편을 줄일 방안을 찾겠습니다.`;
  }
};

export const answerText = (a: AnswerInput): string => {
  const opening = a.debate
    ? `공감 ${a.supports.toLocaleString('en-US')}명을 넘어 시민토론을 거친 제안이어서 서울특별시장이 직접 답변드립니다. `
    : `시민 여러분의 소중한 제안과 ${a.supports.toLocaleString('en-US')}명의 공감에 감사드립니다. `;
  return opening + body(a);
};
