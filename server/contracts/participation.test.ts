import test from 'ava';
import {
  marginOfError, PollSchema, proposalStatusAt, ProposalSchema, zOfConfidence, type Poll, type Proposal,
} from './participation.ts';
import { samplePoll, sampleProposal } from '../actors/participation/testing.ts';

const close = (actual: number, expected: number, tolerance: number): boolean => Math.abs(actual - expected) <= tolerance;

test('z for the usual confidence levels', (t) => {
  t.true(close(zOfConfidence(0.95), 1.959964, 1e-6));
  t.true(close(zOfConfidence(0.9), 1.644854, 1e-6));
  t.true(close(zOfConfidence(0.99), 2.575829, 1e-6));
  t.true(close(zOfConfidence(0.999), 3.290527, 1e-6));
  for (const bad of [0, 1, -0.5, 1.5, Number.NaN]) t.throws(() => zOfConfidence(bad), { instanceOf: RangeError });
});

test('margins of error pollsters publish: n = 1,000 → ±3.1, 500 → ±4.4, 1,500 → ±2.5 at 95 %', (t) => {
  t.is(marginOfError(1000).toFixed(1), '3.1');
  t.true(close(marginOfError(1000), 3.099, 0.001));
  t.is(marginOfError(500).toFixed(1), '4.4');
  t.is(marginOfError(1500).toFixed(1), '2.5');
  t.is(marginOfError(1000, 0.5, 0.99).toFixed(2), '4.07');
  t.is(marginOfError(1000, 0.5, 0.9).toFixed(2), '2.60');
});

test('per option the margin shrinks away from p = 0.5 and vanishes at 0 and 1', (t) => {
  t.true(close(marginOfError(1000, 0.2), 2.479, 0.001));
  t.true(close(marginOfError(1000, 0.8), marginOfError(1000, 0.2), 1e-12));
  t.is(marginOfError(1000, 0), 0);
  t.is(marginOfError(1000, 1), 0);
  t.true(marginOfError(1000, 0.3) < marginOfError(1000, 0.5));
});

test('a design effect widens the margin by its square root', (t) => {
  t.true(close(marginOfError(1000, 0.5, 0.95, { designEffect: 1.44 }), 3.099 * 1.2, 0.002));
  t.is(marginOfError(1000, 0.5, 0.95, { designEffect: 1 }), marginOfError(1000));
  t.throws(() => marginOfError(1000, 0.5, 0.95, { designEffect: 0 }), { instanceOf: RangeError });
});

test('bad inputs are refused with a reason', (t) => {
  t.throws(() => marginOfError(0), { message: /sample size/ });
  t.throws(() => marginOfError(10.5), { message: /sample size/ });
  t.throws(() => marginOfError(100, 1.2), { message: /share/ });
  t.throws(() => marginOfError(100, 0.5, 95), { message: /confidence/ });
});

const at = (p: Proposal, supports: number, extra: Partial<Proposal> = {}): Proposal => ({ ...p, supports, ...extra });
const T = (iso: string): number => Date.parse(iso);

test('status: supports reaching the goal → awaiting-response; the answer → answered', (t) => {
  const p = sampleProposal({ supports: 499 });
  t.is(proposalStatusAt(p, T('2026-01-10T00:00:00Z')), 'open');
  t.is(proposalStatusAt(at(p, 500), T('2026-01-10T00:00:00Z')), 'awaiting-response');
  const answered = at(p, 812, { response: { department: { ko: '주택정책과', en: 'Housing Policy Division' }, text: '검토하겠습니다.', at: '2026-01-20T02:00:00.000Z' } });
  t.is(proposalStatusAt(answered, T('2026-01-19T00:00:00Z')), 'awaiting-response', 'not before the answer is given');
  t.is(proposalStatusAt(answered, T('2026-01-20T02:00:00Z')), 'answered');
  t.is(proposalStatusAt(answered, T('2026-06-01T00:00:00Z')), 'answered', 'for good');
});

test('status: the deadline passing below the goal → closed-unsupported; at the goal it still awaits its answer', (t) => {
  const p = sampleProposal({ supports: 120 });
  t.is(proposalStatusAt(p, T(p.deadline) - 1), 'open');
  t.is(proposalStatusAt(p, T(p.deadline)), 'closed-unsupported');
  t.is(proposalStatusAt(at(p, 640), T(p.deadline) + 86_400_000), 'awaiting-response');
});

test('a proposal must be consistent: status, supports, goal time and answer', (t) => {
  t.true(ProposalSchema.safeParse(sampleProposal()).success);
  const bad: Partial<Proposal>[] = [
    { status: 'awaiting-response', supports: 10 },
    { status: 'open', supports: 600, goalReachedAt: '2026-01-08T00:00:00.000Z' },
    { status: 'answered' },
    { goalReachedAt: '2026-01-08T00:00:00.000Z' },
    { deadline: '2026-01-01T00:00:00.000Z' },
    { id: 'proposal:12' },
    { category: 'potholes' as never },
    { district: '26110' },
  ];
  for (const b of bad) t.false(ProposalSchema.safeParse({ ...sampleProposal(), ...b }).success, JSON.stringify(b));
});

test('a poll must add up and keep its dates in order', (t) => {
  t.true(PollSchema.safeParse(samplePoll()).success);
  const p = samplePoll();
  const bad: Partial<Poll>[] = [
    { fieldwork: { from: '2026-01-04', to: '2026-01-03' } },
    { options: p.options.map((o) => ({ ...o, share: o.share / 2 })) },
    { options: p.options.slice(0, 1) },
    { method: 'postal' as never },
    { sampleSize: 0 },
  ];
  for (const b of bad) t.false(PollSchema.safeParse({ ...p, ...b }).success, JSON.stringify(b));
});
