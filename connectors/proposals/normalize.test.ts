import test from 'ava';
import { RecordRejectedError } from '../_kit/errors.ts';
import { departmentOf, designEffectOf, normalizeProposals } from './normalize.ts';
import type { PollRecord, ProposalRecord } from './parse.ts';

const ctx = { source: 'proposals', pageUrl: 'http://x.test/proposals/items', runStartedAt: 0 };
const T = (iso: string) => Date.parse(iso);
const proposal = (o: Partial<ProposalRecord> = {}): ProposalRecord => ({
  kind: 'proposal',
  no: '2026-00123',
  title: '마포구에 국공립 어린이집을 늘려 주세요',
  titleEn: 'More public daycare centres in Mapo-gu',
  summary: '국공립 어린이집을 확충해 주세요.',
  category: 'childcare',
  gu: '마포구',
  guCode: '11440',
  filedAt: T('2026-01-02T10:00:00+09:00'),
  deadline: T('2026-02-01T10:00:00+09:00'),
  supports: 612,
  supportGoal: 500,
  goalReachedAt: T('2026-01-09T21:14:05+09:00'),
  status: 'answered',
  answer: { department: '보육정책과', text: '검토하겠습니다.', at: T('2026-01-20T14:00:00+09:00') },
  updatedAt: T('2026-01-20T14:00:00+09:00'),
  synthetic: true,
  ...o,
});
const poll = (o: Partial<PollRecord> = {}): PollRecord => ({
  kind: 'poll',
  no: '2026-004',
  question: '서울시의 시정 운영을 어떻게 평가하십니까?',
  questionEn: 'How do you rate the way the city of Seoul is run?',
  fieldwork: { from: '2026-01-03', to: '2026-01-04' },
  method: 'online',
  sampleSize: 800,
  population: '서울시 거주 만 18세 이상 남녀',
  populationEn: 'Seoul residents aged 18 and over',
  responseRate: null,
  options: [
    { label: '잘하고 있다', labelEn: 'Doing well', share: 50 },
    { label: '잘못하고 있다', labelEn: 'Doing badly', share: 40 },
    { label: '모름·무응답', labelEn: "Don't know", share: 10 },
  ],
  confidence: 0.95,
  marginOfError: 4.4,
  gu: null,
  guCode: null,
  pollster: '서울시민패널',
  pollsterEn: 'Seoul Citizens Panel',
  publishedAt: T('2026-01-06T11:00:00+09:00'),
  synthetic: true,
  ...o,
});

test('a proposal becomes proposal.updated, keyed by number, supports and status', (t) => {
  const [e, ...rest] = normalizeProposals(proposal(), ctx);
  t.is(rest.length, 0);
  t.like(e, {
    id: 'proposals:2026-00123:612:answered',
    kind: 'proposal.updated',
    source: 'proposals',
    entity: 'proposal:proposals:2026-00123',
    district: '11440',
    observedAt: '2026-01-20T05:00:00.000Z',
  });
  t.like(e!.payload, {
    id: 'proposals:2026-00123',
    title: { ko: '마포구에 국공립 어린이집을 늘려 주세요', en: 'More public daycare centres in Mapo-gu' },
    filedAt: '2026-01-02T01:00:00.000Z',
    goalReachedAt: '2026-01-09T12:14:05.000Z',
    response: { department: { ko: '보육정책과', en: 'Childcare Policy Division' }, at: '2026-01-20T05:00:00.000Z' },
    synthetic: true,
  });
});

test('a city-wide proposal without an English title', (t) => {
  const [e] = normalizeProposals(proposal({ gu: null, guCode: null, titleEn: null, status: 'open', supports: 30, goalReachedAt: null, answer: null }), ctx);
  t.is(e!.district, null);
  t.deepEqual((e!.payload as { title: object }).title, { ko: '마포구에 국공립 어린이집을 늘려 주세요' });
  t.is(e!.id, 'proposals:2026-00123:30:open');
});

test('a gu that is unknown or contradicts its code, and a status that contradicts the supports, are rejected', (t) => {
  t.throws(() => normalizeProposals(proposal({ guCode: '11999' }), ctx), { instanceOf: RecordRejectedError, message: /unknown gu code 11999/ });
  t.throws(() => normalizeProposals(proposal({ gu: '강남구' }), ctx), { message: /does not match code 11440/ });
  t.throws(() => normalizeProposals(proposal({ status: 'awaiting-response' }), ctx), { message: /does not fit the contract: response/ });
  t.throws(() => normalizeProposals(proposal({ status: 'open', answer: null }), ctx), { message: /does not fit the contract/ });
});

test('a poll becomes poll.published with each option\'s margin and the design effect of its published margin', (t) => {
  const [e] = normalizeProposals(poll(), ctx);
  t.like(e, { id: 'polls:2026-004', kind: 'poll.published', entity: 'poll:polls:2026-004', district: null, observedAt: '2026-01-06T02:00:00.000Z' });
  const p = e!.payload as { designEffect: number; marginOfError: number; options: { marginOfError: number }[]; method: string };
  t.is(p.designEffect, 1.61);
  t.is(p.marginOfError, 4.4);
  t.deepEqual(p.options.map((o) => o.marginOfError), [4.4, 4.31, 2.64]);
});

test('the design effect: 1 for a margin published for simple random sampling, refused below it', (t) => {
  t.is(designEffectOf(1000, 3.1, 0.95), 1);
  t.is(designEffectOf(1000, 3.0, 0.95), 1, 'cut to one decimal');
  t.throws(() => designEffectOf(1000, 2.9, 0.95), { instanceOf: RecordRejectedError });
  t.is(designEffectOf(1000, 3.8, 0.95), 1.5);
  t.throws(() => designEffectOf(1000, 2.5, 0.95), { instanceOf: RecordRejectedError, message: /smaller than 1000 respondents allow \(±3\.1\)/ });
});

test('departments keep their Korean name when the table lacks an English one', (t) => {
  t.deepEqual(departmentOf('주택정책과'), { ko: '주택정책과', en: 'Housing Policy Division' });
  t.deepEqual(departmentOf('새로운과'), { ko: '새로운과', en: '새로운과' });
});
