import test from 'ava';
import { PROPOSAL_RULES } from '../../../server/contracts/participation.ts';
import { createProposalsGenerator, ProposalsGeneratorError, type SyntheticProposal } from './generator.ts';
import { MAYOR, TOPICS } from './model.ts';
import { kstDayOf } from './polls.ts';
import { loadGuWeights } from './simulator.ts';

const gu = await loadGuWeights();
const DAY = 86_400_000;
/** Monday 2026-01-05 09:00 KST. */
const t0 = Date.parse('2026-01-05T00:00:00Z');
const gen = (o: { seed?: number; speedup?: number; historyDays?: number } = {}) =>
  createProposalsGenerator({ seed: o.seed ?? 500, perDay: 12, pollsPerWeek: 2, speedup: o.speedup ?? 1, startedAt: t0, historyDays: o.historyDays ?? 366, gu });

const g = gen();
const d0 = kstDayOf(t0);
/** A year of proposals whose lives are over by t0. */
const year: SyntheticProposal[] = [];
for (let d = d0 - 366; d < d0 - 90; d++) year.push(...g.day(d));
const viral = year.filter((p) => p.goalAt !== null);

test('the same seed gives the same proposals; another seed others', (t) => {
  const strip = (xs: SyntheticProposal[]) => xs.map(({ no, filedAt, category, district, curve, text }) => ({ no, filedAt, category, district, curve, text }));
  t.deepEqual(strip(gen().day(d0 - 100)), strip(g.day(d0 - 100)));
  t.notDeepEqual(strip(gen({ seed: 7 }).day(d0 - 100)), strip(g.day(d0 - 100)));
});

test('volume and numbering: about 12 a day, numbered in filing order within the KST year', (t) => {
  const perDay = year.length / (366 - 90);
  t.true(perDay > 11.3 && perDay < 12.7, `${perDay} a day`);
  const of2025 = year.filter((p) => p.no.startsWith('2025-'));
  for (let k = 1; k < of2025.length; k++) {
    const a = of2025[k - 1]!;
    const b = of2025[k]!;
    t.true(Number(b.no.slice(5)) === Number(a.no.slice(5)) + 1 && b.filedAt >= a.filedAt, `${a.no} → ${b.no}`);
  }
  const cityWide = year.filter((p) => p.district === null).length / year.length;
  t.true(cityWide > 0.35 && cityWide < 0.45, `${cityWide} city-wide`);
  t.is(new Set(year.map((p) => p.category)).size, TOPICS.length);
});

test('heavy tail: about half get fewer than 12 supports, 1–3 % reach the goal, a few a debate', (t) => {
  const few = year.filter((p) => p.curve.total < 12).length / year.length;
  const goal = viral.length / year.length;
  t.true(few > 0.4 && few < 0.65, `${few} under 12`);
  t.true(goal > 0.01 && goal < 0.03, `${goal} reach the goal (${viral.length})`);
  t.true(year.some((p) => p.curve.total >= PROPOSAL_RULES.debateGoal));
});

test('the goal is reached at the first second the supports reach 500, before the deadline', (t) => {
  for (const p of viral) {
    t.true(p.goalAt! <= p.deadline);
    t.true(g.supportsAt(p, p.goalAt!) >= PROPOSAL_RULES.supportGoal);
    t.true(g.supportsAt(p, p.goalAt! - 1000) < PROPOSAL_RULES.supportGoal);
  }
  t.true(year.filter((p) => p.goalAt === null).every((p) => g.supportsAt(p, p.deadline) < PROPOSAL_RULES.supportGoal));
});

test('answers after the deadline at office hours: by the topic department, after a debate by the mayor', (t) => {
  for (const p of viral) {
    const a = p.answer!;
    const local = new Date(a.at + 9 * 3600_000);
    t.true(a.at > p.deadline);
    t.true(local.getUTCDay() >= 1 && local.getUTCDay() <= 5 && local.getUTCHours() >= 9 && local.getUTCHours() < 18, local.toISOString());
    if (a.debate) {
      t.deepEqual(a.department, MAYOR);
      t.true(a.at > p.deadline + 6 * DAY);
    } else {
      t.deepEqual(a.department, p.topic.department);
      t.true(a.at - p.deadline < 49 * DAY);
    }
  }
  const lags = viral.filter((p) => !p.answer!.debate).map((p) => (p.answer!.at - p.deadline) / DAY).sort((a, b) => a - b);
  const median = lags[Math.floor(lags.length / 2)]!;
  t.true(median > 5 && median < 10, `median answer ${median} days after the deadline`);
  t.true(year.filter((p) => p.goalAt === null).every((p) => p.answer === null));
});

