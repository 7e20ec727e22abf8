/**
 * @module actors/participation/testing
 * Builders for the participation tests: a valid proposal and poll (overridable) and their events.
 */
import type { EventEnvelope } from '../../contracts/envelope.ts';
import type { Poll, Proposal } from '../../contracts/participation.ts';

/** Filed 2026-01-05 10:00 KST, open with 37 supports. */
export const sampleProposal = (o: Partial<Proposal> = {}): Proposal => ({
  id: 'proposals:2026-00012',
  title: { ko: '청년 월세 지원 대상을 넓혀 주세요', en: 'Widen rent support for young people' },
  summary: '청년 월세 지원의 소득 기준과 지원 기간을 늘려 주세요.',
  category: 'housing',
  district: null,
  filedAt: '2026-01-05T01:00:00.000Z',
  supports: 37,
  supportGoal: 500,
  deadline: '2026-02-04T01:00:00.000Z',
  goalReachedAt: null,
  status: 'open',
  response: null,
  updatedAt: '2026-01-06T12:00:00.000Z',
  synthetic: true,
  ...o,
});

/** A city-wide phone poll of 1,000 published 2026-01-07. */
export const samplePoll = (o: Partial<Poll> = {}): Poll => ({
  id: 'polls:2026-002',
  question: { ko: '서울시의 시정 운영을 어떻게 평가하십니까?', en: 'How do you rate the way the city of Seoul is run?' },
  fieldwork: { from: '2026-01-04', to: '2026-01-05' },
  method: 'phone',
  sampleSize: 1000,
  population: { ko: '서울시 거주 만 18세 이상 남녀', en: 'Seoul residents aged 18 and over' },
  responseRate: 11.2,
  options: [
    { label: { ko: '잘하고 있다', en: 'Doing well' }, share: 51.2, marginOfError: 3.1 },
    { label: { ko: '잘못하고 있다', en: 'Doing badly' }, share: 37.6, marginOfError: 3.0 },
    { label: { ko: '모름·무응답', en: "Don't know" }, share: 11.2, marginOfError: 1.95 },
  ],
  confidence: 0.95,
  designEffect: 1,
  marginOfError: 3.1,
  district: null,
  pollster: { ko: '누리여론연구소', en: 'Nuri Opinion Institute' },
  publishedAt: '2026-01-07T02:00:00.000Z',
  synthetic: true,
  ...o,
});

export const proposalEvent = (p: Proposal, observedAt = p.updatedAt): EventEnvelope => ({
  v: 1,
  id: `${p.id}:${p.supports}:${p.status}`,
  source: 'proposals',
  kind: 'proposal.updated',
  observedAt,
  entity: `proposal:${p.id}`,
  district: p.district,
  payload: p,
});

export const pollEvent = (p: Poll): EventEnvelope => ({
  v: 1,
  id: p.id,
  source: 'proposals',
  kind: 'poll.published',
  observedAt: p.publishedAt,
  entity: `poll:${p.id}`,
  district: p.district,
  payload: p,
});