test('a proposal over its life: open → awaiting-response → answered; below the goal open → closed-unsupported', (t) => {
  const p = viral.find((x) => !x.answer!.debate && x.goalAt! - x.filedAt > DAY)!;
  const statusAt = (w: number) => g.stateAt(p, w).status;
  t.is(statusAt(p.filedAt), 'open');
  t.is(statusAt(p.goalAt! - 1000), 'open');
  t.is(statusAt(p.goalAt!), 'awaiting-response');
  t.is(statusAt(p.answer!.at - 1000), 'awaiting-response');
  t.is(statusAt(p.answer!.at), 'answered');
  const q = year.find((x) => x.goalAt === null && x.curve.total > 3)!;
  t.is(g.stateAt(q, q.deadline - 1000).status, 'open');
  const closed = g.stateAt(q, q.deadline + DAY);
  t.like(closed, { status: 'closed-unsupported', supports: q.curve.total, updatedAt: q.deadline });
});

test('updatedAt is the last change: the count was reached then and has not moved since', (t) => {
  const sample = year.filter((_, k) => k % 37 === 0);
  for (const p of sample) {
    for (const w of [p.filedAt + 3 * 3600_000, p.filedAt + 5 * DAY + 777_000, p.filedAt + 29 * DAY]) {
      const s = g.stateAt(p, w);
      t.true(s.updatedAt <= w && s.updatedAt >= p.filedAt);
      t.is(g.supportsAt(p, s.updatedAt), s.supports);
      if (s.supports > 0 && (s.status === 'open' || s.status === 'awaiting-response')) t.true(g.supportsAt(p, s.updatedAt - 1000) < s.supports);
    }
  }
});

test('touching: exactly the proposals filed or changed in the window', (t) => {
  const lo = t0 - 40 * DAY + 13 * 3600_000;
  const hi = lo + 3 * 3600_000;
  const got = new Set(g.touching(lo, hi).map((p) => p.no));
  const all: SyntheticProposal[] = [];
  for (let d = d0 - 130; d <= d0; d++) all.push(...g.day(d));
  const same = (a: ReturnType<typeof g.stateAt>, b: ReturnType<typeof g.stateAt>) => a.supports === b.supports && a.status === b.status;
  const want = all.filter((p) => p.filedAt <= hi && (p.filedAt >= lo || !same(g.stateAt(p, lo), g.stateAt(p, hi)) || (p.deadline >= lo && p.deadline <= hi && p.goalAt === null)));
  t.deepEqual([...got].sort(), want.map((p) => p.no).sort());
  t.true(got.size > 5);
});

test('speed-up compresses a proposal: at 720 its 30 days last an hour of wall time', (t) => {
  const fast = gen({ speedup: 720, historyDays: 0 });
  const p = fast.day(d0)[0]!;
  t.is(p.deadline - p.filedAt, Math.ceil((30 * DAY) / 720 / 1000) * 1000);
  t.is(fast.supportsAt(p, p.deadline), p.curve.total);
});

test('polls: numbered in order within the year, inside the window asked for', (t) => {
  const polls = g.pollsBetween(t0 - 120 * DAY, t0);
  t.true(polls.length > 20 && polls.length < 50, `${polls.length}`);
  const of2025 = polls.filter((p) => p.no.startsWith('2025-'));
  for (let k = 1; k < of2025.length; k++) t.is(Number(of2025[k]!.no.slice(5)), Number(of2025[k - 1]!.no.slice(5)) + 1);
  t.true(polls.every((p) => p.dataAt >= t0 - 120 * DAY && p.dataAt <= t0));
});

test('bad options are refused with a reason', (t) => {
  const base = { seed: 1, perDay: 12, pollsPerWeek: 2, speedup: 1, startedAt: t0, historyDays: 10, gu };
  t.throws(() => createProposalsGenerator({ ...base, speedup: 0 }), { instanceOf: ProposalsGeneratorError, message: /speedup/ });
  t.throws(() => createProposalsGenerator({ ...base, perDay: -1 }), { message: /perDay/ });
  t.throws(() => createProposalsGenerator({ ...base, pollsPerWeek: 9 }), { message: /pollsPerWeek/ });
  t.throws(() => createProposalsGenerator({ ...base, gu: [] }), { message: /no gu/ });
});
